/**
 * Each convention on small strings: a failing example with the line it names, and the cases it
 * must let pass (code, math, addresses, quoted mentions, words that only look alike).
 */
import { describe, expect, it } from 'vitest';
import { BRITISH_TO_AMERICAN, checkConventions, proseOf, type ConventionInput } from './conventions';
import { schemasFor } from './schemas';

const termSchema = schemasFor(['zh', 'en']).term;

function term(file: string, data: Record<string, unknown>) {
  return {
    ...termSchema.parse({ definition: { zh: '定义。', en: 'A definition.' }, introduced: { chapter: 1, at: '0:01:00' }, ...data }),
    file,
  };
}

const terms = () =>
  new Map([
    ['token', term('glossary/token.yaml', { zh: '词元', en: 'token', aliases: { zh: ['token', { text: '令牌', avoid: true }], en: [] } })],
    ['base-model', term('glossary/base-model.yaml', { zh: '基座模型', en: 'base model' })],
    ['gpu', term('glossary/gpu.yaml', { zh: 'GPU', en: 'GPU', aliases: { zh: ['图形处理器'], en: [] } })],
    ['parameter', term('glossary/parameter.yaml', { zh: '参数', en: 'parameter' })],
  ]);

/** Enough <Term> links that the three-terms rule stays quiet. */
const LINKS = '<Term id="token" /> <Term id="base-model" /> <Term id="parameter" />\n';

function chapter(lang: 'zh' | 'en', body: string, data: Record<string, unknown> = {}) {
  return { file: `chapters/${lang}/01-alpha.mdx`, lang, data: { title: 'T', summary: 'S', questions: [{ q: 'Q?' }], ...data }, body: LINKS + body };
}

/** This course's choice (course.yaml): every text rule in its language, three terms a chapter. */
const conventions: ConventionInput['conventions'] = {
  rules: { zh: ['chinese-quotes', 'inference-not-reasoning', 'hallucination-noun'], en: ['american-spelling'] },
  minTermsPerChapter: 3,
};

function run(input: Partial<ConventionInput>) {
  return checkConventions({ languages: ['zh', 'en'], chapters: [], terms: terms(), yamlFiles: [], conventions, ...input }).map((p) => `${p.file} › ${p.field ?? ''}: ${p.message}`);
}

const body = (lang: 'zh' | 'en', text: string, data?: Record<string, unknown>) => run({ chapters: [chapter(lang, text, data)] });

describe('proseOf', () => {
  it('blanks code, math, addresses, comments and code attributes, keeping lines, columns and prose attributes', () => {
    const src = 'a `x` $y$ b\n```\ncode\n```\n<Question q="问「题」" id="z">[link](https://x.org/colour)</Question>\n{/* note */}';
    const out = proseOf(src);
    expect(out).toHaveLength(src.length);
    expect(out.split('\n')).toHaveLength(src.split('\n').length);
    expect(out).not.toMatch(/x|y|code|colour|note|Question|id=/);
    expect(out).toContain('问「题」');
    expect(out).toContain('[link');
  });
});

describe('1. Chinese quotation marks', () => {
  it('flags 「」 and 『』 in a zh body, its frontmatter, glossary zh fields and zh YAML values', () => {
    expect(body('zh', '第一行。\n他说「你好」。\n')).toEqual([
      'chapters/zh/01-alpha.mdx › line 3: writes 「你好」: Chinese prose in this course quotes with “” (and ‘’ inside them), so write “你好” (docs/authoring.md)',
    ]);
    expect(body('zh', '', { summary: '所谓『思考』' })).toEqual([expect.stringMatching(/› summary: writes 『思考』: .*write ‘思考’/)]);
    const t = terms();
    t.set('x', term('glossary/x.yaml', { zh: '某词', en: 'x', definition: { zh: '叫「某词」。', en: 'X.' } }));
    expect(run({ terms: t })).toEqual([expect.stringMatching(/^glossary\/x.yaml › definition.zh: writes 「某词」/)]);
    const course = { file: 'course.yaml', data: { title: { zh: '「课程」', en: 'Course' } } };
    expect(run({ yamlFiles: [course] })).toEqual([expect.stringMatching(/^course.yaml › title.zh: writes 「课程」/)]);
  });

  it('passes “” and 「」 in code, math, code attributes, English chapters and non-zh values', () => {
    const text = '他说“你好”。`「code」`\n```\n「fenced」\n```\n$「m」$\n<Tokenizer text="「hi」" />\n';
    expect(body('zh', text)).toEqual([]);
    expect(body('en', 'He wrote 「hi」.\n')).toEqual([]);
    expect(run({ yamlFiles: [{ file: 'widgets/tokenizer.yaml', data: { a: { name: { zh: '例子', en: 'x' }, text: '「hi」' } } }] })).toEqual([]);
  });
});

describe('2. American spelling', () => {
  it('flags British forms in an en body, its frontmatter, glossary en fields and en YAML values', () => {
    expect(body('en', 'One.\nIts Behaviour is odd.\n')).toEqual([
      "chapters/en/01-alpha.mdx › line 3: writes \"Behaviour\": write 'Behavior' (American spelling, docs/authoring.md)",
    ]);
    expect(body('en', '', { questions: [{ q: 'Why do models memorise?' }] })).toEqual([
      "chapters/en/01-alpha.mdx › questions[0].q: writes \"memorise\": write 'memorize' (American spelling, docs/authoring.md)",
    ]);
    expect(body('en', 'maths, labelling, modelled, judgement, licence, centre, learnt, tokenisation, optimiser\n')).toHaveLength(9);
    const t = terms();
    t.set('x', term('glossary/x.yaml', { zh: '某词', en: 'x', definition: { zh: '定义。', en: 'Its colour.' } }));
    expect(run({ terms: t })).toEqual([expect.stringMatching(/^glossary\/x.yaml › definition.en: writes "colour": write 'color'/)]);
    const widgets = { file: 'widgets/sampling.yaml', data: { toy: { note: { zh: '说明', en: 'Summarise it.' } } } };
    expect(run({ yamlFiles: [widgets] })).toEqual([expect.stringMatching(/^widgets\/sampling.yaml › toy.note.en: writes "Summarise"/)]);
  });

  it('passes American forms, look-alikes, code, addresses, reading titles, sampled tokens and zh chapters', () => {
    expect(body('en', 'behavior, precise, exercise, promise, revise, analyses, dialogue, labeled, modeling, toward, towards.\n')).toEqual([]);
    expect(body('en', 'See `colour` and [a page](https://example.org/colour-behaviour) or https://x.org/maths.\n')).toEqual([]);
    expect(body('en', '', { reading: [{ title: 'Optimisation of Behaviour', url: 'https://x.org/', kind: 'paper' }] })).toEqual([]);
    expect(body('zh', 'behaviour 这个词。\n')).toEqual([]);
    const widgets = { file: 'widgets/sampling.yaml', data: { toy: { illustrative: { en: { context: 'The sky is', candidates: [{ token: ' grey', p: 1 }] } } } } };
    expect(run({ yamlFiles: [widgets] })).toEqual([]);
    expect(BRITISH_TO_AMERICAN.get('dialogue')).toBeUndefined();
  });
});

describe('3. 推理 means inference', () => {
  it('flags 推理 used for reasoning, naming what to write', () => {
    expect(body('zh', '第一行。\n模型的推理能力变强了。\n')).toEqual([
      'chapters/zh/01-alpha.mdx › line 3: writes "推理能力": in this course 推理 means inference, so for reasoning write 思考能力、推演能力 (to name the industry\'s word, quote it: “推理模型”; docs/authoring.md)',
    ]);
    const found = body('zh', '推理模型、推理过程、推理链、逻辑推理、多步推理、数学推理、推理步骤、推理题。\n');
    expect(found).toHaveLength(8);
    expect(body('zh', '', { title: '推理模型' })).toEqual([expect.stringMatching(/› title: writes "推理模型"/)]);
  });

  it('passes 推理 as inference, and a quoted mention of the industry word', () => {
    expect(body('zh', '推理阶段参数不变；推理时逐个生成；推理服务商按用量收费；推理过程中不更新参数；推理成本。\n')).toEqual([]);
    expect(body('zh', '业界常叫它“推理模型”。\n')).toEqual([]);
  });
});

describe('4. 幻觉 is a noun', () => {
  it('flags 幻觉 as a verb', () => {
    expect(body('zh', '第一行。\n模型会幻觉。\n')).toEqual([
      'chapters/zh/01-alpha.mdx › line 3: writes "会幻觉": 幻觉 is a noun here; write 产生幻觉 or 编造 (e.g. 会产生幻觉, 编造出; docs/authoring.md)',
    ]);
    expect(body('zh', '它幻觉出一篇论文。它又幻觉了。模型正在幻觉。\n')).toHaveLength(3);
  });

  it('passes 幻觉 as a noun', () => {
    expect(body('zh', '模型会产生幻觉。幻觉出现的原因。又出现幻觉了。在幻觉问题上。产生幻觉了。\n')).toEqual([]);
  });
});

describe('5. a word doubled by a Term', () => {
  it('flags the name, an alias, part of the name, or the other language in parentheses beside a self-closing Term', () => {
    expect(body('zh', '第一行。\n每个<Term id="token" />词元都有编号。\n')).toEqual([
      'chapters/zh/01-alpha.mdx › line 3: <Term id="token" /> renders "词元", and "词元" stands right beside it, so the page reads it twice: drop the extra words, or write <Term id="token">…</Term> with the words you want',
    ]);
    expect(body('zh', '基座<Term id="base-model" />。\n')).toEqual([expect.stringMatching(/line 2: <Term id="base-model" \/> renders "基座模型", and "基座"/)]);
    expect(body('zh', '<Term id="base-model" />模型\n')).toEqual([expect.stringMatching(/line 2: .*and "模型" stands/)]);
    expect(body('zh', '八块 <Term id="gpu" /> GPU。用 <Term id="gpu" />图形处理器。\n')).toHaveLength(2);
    expect(body('zh', '<Term id="token" />（token）\n')).toEqual([expect.stringMatching(/already adds "token" in parentheses/)]);
    expect(body('en', 'A <Term id="base-model" /> model.\n')).toEqual([expect.stringMatching(/renders "base model", and "model"/)]);    expect(body('en', 'A <Term\n  id="base-model"\n/> model.\n')).toEqual([expect.stringMatching(/^chapters\/en\/01-alpha\.mdx › line 2: <Term id="base-model" \/> renders "base model", and "model"/)]);
  });

  it('passes a Term with its own words, other neighbours, and code', () => {
    expect(body('zh', '<Term id="token">词元</Term>词元序列；<Term id="token" />序列；<Term id="gpu" />集群；模型的<Term id="parameter" />。\n')).toEqual([]);
    expect(body('zh', '`<Term id="token" />词元`\n')).toEqual([]);
    expect(body('en', 'Base models and a <Term id="base-model" />, then models.\n')).toEqual([]);
  });
});

describe('6. three glossary terms per chapter', () => {
  it('flags a chapter that links fewer than three distinct terms', () => {
    const c = { ...chapter('en', ''), body: '<Term id="token" /> and <Term id="token">tokens</Term>, <Term id="gpu" />.\n' };
    expect(run({ chapters: [c] })).toEqual([
      'chapters/en/01-alpha.mdx › : links 2 glossary terms with <Term id> (token, gpu): link at least 3 distinct terms where the text first uses them (docs/authoring.md)',
    ]);
  });

  it('passes three distinct terms, with or without their own words', () => {
    const c = { ...chapter('zh', ''), body: '<Term id="token">词元</Term>、<Term id="gpu" />和<Term id="parameter" />。\n' };
    expect(run({ chapters: [c] })).toEqual([]);
  });
});

describe('7. <Beyond> props', () => {
  it('flags an asOf that is no date and a source that is no absolute http(s) address', () => {
    expect(body('en', 'One.\n<Beyond asOf="Feb 2025" source="arxiv.org/abs/1">\nText.\n</Beyond>\n')).toEqual([
      'chapters/en/01-alpha.mdx › line 3: <Beyond asOf="Feb 2025">: write the date as "YYYY-MM" or "YYYY-MM-DD", e.g. asOf="2025-02"',
      'chapters/en/01-alpha.mdx › line 3: <Beyond source="arxiv.org/abs/1">: write the source as an absolute http(s) address, e.g. source="https://arxiv.org/abs/2501.12948"',
    ]);
    expect(body('zh', '<Beyond asOf="2025-13" />\n<Beyond source="/zh/glossary/" />\n<Beyond asOf={date} />\n')).toHaveLength(3);
    expect(body('en', 'One.\n<Beyond\n  source="https://arxiv.org/abs/2501.12948"\n  asOf="Feb 2025">\nText.\n</Beyond>\n')).toEqual([
      'chapters/en/01-alpha.mdx › line 5: <Beyond asOf="Feb 2025">: write the date as "YYYY-MM" or "YYYY-MM-DD", e.g. asOf="2025-02"',
    ]);
  });

  it('passes a month, a day and an https address, and <Beyond> without them', () => {
    const text = '<Beyond asOf="2025-02" source="https://arxiv.org/abs/2501.12948" sourceTitle="R1">\nx\n</Beyond>\n<Beyond asOf="2025-02-05">\ny\n</Beyond>\n<Beyond>\nz\n</Beyond>\n';
    expect(body('en', text)).toEqual([]);
    expect(body('en', '`<Beyond asOf="soon">` is how not to write it.\n')).toEqual([]);
  });
});

describe('checkConventions', () => {
  it('applies only the rules the course asks for, in the languages it names', () => {
    const c = [chapter('zh', '他说「你好」，会幻觉。\n'), chapter('en', 'Its colour.\n')];
    expect(run({ chapters: c, conventions: { rules: {}, minTermsPerChapter: 0 } })).toEqual([]);
    expect(run({ chapters: c, conventions: { rules: { zh: ['chinese-quotes'] }, minTermsPerChapter: 0 } })).toEqual([expect.stringMatching(/writes 「你好」/)]);
    expect(run({ chapters: [chapter('en', '')].map((ch) => ({ ...ch, body: '' })), conventions: { rules: {}, minTermsPerChapter: 1 } })).toEqual([
      expect.stringMatching(/links 0 glossary terms/),
    ]);
  });

  it('counts lines from the file when the body says where it starts', () => {
    const c = { ...chapter('en', 'Its colour.\n'), bodyLine: 10 };
    expect(run({ chapters: [c] })).toEqual([expect.stringMatching(/› line 11: writes "colour"/)]);
  });

  it('leaves glossary names alone except for quotation marks and spelling, and skips avoided renderings', () => {
    const t = terms();
    t.set('x', term('glossary/x.yaml', { zh: '推理模型', en: 'x', aliases: { zh: [], en: [{ text: 'behaviour model', avoid: true }] } }));
    expect(run({ terms: t })).toEqual([]);
  });
});
