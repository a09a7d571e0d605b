import { describe, expect, it } from 'vitest';
import {
  bookletFile,
  extractAnswers,
  cssString,
  formatFileSize,
  handoutFile,
  handoutPagePath,
  handoutsIndexPath,
  isHandoutPrintPage,
  parseManifest,
  prepareChapter,
  prefixIds,
  printHref,
  printPath,
  shiftHeadings,
  stripIds,
  unnameSections,
} from './handouts';

describe('handout paths', () => {
  it('name PDFs by chapter number, slug and language', () => {
    expect(handoutFile('zh', 3, 'tokenization')).toBe('zh/handouts/03-tokenization-zh.pdf');
    expect(handoutFile('en', 24, 'grand-summary')).toBe('en/handouts/24-grand-summary-en.pdf');
    expect(bookletFile('en')).toBe('en/handouts/booklet-en.pdf');
  });

  it('put pages under the base path', () => {
    expect(handoutsIndexPath('/', 'zh')).toBe('/zh/handouts/');
    expect(handoutPagePath('/llm-notes/', 'en', 'gpt-2')).toBe('/llm-notes/en/handouts/gpt-2/');
  });

  it('tell the printable pages from the handouts list', () => {
    expect(isHandoutPrintPage('https://x.org/zh/handouts/tokenization/')).toBe(true);
    expect(isHandoutPrintPage('https://x.org/base/en/handouts/booklet/')).toBe(true);
    expect(isHandoutPrintPage('https://x.org/zh-tw/handouts/booklet/')).toBe(true);
    expect(isHandoutPrintPage('https://x.org/zh/handouts/')).toBe(false);
    expect(isHandoutPrintPage('https://x.org/zh/tokenization/')).toBe(false);
  });
});

describe('printHref', () => {
  it('shortens a link for paper', () => {
    expect(printHref('https://arxiv.org/abs/1508.07909')).toBe('arxiv.org/abs/1508.07909');
    expect(printHref('https://www.youtube.com/watch?v=7xTGNNLPyMI&t=467')).toBe('youtube.com/watch?v=7xTGNNLPyMI&t=467');
    expect(printHref('https://tiktokenizer.vercel.app/')).toBe('tiktokenizer.vercel.app');
    expect(printHref('https://zh.wikipedia.org/wiki/%E5%88%86%E8%AF%8D')).toBe('zh.wikipedia.org/wiki/分词');
  });

  it('cuts long links in the middle, keeping both ends', () => {
    const short = printHref(`https://example.org/${'a'.repeat(50)}/end-of-path`, 40)!;
    expect(short.length).toBe(40);
    expect(short.startsWith('example.org/')).toBe(true);
    expect(short.endsWith('end-of-path')).toBe(true);
    expect(short).toContain('…');
  });

  it('ignores what is not an http(s) URL', () => {
    expect(printHref('/zh/tokenization/')).toBeUndefined();
    // Without an origin a handout prints the page's path instead.
    expect(printPath('/llm/zh/tokenization/')).toBe('/llm/zh/tokenization');
    expect(printPath('/zh/%E5%88%86/')).toBe('/zh/分');
    expect(printPath('/')).toBe('/');
    expect(printHref('mailto:a@b.c')).toBeUndefined();
    expect(printHref('not a url')).toBeUndefined();
    expect(printHref('https://x.org/%E0%A4%A')).toBe('x.org/%E0%A4%A');
  });
});

describe('formatFileSize', () => {
  it('says sizes in B, KB and MB', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(395_000)).toBe('386 KB');
    expect(formatFileSize(1_300_000)).toBe('1.2 MB');
  });
  it('never says NaN', () => {
    for (const bad of [NaN, -1, Infinity, '12', undefined, null]) expect(formatFileSize(bad)).toBeUndefined();
  });
});

describe('cssString', () => {
  it('quotes running-head text safely', () => {
    expect(cssString('第 3 章 分词')).toBe('"第 3 章 分词"');
    expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c d"');
    expect(cssString('</style><script>')).not.toContain('<');
  });
});

describe('parseManifest', () => {
  it('keeps well-formed records and drops the rest', () => {
    const m = parseManifest({
      elapsedMs: 1234,
      files: [
        { file: 'zh/handouts/03-tokenization-zh.pdf', bytes: 1000, pages: 4 },
        { file: 'x.pdf', bytes: NaN, pages: 3 },
        { file: 'y.pdf', bytes: 10, pages: 0 },
        { file: 'z.html', bytes: 10, pages: 1 },
        null,
      ],
    });
    expect(m?.files).toEqual([{ file: 'zh/handouts/03-tokenization-zh.pdf', bytes: 1000, pages: 4 }]);
    expect(m?.elapsedMs).toBe(1234);
  });
  it('refuses garbage', () => {
    expect(parseManifest('{"files": []}')).toBeUndefined();
    expect(parseManifest(null)).toBeUndefined();
    expect(parseManifest({ files: 3 })).toBeUndefined();
    expect(parseManifest({ files: [] })?.elapsedMs).toBe(0);
  });
});


describe('ids in rendered chapters', () => {
  const html = '<h2 id="bpe">x</h2><a href="#bpe">y</a><a href="https://x.org/#a">z</a><section aria-labelledby="bpe s2"><label for="q"></label></section>';
  it('prefixes ids and the references to them', () => {
    expect(prefixIds(html, 'c3-')).toBe(
      '<h2 id="c3-bpe">x</h2><a href="#c3-bpe">y</a><a href="https://x.org/#a">z</a><section aria-labelledby="c3-bpe c3-s2"><label for="c3-q"></label></section>',
    );
  });
  it('finds them whatever the case, quotes, spacing or order of the attributes', () => {
    expect(prefixIds(`<h2 class="x" ID='bpe'>x</h2><a title="id=&quot;no&quot;" href='#bpe'>y</a><label\n  for=q>z</label>`, 'c3-')).toBe(
      '<h2 class="x" id="c3-bpe">x</h2><a title="id=&quot;no&quot;" href="#c3-bpe">y</a><label for="c3-q">z</label>',
    );
    expect(stripIds(`<span class="y"  ID = 'x'>a</span><p data-note=' id="kept"'>b</p>`)).toBe('<span class="y">a</span><p data-note=" id=&quot;kept&quot;">b</p>');
  });
  it('prefixes the references inside drawings too', () => {
    expect(prefixIds('<svg><marker id="arrow"></marker><path marker-end="url(#arrow)"/><use href="#arrow"/></svg>', 'c3-')).toBe(
      '<svg><marker id="c3-arrow"/><path marker-end="url(#c3-arrow)"/><use href="#c3-arrow"/></svg>',
    );
  });
  it('strips them from copies', () => {
    expect(stripIds('<a aria-describedby="term-card-3" class="term">t</a><span id="term-card-3">d</span>')).toBe('<a class="term">t</a><span>d</span>');
  });
});

describe('unnameSections', () => {
  it('drops the names of sections only, however the attribute is written', () => {
    expect(unnameSections(`<section class="a" aria-labelledby='h'><h2 id="h">H</h2></section><SECTION\naria-labelledby="k"></SECTION><div aria-labelledby="h"></div>`)).toBe(
      '<section class="a"><h2 id="h">H</h2></section><section></section><div aria-labelledby="h"></div>',
    );
  });
});

describe('shiftHeadings', () => {
  it('demotes headings, not other tags', () => {
    expect(shiftHeadings('<h2 id="a">A</h2><hr><h6>x</h6><header></header>', 1)).toBe('<h3 id="a">A</h3><hr><h6>x</h6><header></header>');
    expect(shiftHeadings('<H2\nclass="t">A</H2><p>h2</p>', 2)).toBe('<h4 class="t">A</h4><p>h2</p>');
  });
});

describe('extractAnswers', () => {
  it('reads questions and answers back from rendered self-checks, in order', () => {
    const html =
      '<ol class="questions"><li class="question"><p class="question__q">Why &quot;tokens&quot;?</p><details><summary>Show</summary>' +
      '<div class="answer"><p>Because</p><div>nested <div>deeper</div></div><span class="answer-end" hidden></span></div></details></li>' +
      '<li class="question"><p class="question__q">Second?</p><details><summary>Show</summary><div class="answer"><p>Yes.</p><span class="answer-end" hidden></span></div></details></li></ol>';
    expect(extractAnswers(html)).toEqual([
      { q: 'Why &quot;tokens&quot;?', html: '<p>Because</p><div>nested <div>deeper</div></div>' },
      { q: 'Second?', html: '<p>Yes.</p>' },
    ]);
  });
  it('reads graded questions (a fieldset legend) too, and skips the other column', () => {
    const html =
      '<fieldset><legend class="question__q">Which?</legend><ul><li>A</li></ul></fieldset><details class="q-key"><summary>Show</summary>' +
      '<div class="answer"><p><strong>B.</strong> b</p><span class="answer-end" hidden></span></div></details>' +
      '<fieldset><legend class="question__q" data-other-column>哪个？</legend></fieldset><details><div class="answer"><p>乙</p><span class="answer-end" hidden></span></div></details>';
    expect(extractAnswers(html)).toEqual([{ q: 'Which?', html: '<p><strong>B.</strong> b</p>' }]);
  });
  it('reads them whatever the order and quotes of their attributes', () => {
    const html =
      `<p data-n="1" class='question__q extra'>Q?</p><details><div title="x" class="answer"><p>A.</p><span hidden="" class="answer-end"></span></div></details>` +
      `<legend class="question__q" data-other-column="">Other?</legend><div class="answer"><p>B.</p><span class="answer-end" hidden></span></div>`;
    expect(extractAnswers(html)).toEqual([{ q: 'Q?', html: '<p>A.</p>' }]);
  });
  it('finds nothing where there is no self-check', () => {
    expect(extractAnswers('<p class="question__q">orphan</p>')).toEqual([]);
  });
});

describe('prepareChapter', () => {
  const html =
    '<section aria-labelledby="s"><h2 id="s">S</h2><a href="#s">x</a></section>' +
    '<p class="question__q">Q?</p><details><div class="answer"><p id="a">A.</p><span class="answer-end" hidden></span></div></details>';
  it('reads the answers and rewrites the chapter for the booklet in one go, as the single helpers do', () => {
    const { html: out, answers } = prepareChapter(html, { idPrefix: 'c2-', shift: 1 });
    expect(answers).toEqual(extractAnswers(html));
    expect(answers).toEqual([{ q: 'Q?', html: '<p id="a">A.</p>' }]);
    expect(out).toBe(unnameSections(shiftHeadings(prefixIds(html, 'c2-'), 1)));
    expect(out).toContain('<section><h3 id="c2-s">S</h3><a href="#c2-s">x</a></section>');
  });
  it('leaves the HTML untouched when there is nothing to rewrite', () => {
    expect(prepareChapter(html, {}).html).toBe(html);
  });
});
