import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { remarkComponentImports } from './remark-component-imports';

const components = { Figure: '/site/src/components/Figure.astro', Tokenizer: '/site/src/islands/tokenizer/Tokenizer.astro' };
const compiled = async (source: string) => String(await compile(source, { remarkPlugins: [[remarkComponentImports, { components }]] }));

describe('remarkComponentImports', () => {
  it('imports the styled components a chapter uses, and only those', async () => {
    const code = await compiled('# Title\n\nText with a <Term id="x" />.\n\n<Figure id="bpe" />\n');
    expect(code).toContain('import Figure from "/site/src/components/Figure.astro"');
    expect(code).not.toContain('Tokenizer');
    // The imported binding renders the element, not a component passed in through props.
    expect(code).toMatch(/_jsx\(Figure, \{/);
  });

  it('finds components inside other elements and text', async () => {
    const code = await compiled('<KeyPoints>\n  <Tokenizer preset="strawberry" />\n</KeyPoints>\n');
    expect(code).toContain('import Tokenizer from "/site/src/islands/tokenizer/Tokenizer.astro"');
  });

  it('leaves a file that imports the component itself alone, and adds nothing to one without them', async () => {
    const own = await compiled('import Figure from "./my-figure.astro";\n\n<Figure id="a" />\n');
    expect(own.match(/import Figure/g)).toHaveLength(1);
    expect(own).toContain('./my-figure.astro');
    expect(await compiled('Just text.\n')).not.toMatch(/import (Figure|Tokenizer)/);
  });
});
