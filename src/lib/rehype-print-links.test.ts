import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { rehypePrintLinks } from './rehype-print-links';
import { remarkCourse } from './remark-course';

async function html(source: string, { site }: { site?: string } = { site: 'https://notes.example.org' }): Promise<string> {
  const out = await compile(source, {
    remarkPlugins: [[remarkCourse, { videoId: '7xTGNNLPyMI', videoLength: 12683, base: '/llm-notes/' }]],
    rehypePlugins: [[rehypePrintLinks, { site }]],
    outputFormat: 'function-body',
  });
  return String(out);
}

describe('rehypePrintLinks', () => {
  it('gives external links their short target', async () => {
    const out = await html('Read [the paper](https://arxiv.org/abs/1508.07909/).');
    expect(out).toContain('"data-print-href": "arxiv.org/abs/1508.07909"');
  });

  it('gives site links their address on the deployed site, base included', async () => {
    const out = await html('See [chapter 3](/zh/tokenization/).');
    expect(out).toContain('"data-print-href": "notes.example.org/llm-notes/zh/tokenization"');
  });

  it('prints no address for site links when the origin is unknown, and still for external ones', async () => {
    const out = await html('See [chapter 3](/zh/tokenization/) and [the paper](https://arxiv.org/abs/1508.07909).', {});
    expect(out).not.toContain('llm-notes/zh/tokenization"');
    expect(out.match(/data-print-href/g)).toHaveLength(1);
    expect(out).toContain('"data-print-href": "arxiv.org/abs/1508.07909"');
  });

  it('leaves out timestamps, anchors and links that already show their address', async () => {
    const out = await html('At [12:21], see [below](#bpe) or [https://example.org/](https://example.org/).');
    expect(out).not.toContain('data-print-href');
  });
});
