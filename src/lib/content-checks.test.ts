/**
 * One small course per kind of mistake, each asserting the file and field the error names.
 * The base fixture is valid; every case breaks exactly one thing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCourse, formatProblems, readCourseSources, splitFrontmatter, type CourseSources } from './content-checks';

function chapter(lang: 'zh' | 'en', n: number, slug: string, overrides: Record<string, unknown> = {}, body?: string) {
  const start = `0:0${n}:00`;
  const end = `0:0${n + 1}:00`;
  return {
    file: `chapters/${lang}/0${n}-${slug}.mdx`,
    lang,
    fileName: `0${n}-${slug}.mdx`,
    data: {
      number: n,
      title: `${lang} ${slug}`,
      start,
      end,
      summary: 'A summary.',
      questions: [{ q: 'Why?', section: 'first' }],
      terms: ['token'],
      reading: [{ title: 'A paper', url: 'https://arxiv.org/abs/1508.07909', kind: 'paper' }],
      ...overrides,
    },
    body: body ?? '## One [#first]\n\nText with <Term id="token" />, <Term id="byte" /> and <Term id="vocabulary" /> at [0:0' + n + ':30].\n\n## Two [#second]\n\nMore.\n',
  };
}

function validCourse(): CourseSources {
  return {
    course: {
      file: 'course.yaml',
      data: {
        languages: [
          { code: 'zh-CN', path: 'zh' },
          { code: 'en', path: 'en' },
        ],
        title: { zh: '课程', en: 'Course' },
        subtitle: { zh: '副标题', en: 'Subtitle' },
        speaker: 'Someone',
        video: { id: '7xTGNNLPyMI', length: '0:10:00', published: '2025-02-05' },
        parts: [{ id: 'one', title: { zh: '一', en: 'One' }, chapters: ['alpha', 'beta'] }],
        licence: { zh: '许可', en: 'License' },
      },
    },
    chapters: [chapter('zh', 1, 'alpha'), chapter('en', 1, 'alpha'), chapter('zh', 2, 'beta'), chapter('en', 2, 'beta')],
    terms: [
      {
        file: 'glossary/token.yaml',
        id: 'token',
        data: {
          zh: '词元',
          en: 'token',
          aliases: { zh: [{ text: '令牌', avoid: true }], en: [] },
          definition: { zh: '定义。', en: 'Definition.' },
          introduced: { chapter: 1, at: '0:01:00' },
          seeAlso: [],
        },
      },
      ...(['byte', 'vocabulary'] as const).map((id) => ({
        file: `glossary/${id}.yaml`,
        id,
        data: { zh: id === 'byte' ? '字节' : '词表', en: id, definition: { zh: '定义。', en: 'Definition.' }, introduced: { chapter: 1, at: '0:01:00' } },
      })),
    ],
    problems: [],
  };
}

function errorsOf(sources: CourseSources) {
  return checkCourse(sources).problems.filter((p) => p.level === 'error');
}

function expectError(sources: CourseSources, file: string, field: string | undefined, message: RegExp) {
  const errors = errorsOf(sources);
  const match = errors.find((e) => e.file === file && e.field === field && message.test(e.message));
  expect(match, `expected an error in ${file} › ${field} matching ${message}, got:\n${formatProblems(errors)}`).toBeDefined();
}

describe('checkCourse', () => {
  it('accepts a valid course', () => {
    const { problems, valid } = checkCourse(validCourse());
    expect(formatProblems(problems)).toBe('');
    expect(valid?.chapters).toHaveLength(4);
  });

  it('names what is wrong in a sampling preset, and presets a chapter uses that do not exist', () => {
    const presets = () => ({
      guess: {
        illustrative: {
          zh: { context: '天空是', candidates: [{ token: '蓝', p: 0.7 }, { token: '灰', p: 0.3 }] },
          en: { context: 'The sky is', candidates: [{ token: ' blue', p: 0.7 }, { token: ' grey', p: 0.3 }] },
        },
        note: { zh: '说明。', en: 'A note.' },
        prompt: { zh: '天空', en: 'The sky' },
      },
      toy: { note: { zh: '说明。', en: 'A note.' }, prompt: { zh: '模型', en: 'The model' } },
    });
    const withPresets = (data: unknown, body = '<Sampling preset="guess" compare="guess" />\n') => {
      const s = validCourse();
      s.samplingPresets = { file: 'widgets/sampling.yaml', data };
      s.chapters[0]!.body += body;
      return s;
    };
    expect(formatProblems(checkCourse(withPresets(presets())).problems)).toBe('');
    expect(checkCourse(withPresets(presets())).valid?.samplingPresets['guess']?.prompt.en).toBe('The sky');

    const sum = presets();
    sum.guess.illustrative.en.candidates[0]!.p = 0.5;
    expectError(withPresets(sum), 'widgets/sampling.yaml', 'guess.illustrative.en.candidates', /sums to 0.8, not 1/);
    const twice = presets();
    twice.guess.illustrative.zh.candidates[1]!.token = '蓝';
    expectError(withPresets(twice), 'widgets/sampling.yaml', 'guess.illustrative.zh.candidates', /token "蓝" twice/);
    const oneLanguage = presets() as Record<string, { note: Record<string, string> }>;
    delete oneLanguage['toy']!.note['en'];
    expectError(withPresets(oneLanguage), 'widgets/sampling.yaml', 'toy.note.en', /expected string/);

    expectError(withPresets(presets(), '\n<Sampling preset="gues" />\n'), 'chapters/zh/01-alpha.mdx', 'line 9', /names no preset of widgets\/sampling.yaml \(guess, toy\)/);
    expectError(withPresets(presets(), '<Sampling compare="toy" />\n'), 'chapters/zh/01-alpha.mdx', 'line 8', /needs a preset with an illustrative distribution/);
  });

  it('names what is wrong in a tokenizer preset, and unknown presets a chapter uses', () => {
    const withPresets = (data: unknown, body = '<Tokenizer preset="hi" />\n') => {
      const s = validCourse();
      s.tokenizerPresets = { file: 'widgets/tokenizer.yaml', data };
      s.chapters[1]!.body += body;
      return s;
    };
    const hi = { name: { zh: '你好', en: 'Hello' }, text: 'hello  world', encoding: 'cl100k_base', mode: 'text' };
    expect(formatProblems(checkCourse(withPresets({ hi })).problems)).toBe('');
    expect(checkCourse(withPresets({ hi })).valid?.tokenizerPresets['hi']?.text).toBe('hello  world');
    expectError(withPresets({ hi: { ...hi, encoding: 'p50k_base' } }), 'widgets/tokenizer.yaml', 'hi.encoding', /r50k_base/);
    expectError(withPresets({ hi: { ...hi, name: { zh: '你好' } } }), 'widgets/tokenizer.yaml', 'hi.name.en', /expected string/);
    expectError(withPresets({ hi }, '<Tokenizer preset="bye" mode="compare" />\n'), 'chapters/en/01-alpha.mdx', 'line 8', /names no preset of widgets\/tokenizer.yaml \(hi\)/);
  });

  it('names a missing field', () => {
    const s = validCourse();
    delete (s.chapters[0]!.data as Record<string, unknown>)['summary'];
    expectError(s, 'chapters/zh/01-alpha.mdx', 'summary', /expected string/);
  });

  it('names a malformed timestamp', () => {
    const s = validCourse();
    (s.chapters[1]!.data as Record<string, unknown>)['start'] = '1:7';
    expectError(s, 'chapters/en/01-alpha.mdx', 'start', /h:mm:ss/);
  });

  it('names a malformed field deep inside', () => {
    const s = validCourse();
    (s.chapters[0]!.data as Record<string, unknown>)['reading'] = [{ title: 'x', url: 'ftp://x', kind: 'paper' }];
    expectError(s, 'chapters/zh/01-alpha.mdx', 'reading[0].url', /http/);
    const t = validCourse();
    ((t.course!.data as { video: Record<string, unknown> }).video)['id'] = 'short';
    expectError(t, 'course.yaml', 'video.id', /11-character/);
  });

  it('rejects an unknown field', () => {
    const s = validCourse();
    (s.chapters[0]!.data as Record<string, unknown>)['titel'] = 'typo';
    expectError(s, 'chapters/zh/01-alpha.mdx', undefined, /titel/);
  });

  it('finds a chapter in one language only', () => {
    const s = validCourse();
    s.chapters = s.chapters.filter((c) => !(c.lang === 'en' && c.fileName.includes('beta')));
    expectError(s, 'chapters/zh/02-beta.mdx', undefined, /no translation: add chapters\/en\/02-beta.mdx/);
  });

  it('finds two chapters with one number', () => {
    const s = validCourse();
    s.chapters.push(chapter('zh', 1, 'gamma'), chapter('en', 1, 'gamma'));
    (s.course!.data as { parts: { chapters: string[] }[] }).parts[0]!.chapters.push('gamma');
    expectError(s, 'chapters/zh/01-gamma.mdx', 'number', /also the number/);
  });

  it('finds a number that disagrees with the file name', () => {
    const s = validCourse();
    (s.chapters[2]!.data as Record<string, unknown>)['number'] = 5;
    expectError(s, 'chapters/zh/02-beta.mdx', 'number', /file name says 02/);
  });

  it('finds times that do not increase', () => {
    const s = validCourse();
    (s.chapters[2]!.data as Record<string, unknown>)['start'] = '0:01:30';
    (s.chapters[3]!.data as Record<string, unknown>)['start'] = '0:01:30';
    expectError(s, 'chapters/zh/02-beta.mdx', 'start', /before the end of the previous chapter/);
    const t = validCourse();
    (t.chapters[0]!.data as Record<string, unknown>)['end'] = '0:00:30';
    (t.chapters[1]!.data as Record<string, unknown>)['end'] = '0:00:30';
    expectError(t, 'chapters/zh/01-alpha.mdx', 'end', /not after start/);
  });

  it('finds languages that disagree on times', () => {
    const s = validCourse();
    (s.chapters[1]!.data as Record<string, unknown>)['end'] = '0:01:59';
    expectError(s, 'chapters/en/01-alpha.mdx', 'end', /every language must agree/);
  });

  it('finds an unknown glossary id in frontmatter and in the text', () => {
    const s = validCourse();
    (s.chapters[0]!.data as Record<string, unknown>)['terms'] = ['token', 'tokenz'];
    expectError(s, 'chapters/zh/01-alpha.mdx', 'terms[1]', /"tokenz" is not a glossary term/);
    const t = validCourse();
    t.chapters[0]!.body = '## One [#first]\n\nSee <Term id="hallucinatoin" />.\n\n## Two [#second]\n';
    expectError(t, 'chapters/zh/01-alpha.mdx', 'line 3', /hallucinatoin/);
  });

  it('reads a term whose id is on its own line, and ignores terms, times and headings in code', () => {
    const s = validCourse();
    s.chapters[0]!.body = '## One [#first]\n\nSee <Term\n  id="hallucinatoin">this</Term>.\n\n## Two [#second]\n';
    expectError(s, 'chapters/zh/01-alpha.mdx', 'line 4', /<Term id="hallucinatoin" \/> names an unknown glossary term/);
    const t = validCourse();
    t.chapters[0]!.body += '\n```mdx\n## Three\n<Term id="nope" /> at [9:99]\n```\n\nAnd `<Term id="nope2" />` inline.\n';
    expect(formatProblems(errorsOf(t))).toBe('');
  });

  it('reports a body MDX cannot read, with its line', () => {
    const s = validCourse();
    s.chapters[0]!.body = '## One [#first]\n\nText.\n\n<Beyond asOf="2025-01">\nNever closed.\n\n## Two [#second]\n';
    expectError(s, 'chapters/zh/01-alpha.mdx', 'line 5', /^is not valid MDX \(column 1\): Expected a closing tag for `<Beyond>`$/);
    expect(errorsOf(s)).toHaveLength(1);
  });

  it('finds a malformed or too late timestamp in the text', () => {
    const s = validCourse();
    s.chapters[0]!.body = '## One [#first]\n\nAt [1:75].\n\n## Two [#second]\n';
    expectError(s, 'chapters/zh/01-alpha.mdx', 'line 3', /\[1:75\] is not a video time/);
    const t = validCourse();
    t.chapters[0]!.body = '## One [#first]\n\nAt [2:00:00].\n\n## Two [#second]\n';
    expectError(t, 'chapters/zh/01-alpha.mdx', 'line 3', /after the end of the video/);
  });

  it('finds an unfilled widget or figure slot', () => {
    const s = validCourse();
    s.chapters[1]!.body += '\n{/* FIGURE: a funnel */}\n';
    expectError(s, 'chapters/en/01-alpha.mdx', 'line 9', /unfilled WIDGET or FIGURE slot/);
  });

  it('finds headings without ids and sections that differ across languages', () => {
    const s = validCourse();
    s.chapters[0]!.body = '## One\n\nText.\n\n## Two [#second]\n';
    expectError(s, 'chapters/zh/01-alpha.mdx', 'line 1', /no section id/);
    const t = validCourse();
    t.chapters[1]!.body = '## Two [#second]\n\n## One [#first]\n';
    expectError(t, 'chapters/en/01-alpha.mdx', 'sections', /same sections in the same order/);
  });

  it('finds a question pointing at a missing section', () => {
    const s = validCourse();
    (s.chapters[0]!.data as Record<string, unknown>)['questions'] = [{ q: 'Why?', section: 'nowhere' }];
    expectError(s, 'chapters/zh/01-alpha.mdx', 'questions[0].section', /not a section id/);
  });

  it('finds parts that list a missing chapter, or miss one', () => {
    const s = validCourse();
    (s.course!.data as { parts: { chapters: string[] }[] }).parts[0]!.chapters = ['alpha', 'gamma'];
    expectError(s, 'course.yaml', 'parts[0].chapters[1]', /"gamma" has no chapter file/);
    expectError(s, 'chapters/zh/02-beta.mdx', undefined, /is in no part/);
  });

  it('finds glossary problems', () => {
    const s = validCourse();
    s.terms.push({
      file: 'glossary/tokens.yaml',
      id: 'tokens',
      data: { zh: '词元', en: 'tokens', definition: { zh: '重复。', en: 'Duplicate.' }, introduced: { chapter: 9, at: '0:01:00' }, seeAlso: ['nope'] },
    });
    expectError(s, 'glossary/tokens.yaml', 'zh', /also the canonical name of glossary\/token.yaml/);
    expectError(s, 'glossary/tokens.yaml', 'seeAlso[0]', /"nope" is not a glossary term/);
    expectError(s, 'glossary/tokens.yaml', 'introduced.chapter', /not a chapter/);
  });

  it('warns about unused terms and avoided renderings', () => {
    const s = validCourse();
    s.chapters[0]!.body += '\n这里写了令牌。\n';
    s.terms.push({
      file: 'glossary/spare.yaml',
      id: 'spare',
      data: { zh: '备用', en: 'spare', definition: { zh: '备用。', en: 'Spare.' }, introduced: { chapter: 1, at: '0:01:00' } },
    });
    const warnings = checkCourse(s).problems.filter((p) => p.level === 'warning');
    expect(warnings.map((w) => `${w.file} ${w.message}`).join('\n')).toMatch(/glossary\/spare.yaml is used by no chapter/);
    expect(warnings.map((w) => `${w.file} ${w.message}`).join('\n')).toMatch(/01-alpha.mdx writes "令牌"/);
  });
});

describe('readCourseSources', () => {
  it('reports unparsable YAML and a missing frontmatter with the file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'course-'));
    fs.mkdirSync(path.join(dir, 'chapters', 'zh'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'glossary'));
    fs.writeFileSync(path.join(dir, 'course.yaml'), 'title: [unclosed\n');
    fs.writeFileSync(path.join(dir, 'chapters', 'zh', '01-a.mdx'), 'no frontmatter\n');
    fs.writeFileSync(path.join(dir, 'glossary', 'x.yaml'), 'zh: "\n');
    const { problems } = readCourseSources(dir);
    const text = formatProblems(problems);
    expect(text).toMatch(/course.yaml › line 2: is not valid YAML/);
    expect(text).toMatch(/chapters\/zh\/01-a.mdx: has no frontmatter/);
    expect(text).toMatch(/glossary\/x.yaml › line 2: is not valid YAML/);
    fs.rmSync(dir, { recursive: true });
  });

  it('reports a missing course.yaml', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'course-'));
    expect(formatProblems(readCourseSources(dir).problems)).toMatch(/course.yaml: is missing/);
    fs.rmSync(dir, { recursive: true });
  });

  it('splits frontmatter from the body', () => {
    expect(splitFrontmatter('---\na: 1\n---\nBody')).toEqual({ yaml: 'a: 1', body: 'Body', bodyLine: 4 });
    expect(splitFrontmatter('Body')).toBeUndefined();
  });
});
