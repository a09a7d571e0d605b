/**
 * Markdown conventions of a chapter (see mdx-scan.ts), applied while rendering:
 * "## Title [#id]" gets that id, and "[12:21]" becomes a link to the video at that second.
 */
import type { Heading, Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { HEADING_ID, TIMESTAMP_IN_TEXT } from './mdx-scan';
import { formatTimestamp, parseTimestamp, videoUrl } from './timestamps';

export interface RemarkCourseOptions {
  videoId: string;
  /** Seconds; a later timestamp is an error. */
  videoLength: number;
  /** The site's base path: a link written "/zh/slug/" is made "/base/zh/slug/". */
  base?: string;
}

interface FileLike {
  path?: string;
}

function headingId(heading: Heading): void {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return;
  const match = HEADING_ID.exec(last.value);
  if (!match) return;
  last.value = last.value.slice(0, match.index);
  heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: match[1]! } };
}

function timestampLinks(node: Text, options: RemarkCourseOptions, file: FileLike): PhrasingContent[] | undefined {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(TIMESTAMP_IN_TEXT)) {
    const seconds = parseTimestamp(match[1]!);
    if (seconds === undefined || seconds > options.videoLength) {
      throw new Error(`${file.path ?? 'a chapter'}: [${match[1]}] is not a time in the video; write [m:ss] or [h:mm:ss] up to the video's length`);
    }
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    const link: Link = {
      type: 'link',
      url: videoUrl(options.videoId, seconds),
      children: [{ type: 'text', value: formatTimestamp(seconds, { short: true }) }],
      data: { hProperties: { className: ['timestamp'], 'data-t': String(seconds) } },
    };
    parts.push(link);
    last = match.index + match[0].length;
  }
  if (last === 0) return undefined;
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

function walk(node: Parent, visit: (parent: Parent) => void): void {
  visit(node);
  for (const child of node.children) {
    if ('children' in child && child.type !== 'link' && child.type !== 'heading') walk(child as Parent, visit);
  }
}

export function remarkCourse(options: RemarkCourseOptions) {
  return (tree: Root, file: FileLike) => {
    for (const child of tree.children) if (child.type === 'heading') headingId(child);
    const base = (options.base ?? '/').replace(/\/?$/, '/');
    walk(tree, (parent) => {
      for (const child of parent.children) {
        if (child.type === 'link' && child.url.startsWith('/') && !child.url.startsWith('//') && !child.url.startsWith(base)) {
          child.url = base + child.url.slice(1);
        }
      }
      const children: unknown[] = [];
      for (const child of parent.children) {
        children.push(...(child.type === 'text' ? (timestampLinks(child, options, file) ?? [child]) : [child]));
      }
      parent.children = children as Parent['children'];
    });
  };
}
