/**
 * Tells the components of a chapter where they are, from the file being compiled: every
 * <Term>, <Figure>, <Tokenizer>… in chapters/<lang>/NN-slug.mdx gets `lang="<lang>"` and
 * `chapter="<slug>"`, and each <Figure> its number in the chapter (`figure="3.2"`: chapter 3,
 * second figure in source order). A page that renders a chapter anywhere (its own page, a
 * handout, the booklet) needs to pass nothing, and no component reads the URL to guess.
 */
import type { Root } from 'mdast';
import { parseChapterFileName } from './paths';

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: JsxNode[];
}

export interface ChapterContextOptions {
  /** Paths of the course's languages: the folder under chapters/ names the text's language. */
  languages: readonly string[];
  /** The components to tell (default: any JSX element whose name starts with a capital). */
  components?: readonly string[];
}

/** "…/chapters/zh/03-tokenization.mdx" → { lang: "zh", number: 3, slug: "tokenization" }. */
export function chapterOfFile(file: string, languages: readonly string[]): { lang: string; number: number; slug: string } | undefined {
  const parts = file.split(/[\\/]/);
  const i = parts.lastIndexOf('chapters');
  if (i < 0 || parts.length !== i + 3) return undefined;
  const lang = parts[i + 1]!;
  const name = parseChapterFileName(parts[i + 2]!);
  return languages.includes(lang) && name ? { lang, ...name } : undefined;
}

export function remarkChapterContext(options: ChapterContextOptions) {
  return (tree: Root, file: { path?: string }) => {
    const chapter = chapterOfFile(file.path ?? '', options.languages);
    if (!chapter) return;
    let figures = 0;
    const visit = (node: JsxNode) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) {
        if (!options.components || options.components.includes(node.name)) {
          const attributes = (node.attributes ??= []);
          const set = (name: string, value: string) => {
            if (!attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === name)) attributes.push({ type: 'mdxJsxAttribute', name, value });
          };
          set('lang', chapter.lang);
          set('chapter', chapter.slug);
          if (node.name === 'Figure') set('figure', `${chapter.number}.${++figures}`);
        }
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree as unknown as JsxNode);
  };
}
