/**
 * Splits a chapter into blocks, the units the reading modes pair across languages and that
 * search results and progress point to:
 *   <div class="block" data-block="intro">           what comes before the first ## heading
 *   <section class="block" data-block="<id>">         each ## heading and what follows it
 *   <div class="block" data-block="self-check">      a root-level <SelfCheck> and what follows
 * Each section also gets a link to its moment in the video: its first [m:ss] timestamp, or, for
 * a section without one, where the previous section (or the chapter) starts.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fill } from '../i18n/strings';
import { chapterOfFile } from './remark-chapter-context';
import { parseTimestamp, videoUrl, formatTimestamp } from './timestamps';

export interface RehypeSectionsOptions {
  videoId: string;
  /** Per language path, the label of a section's video link: "Watch this part of the video from {start}". */
  watchSegment: Record<string, string>;
}

interface FileLike {
  path?: string;
  data?: { astro?: { frontmatter?: Record<string, unknown> } };
}

function isSelfCheck(node: RootContent): boolean {
  const jsx = node as { type: string; name?: string };
  return jsx.type === 'mdxJsxFlowElement' && jsx.name === 'SelfCheck';
}

function block(tagName: 'div' | 'section', key: string, children: ElementContent[], extra: Element['properties'] = {}): Element {
  return { type: 'element', tagName, properties: { className: ['block'], dataBlock: key, ...extra }, children };
}

/** Seconds of the first timestamp link inside a node, if any. */
function firstTimestamp(node: ElementContent | RootContent): number | undefined {
  if (node.type !== 'element' && !('children' in node)) return undefined;
  if (node.type === 'element' && node.tagName === 'a') {
    // remark-course sets it as hProperties "data-t"; hast itself would name it dataT.
    const t = node.properties?.['data-t'] ?? node.properties?.['dataT'];
    if (t !== undefined) return Number(t);
  }
  for (const child of (node as { children?: ElementContent[] }).children ?? []) {
    const found = firstTimestamp(child);
    if (found !== undefined) return found;
  }
  return undefined;
}

export function rehypeSections(options: RehypeSectionsOptions) {
  return (tree: Root, file: FileLike) => {
    const lang = chapterOfFile(file.path ?? '', Object.keys(options.watchSegment))?.lang;
    const watch = (start: string) => fill(options.watchSegment[lang ?? ''] ?? Object.values(options.watchSegment)[0] ?? '{start}', { start });
    const start = parseTimestamp(String(file.data?.astro?.frontmatter?.['start'] ?? ''));
    const out: RootContent[] = [];
    let current: Element | undefined;
    let lastSeconds = start;
    const sections: Element[] = [];

    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'h2') {
        const id = String(node.properties?.['id'] ?? '');
        current = block('section', id, [node], { ariaLabelledby: id });
        sections.push(current);
        out.push(current);
      } else if (isSelfCheck(node)) {
        current = block('div', 'self-check', [node as ElementContent]);
        out.push(current);
      } else if (current) {
        current.children.push(node as ElementContent);
      } else if (node.type === 'text' && !node.value.trim()) {
        out.push(node);
      } else {
        current = block('div', 'intro', [node as ElementContent]);
        out.push(current);
      }
    }

    // The section's moment in the video, right after its heading.
    if (options.videoId) {
      for (const section of sections) {
        const seconds = firstTimestamp(section) ?? lastSeconds;
        if (seconds === undefined || !Number.isFinite(seconds)) continue;
        lastSeconds = seconds;
        const time = formatTimestamp(seconds, { short: true });
        section.children.splice(1, 0, {
          type: 'element',
          tagName: 'a',
          properties: {
            className: ['section-time'],
            href: videoUrl(options.videoId, seconds),
            dataT: String(seconds),
            ariaLabel: watch(time),
            dataPagefindIgnore: '',
          },
          children: [{ type: 'text', value: `▶ ${time}` }],
        });
      }
    }
    tree.children = out;
  };
}
