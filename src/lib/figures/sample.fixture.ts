/** A well-formed bilingual figure source, for the figure modules' tests (not a test itself). */
export const GOOD = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment the reader drops -->
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" width="200" height="100">
  <title data-lang="zh">示例图</title>
  <title data-lang="en">Example</title>
  <desc data-lang="zh">一个方框和一句话。</desc>
  <desc data-lang="en">A box &amp; a sentence.</desc>
  <defs><marker id="arrow"><path d="M0 0 L10 5 L0 10 z" fill="var(--fg)"/></marker></defs>
  <rect x="0" y="0" width="100" height="40" fill="var(--bg-soft)" stroke="var(--accent)"/>
  <path d="M0 50 H90" stroke="var(--fig-line)" marker-end="url(#arrow)"/>
  <text x="10" y="20" data-lang="zh">你好</text>
  <text x="10" y="20" data-lang="en">Hello</text>
  <g data-lang="zh"><text x="0" y="80">左</text><text x="100" y="80">右</text></g>
  <g data-lang="en"><text x="0" y="80">left</text><text x="100" y="80">right</text></g>
  <text x="150" y="20" class="mono">GPT-2</text>
  <text x="150" y="40" lang="zh-CN">分词器</text>
</svg>
`;
