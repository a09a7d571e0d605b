import { describe, expect, it } from 'vitest';
import { chapterLines, chapterSections } from './corpus';

const names: Record<string, string> = { token: 'token', 'base-model': '基座模型' };
const term = (id: string) => names[id];
const lines = (body: string) => chapterLines(body, term).map((l) => l.text);

describe('chapterLines', () => {
  it('keeps prose and drops markup', () => {
    const body = [
      '{/* WIDGET sampling: a comment',
      'over two lines */}',
      '<KeyPoints>',
      '- A **bold** *claim* with a [link](https://example.org) [47:53].',
      '</KeyPoints>',
      '',
      '## The title [#the-id]',
      '',
      'The <Term id="token" /> and <Term id="token">tokens</Term>, at \\$3 per hour [1:23:17].',
      '',
      '```',
      'code: dropped',
      '```',
      '',
      '$$',
      '\\frac{a}{b}',
      '$$',
      '',
      '> Emily buys 3 apples.',
      '<Question q="Why &quot;2+2&quot;?">',
      'Because `<SEARCH_START>` stays.',
      '</Question>',
      '<Sampling preset="toy" />',
    ].join('\n');
    expect(lines(body)).toEqual([
      'A bold claim with a link.',
      'The title',
      'The token and tokens, at $3 per hour.',
      'Emily buys 3 apples.',
      'Why "2+2"?',
      'Because <SEARCH_START> stays.',
    ]);
  });
  it('uses the term names of the language', () => {
    expect(lines('<Term id="base-model" />只会续写。')).toEqual(['基座模型只会续写。']);
  });
  it('marks headings', () => {
    expect(chapterLines('## A [#a]\ntext', term)).toEqual([
      { text: 'A', heading: true },
      { text: 'text', heading: false },
    ]);
  });
});

describe('chapterSections', () => {
  it('groups lines by section, joined by newlines', () => {
    const body = '<KeyPoints>\n- one\n</KeyPoints>\n\n## A [#a]\n\nfirst\n\nsecond\n\n## B [#b]\n\nthird';
    expect(chapterSections(body, term)).toEqual(['one', 'A\nfirst\nsecond', 'B\nthird']);
  });
});
