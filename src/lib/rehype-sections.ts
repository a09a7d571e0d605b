/**
 * Wraps each level-2 heading and what follows it, up to the next one, in
 * <section data-section="id">: the unit the reading modes align across languages and that
 * search results and progress point to. A root-level <SelfCheck> closes the last section.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

function isSectionEnd(node: RootContent): boolean {
  if (node.type === 'element' && node.tagName === 'h2') return true;
  return (node as { type: string; name?: string }).type === 'mdxJsxFlowElement' && (node as { name?: string }).name === 'SelfCheck';
}

export function rehypeSections() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    let current: Element | undefined;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'h2') {
        const id = String(node.properties?.id ?? '');
        current = {
          type: 'element',
          tagName: 'section',
          properties: { dataSection: id, ariaLabelledby: id },
          children: [node],
        };
        out.push(current);
      } else if (current && !isSectionEnd(node)) {
        current.children.push(node as ElementContent);
      } else {
        current = undefined;
        out.push(node);
      }
    }
    tree.children = out;
  };
}
