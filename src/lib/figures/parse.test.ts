import { describe, expect, it } from 'vitest';
import { serialize } from './localise';
import { FigureSyntaxError, parseSvg } from './parse';
import { GOOD } from './sample.fixture';

describe('parseSvg', () => {
  it('reads elements, attributes, text and entities, and drops comments', () => {
    const root = parseSvg(GOOD);
    expect(root.name).toBe('svg');
    expect(root.attributes.viewBox).toBe('0 0 200 100');
    expect(root.position?.start).toMatchObject({ line: 3, column: 1 });
    const descs = root.children.filter((c) => c.type === 'element' && c.name === 'desc');
    expect(descs).toHaveLength(2);
    expect(serialize(descs[1]! as never)).toBe('<desc data-lang="en">A box &amp; a sentence.</desc>');
    expect(serialize(root)).not.toContain('comment');
  });

  it('decodes numeric entities and keeps text exact', () => {
    const root = parseSvg('<svg viewBox="0 0 1 1"><text>&#x2423;&#9731; a&lt;b</text></svg>');
    const text = root.children[0]!;
    expect(text.type === 'element' && text.children[0]).toMatchObject({ type: 'text', value: '␣☃ a<b' });
  });

  it.each([
    ['<svg viewBox="0 0 1 1"><g></svg>', 1, 27, 'Missing end tag for element g'],
    ['<svg viewBox="0 0 1 1">\n<rect x=1/>\n</svg>', 2, 9, 'Attribute value expected'],
    ['<svg viewBox="0 0 1 1">\n\n<text>a & b</text></svg>', 3, 11, 'a reference must end with `;`'],
    ['<!DOCTYPE svg><svg/>', 1, 1, 'DOCTYPE'],
    ['<svg viewBox="0 0 1 1">\n  <![CDATA[x]]></svg>', 2, 3, 'CDATA'],
    ['<svg viewBox="0 0 1 1"><?pi x?></svg>', 1, 24, 'only elements, text and comments'],
    ['<svg viewBox="0 0 1 1"><rect x="1" x="2"/></svg>', 1, 41, 'Duplicate attribute: x'],
    ['<svg viewBox="0 0 1 1"></svg><svg/>', 1, 30, 'Extra content at the end'],
    ['<svg viewBox="0 0 1 1">', 1, 24, 'Missing end tag for element svg'],
    ['<svg viewBox="0 0 1 1"><text>&nbsp;</text></svg>', 1, 30, "Named entity isn't defined: &nbsp;"],
    ['<svg a="<"/>', 1, 9, 'Unescaped `<`'],
    ['', 1, 1, 'Root element is missing'],
  ])('rejects %j at line %i, column %i', (source, line, column, message) => {
    let error: unknown;
    try {
      parseSvg(source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FigureSyntaxError);
    expect(error).toMatchObject({ line, column });
    expect((error as FigureSyntaxError).reason).toContain(message);
    expect((error as Error).message).toBe(`line ${line}, column ${column}: ${(error as FigureSyntaxError).reason}`);
  });
});
