/**
 * Imports the components that carry their own styles (figures, the widgets) into the chapter
 * files that use them, so their CSS loads only on pages showing such a chapter: Astro links the
 * CSS of a content entry's imports on the pages that render that entry, whereas a component
 * handed to every chapter through `<Content components>` puts its CSS on every chapter page.
 * Authors still write <Tokenizer /> without an import; one written by hand is left alone.
 */
import type { Root } from 'mdast';

interface Node {
  type: string;
  name?: string | null;
  children?: Node[];
  data?: { estree?: { body?: { type: string; specifiers?: { local: { name: string } }[] }[] } };
}

export interface ComponentImportsOptions {
  /** Component name → the file to import it from (an absolute path or a package specifier). */
  components: Record<string, string>;
}

export function remarkComponentImports(options: ComponentImportsOptions) {
  return (tree: Root) => {
    const used = new Set<string>();
    const imported = new Set<string>();
    const visit = (node: Node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && Object.hasOwn(options.components, node.name)) used.add(node.name);
      if (node.type === 'mdxjsEsm')
        for (const statement of node.data?.estree?.body ?? []) for (const s of statement.specifiers ?? []) imported.add(s.local.name);
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree as unknown as Node);
    const imports = [...used].filter((name) => !imported.has(name)).sort().map((name) => esmImport(name, options.components[name]!));
    (tree.children as unknown[]).unshift(...imports);
  };
}

/** An MDX ESM node `import Name from "source"`, with the estree MDX compiles from. */
function esmImport(name: string, source: string) {
  return {
    type: 'mdxjsEsm',
    value: `import ${name} from ${JSON.stringify(source)};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
            source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
          },
        ],
      },
    },
  };
}
