import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { rehypeSections } from './rehype-sections';
import { remarkCourse } from './remark-course';
import { sectionIds, termIdsInBody, timestampsInBody } from './mdx-scan';

const options = { videoId: '7xTGNNLPyMI', videoLength: 12683, base: '/' };

async function html(source: string, opts = options): Promise<string> {
  const out = await compile(source, {
    remarkPlugins: [[remarkCourse, opts]],
    rehypePlugins: [[rehypeSections, { videoId: '7xTGNNLPyMI', watchSegment: { zh: '从 {start} 开始观看这一段视频', en: 'Watch this part of the video from {start}' } }]],
    outputFormat: 'function-body',
  });
  return String(out);
}

describe('remarkCourse', () => {
  it('gives a heading its [#id] and removes the marker', async () => {
    const out = await html('## 字节对编码 [#bpe]\n\nText.');
    expect(out).toContain('id: "bpe"');
    expect(out).toContain('"字节对编码"');
    expect(out).not.toContain('[#bpe]');
  });

  it('turns [m:ss] and [h:mm:ss] into links to the video second', async () => {
    const out = await html('At [12:21] and [1:23:17], not `[9:99]`.');
    expect(out).toContain('https://www.youtube.com/watch?v=7xTGNNLPyMI&t=741');
    expect(out).toContain('https://www.youtube.com/watch?v=7xTGNNLPyMI&t=4997');
    expect(out).toContain('"12:21"');
  });

  it('fails on a time the video does not have, naming the file', async () => {
    await expect(compile({ value: 'At [3:59:00].', path: 'chapters/zh/01-x.mdx' }, { remarkPlugins: [[remarkCourse, options]] })).rejects.toThrow(
      /chapters\/zh\/01-x.mdx: \[3:59:00\] is not a time in the video/,
    );
  });

  it('puts the base path before site-absolute links', async () => {
    const out = await html('See [chapter 3](/zh/tokenization/) and [the web](https://example.org/).', { ...options, base: '/llm-notes/' });
    expect(out).toContain('"/llm-notes/zh/tokenization/"');
    expect(out).toContain('"https://example.org/"');
  });
});

describe('rehypeSections', () => {
  it('wraps the intro, each level-2 section and the self-check in blocks', async () => {
    const out = await html('Intro.\n\n## One [#one]\n\nA at [12:21].\n\n### Sub\n\nB.\n\n## Two [#two]\n\nC.\n\n<SelfCheck>x</SelfCheck>');
    expect(out.match(/_components.section/g)).toHaveLength(2);
    for (const key of ['intro', 'one', 'two', 'self-check']) expect(out).toContain(`"data-block": "${key}"`);
  });

  it("links each section to its first timestamp, or the previous section's", async () => {
    const out = await html('## One [#one]\n\nA at [12:21].\n\n## Two [#two]\n\nNo time here.');
    expect(out.match(/className: "section-time"/g)).toHaveLength(2);
    expect(out.match(/"data-t": "741"/g)?.length).toBeGreaterThanOrEqual(2);
  });
});

describe('mdx-scan', () => {
  const body = '## A [#a]\n\n<Term id="token" /> at [7:47]\n\n```\n## not a heading\n[9:99]\n```\n\n## B [#b]\n`[1:00]` and [0:12:21]';
  it('reads section ids outside code', () => expect(sectionIds(body)).toEqual(['a', 'b']));
  it('reads term ids with lines and columns', () => expect(termIdsInBody(body)).toEqual([{ id: 'token', line: 3, column: 7 }]));
  it('reads timestamps outside code', () =>
    expect(timestampsInBody(body)).toEqual([
      { text: '7:47', line: 3, column: 24 },
      { text: '0:12:21', line: 11, column: 14 },
    ]));
});
