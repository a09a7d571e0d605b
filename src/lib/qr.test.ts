import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrMatrix, qrPath, qrSvg } from './qr';

/** Draws the symbol as an RGBA image (scale pixels per module, quiet zone included) for a decoder. */
function rasterize(text: string, scale = 4) {
  const m = qrMatrix(text);
  const side = (m.size + 8) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / scale) - 4;
      const col = Math.floor(x / scale) - 4;
      if (row >= 0 && col >= 0 && row < m.size && col < m.size && m.dark(row, col)) {
        const i = (y * side + x) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return { data, side };
}

describe('QR codes', () => {
  it('encode a video link that a decoder reads back exactly', () => {
    const url = 'https://www.youtube.com/watch?v=7xTGNNLPyMI&t=467';
    const { data, side } = rasterize(url);
    expect(jsQR(data, side, side)?.data).toBe(url);
  });

  it('draw one run per stretch of dark modules, inside the quiet zone', () => {
    const m = { size: 3, dark: (r: number, c: number) => r === 1 || (r === 0 && c === 2) };
    expect(qrPath(m)).toBe('M6 4h1v1h-1zM4 5h3v1h-3z');
  });

  it('make an SVG with an accessible name, escaping text', () => {
    const svg = qrSvg('https://example.org/?a=1&b=2', 'Scan "me" <now>');
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('aria-label="Scan &quot;me&quot; &lt;now&gt;"');
    expect(svg).toContain('data-qr="https://example.org/?a=1&amp;b=2"');
    expect(svg).not.toContain('NaN');
  });

  it('grow the symbol with the text, up to long URLs', () => {
    expect(qrMatrix('a').size).toBe(21);
    expect(qrMatrix(`https://example.org/${'x'.repeat(200)}`).size).toBeGreaterThan(40);
  });
});
