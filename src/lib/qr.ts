/**
 * QR codes as inline SVG, made at build time (no network, no image files): the handouts carry
 * one to the video at the second their segment starts. The symbol comes from the `qrcode`
 * package; this only draws it, one path of dark runs per row, with the standard quiet zone.
 */
import QRCode from 'qrcode';

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** True where a module is dark, row by row. */
  dark: (row: number, col: number) => boolean;
}

/** The QR symbol of a text, error correction level M (15% of the symbol may be damaged). */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (row, col) => modules.get(row, col) === 1 };
}

const QUIET = 4;

/** An SVG path ("M4 4h7v1h-7z…") drawing the dark modules, offset by the quiet zone. */
export function qrPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.dark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.dark(row, col)) col++;
      const run = col - start;
      parts.push(`M${start + QUIET} ${row + QUIET}h${run}v1h-${run}z`);
    }
  }
  return parts.join('');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A standalone SVG of the QR code for `text`, black on white so it scans on any paper, with an
 * accessible name (`label`) for screen readers.
 */
export function qrSvg(text: string, label: string): string {
  const matrix = qrMatrix(text);
  const side = matrix.size + QUIET * 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" aria-label="${escapeXml(label)}" ` +
    `shape-rendering="crispEdges" class="qr" data-qr="${escapeXml(text)}">` +
    `<rect width="${side}" height="${side}" fill="#fff"/>` +
    `<path fill="#000" d="${qrPath(matrix)}"/></svg>`
  );
}
