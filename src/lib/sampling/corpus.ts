/**
 * The training text of the toy model: a chapter's MDX body as plain lines of prose. Drops
 * comments, code blocks, maths, video timestamps and markup; keeps what a reader reads (a
 * <Term> becomes its name, a <Question> its question). Each section becomes one training
 * sequence, its paragraphs, headings and list items on lines of their own.
 */

const entities: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: ' ', '#39': "'" };

function components(text: string, termName: (id: string) => string | undefined): string {
  return text
    .replace(/<Term\b[^>]*?\bid=["']([^"']*)["'][^>]*?\/>/g, (_, id: string) => termName(id) ?? '')
    .replace(/<Term\b[^>]*>([\s\S]*?)<\/Term>/g, '$1')
    .replace(/<Question\b[^>]*?\bq=(?:"([^"]*)"|'([^']*)')[^>]*>/g, (_, a?: string, b?: string) => ` ${a ?? b ?? ''} `)
    .replace(/<\/?[A-Z][A-Za-z0-9]*(?:\s[^>]*)?\/?>/g, ' ');
}

function prose(text: string): string {
  return text
    .replace(/\s*\[\d[\d:]*:\d\d\]/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(?<!\\)\$([^$\n]*[\\^_{}][^$\n]*)(?<!\\)\$/g, ' ')
    .replace(/\*\*|__|~~/g, '')
    .replace(/(?<![\w*])\*(?=\S)([^*\n]+?)\*(?![\w*])/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!$<>|])/g, '$1')
    .replace(/&(#39|[a-z]+);/g, (m, name: string) => entities[name] ?? m);
}

/**
 * A chapter body as plain text, one string per section (a heading and the lines up to the next
 * heading), lines joined by newlines.
 */
export function chapterSections(body: string, termName: (id: string) => string | undefined): string[] {
  const sections: string[][] = [[]];
  for (const { text, heading } of chapterLines(body, termName)) {
    if (heading && sections.at(-1)!.length) sections.push([]);
    sections.at(-1)!.push(text);
  }
  return sections.filter((s) => s.length).map((s) => s.join('\n'));
}

/** Lines of plain text from an MDX chapter body; `heading` marks the headings. */
export function chapterLines(body: string, termName: (id: string) => string | undefined): { text: string; heading: boolean }[] {
  const out: { text: string; heading: boolean }[] = [];
  let fence: string | undefined;
  for (let line of body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/(?<!\\)\$\$[\s\S]*?(?<!\\)\$\$/g, '').split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      continue;
    }
    if (fence) continue;
    const heading = /^\s*#{1,6}\s/.test(line);
    line = line
      .replace(/^\s*#{1,6}\s+(.*?)\s*(?:\[#[^\]]*\])?\s*$/, '$1')
      .replace(/^\s*>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
    // Inline code stays as written; everything else is prose.
    const text = components(line, termName)
      .split(/(`[^`]*`)/)
      .map((part, i) => (i % 2 ? part.slice(1, -1) : prose(part)))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) out.push({ text, heading });
  }
  return out;
}
