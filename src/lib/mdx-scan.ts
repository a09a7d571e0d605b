/**
 * The few authoring conventions of a chapter body, read as text so the checks can run before
 * Astro parses anything. remark-course.ts applies the same patterns while rendering.
 *   ## Title [#section-id]     a section heading with its id, the same in both languages
 *   [12:21] or [1:23:17]       a moment in the video, rendered as a link to it
 *   <Term id="token" />        a glossary term
 */

/** A trailing "[#id]" on a heading. */
export const HEADING_ID = /\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;
/** Something in square brackets that looks like a time: digits and colons. */
export const TIMESTAMP_IN_TEXT = /\[(\d[\d:]*:\d[\d]*)\]/g;

/** The body with fenced code blocks (``` or ~~~, fences included) blanked out: lines and columns stay. */
export function blankFences(body: string): string {
  let fence: string | undefined;
  return body
    .split('\n')
    .map((line) => {
      const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (!fence || marker.startsWith(fence))) {
        fence = fence ? undefined : marker;
        return line.replace(/[^\n]/g, ' ');
      }
      return fence ? line.replace(/[^\n]/g, ' ') : line;
    })
    .join('\n');
}

/** Lines outside fenced code blocks, with their 1-based numbers. */
function proseLines(body: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((text, i) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      return;
    }
    if (!fence) out.push({ line: i + 1, text });
  });
  return out;
}

/** Ids of the level-2 headings, in order; `onMissing` hears of a heading without one. */
export function sectionIds(body: string, onMissing?: (line: number, heading: string) => void): string[] {
  const ids: string[] = [];
  for (const { line, text } of proseLines(body)) {
    const heading = /^##\s+(.*)$/.exec(text)?.[1];
    if (heading === undefined) continue;
    const id = HEADING_ID.exec(heading)?.[1];
    if (id) ids.push(id);
    else onMissing?.(line, heading.trim());
  }
  return ids;
}

/** Every <Term id="…"> with its line. */
export function termIdsInBody(body: string): { id: string; line: number }[] {
  const out: { id: string; line: number }[] = [];
  for (const { line, text } of proseLines(body)) {
    for (const m of text.matchAll(/<Term\b[^>]*?\bid=["']([^"']*)["']/g)) out.push({ id: m[1]!, line });
  }
  return out;
}

/** Every preset="…" and compare="…" of a widget (<Sampling …>), with its line. */
export function presetUsesInBody(body: string, widget: string): { attribute: 'preset' | 'compare'; name: string; line: number }[] {
  const out: { attribute: 'preset' | 'compare'; name: string; line: number }[] = [];
  for (const { line, text } of proseLines(body)) {
    for (const tag of text.matchAll(new RegExp(`<${widget}\\b[^>]*>`, 'g'))) {
      for (const m of tag[0].matchAll(/\b(preset|compare)=["']([^"']*)["']/g)) out.push({ attribute: m[1] as 'preset' | 'compare', name: m[2]!, line });
    }
  }
  return out;
}

/** Every [..:..] written in prose (not in inline code), with its line. */
export function timestampsInBody(body: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  for (const { line, text } of proseLines(body)) {
    const withoutCode = text.replace(/`[^`]*`/g, '');
    for (const m of withoutCode.matchAll(TIMESTAMP_IN_TEXT)) out.push({ text: m[1]!, line });
  }
  return out;
}
