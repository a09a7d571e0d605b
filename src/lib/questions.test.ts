import { describe, expect, it } from 'vitest';
import { checkQuestions, countQuestions, readQuestions } from './questions';

const good = `Text.

<SelfCheck>
<Question q="Written?">Answer.</Question>
<Choice q="Which one?">
<Option why="No.">A</Option>
<Option correct why="Yes, because.">B with <Term id="token" /></Option>
</Choice>
<Numeric q="How many?" answer="10.8" tolerance="0.1" unit="%" why="Because." />
<Order q="Put in order." why="So.">
<Step>one</Step>
<Step>two</Step>
<Step>three</Step>
</Order>
</SelfCheck>
`;

describe('readQuestions', () => {
  it('reads the three kinds with their options and steps', () => {
    const { questions, problems } = readQuestions(good);
    expect(problems).toEqual([]);
    expect(questions.map((q) => q.kind)).toEqual(['choice', 'numeric', 'order']);
    expect(questions[0]!.items.map((o) => o.text)).toEqual(['A', 'B with <Term id="token" />']);
    expect(questions[0]!.items[1]!.attrs['correct']).toBe(true);
    expect(questions[1]!.attrs['answer']).toBe('10.8');
    expect(questions[2]!.items.map((s) => s.text)).toEqual(['one', 'two', 'three']);
    expect(questions[0]!.line).toBe(5);
    expect(countQuestions(good)).toBe(3);
  });

  it('reads attributes: quoted, bare, in single quotes, as an expression, and across lines', () => {
    const body = '<SelfCheck>\n<Numeric\n  q="a &quot;b&quot;"\n  multiple why=\'c\'\n  answer={12} />\n</SelfCheck>';
    const [q] = readQuestions(body).questions;
    expect(q).toMatchObject({ kind: 'numeric', line: 2, attrs: { q: 'a "b"', multiple: true, why: 'c', answer: '12' } });
  });

  it('reads a multi-line question with its options', () => {
    const body = '<SelfCheck>\n<Choice\n  q="Which?">\n<Option\n  correct\n  why="Yes.">A</Option>\n<Option why="No.">B</Option>\n</Choice>\n</SelfCheck>';
    const { questions, problems } = readQuestions(body);
    expect(problems).toEqual([]);
    expect(questions[0]!.items.map((o) => [o.text, o.line, o.attrs['correct']])).toEqual([
      ['A', 4, true],
      ['B', 7, undefined],
    ]);
  });

  it('ignores fenced code', () => {
    expect(countQuestions('<SelfCheck>\n```mdx\n<Choice q="x">\n```\n</SelfCheck>')).toBe(0);
  });

  it('names every syntax problem with its line', () => {
    const bad = `<SelfCheck>
<Choice q="One option">
<Option correct why="x">A</Option>
</Choice>
<Choice q="Two correct">
<Option correct why="x">A</Option>
<Option correct>B</Option>
</Choice>
<Choice q="None correct">
<Option why="x">A</Option>
<Option why="y">B</Option>
</Choice>
<Numeric q="n" answer="ten" tolerance="-1" />
<Order q="o" why="w">
<Step>a</Step>
<Step>b</Step>
</Order>
</SelfCheck>
<Choice q="outside">
<Option why="x">A</Option>
<Option correct why="y">B</Option>
</Choice>
<Option why="z">stray</Option>
`;
    const messages = readQuestions(bad).problems.map((p) => `${p.line}: ${p.message}`);
    expect(messages).toEqual([
      '2: <Choice> has 1 option(s): give at least 2 <Option>s',
      '5: <Choice> has 2 correct options: add "multiple" to the <Choice> or mark only one correct',
      '7: <Option> 2 needs why="…": say why it is right or wrong',
      '9: <Choice> has no correct option: mark one <Option correct …>',
      '13: <Numeric> answer="ten" is not a number: write answer="10.8"',
      '13: <Numeric> tolerance="-1" is not a number ≥ 0: write tolerance="0.1" (or leave it out for an exact answer)',
      '13: <Numeric> needs why="…": the explanation shown after answering',
      '14: <Order> has 2 step(s): give at least 3 <Step>s, in the correct order',
      '19: <Choice> must be inside <SelfCheck>',
      '23: <Option> belongs inside <Choice>',
    ]);
  });

  it('accepts several correct options with multiple', () => {
    const body = '<SelfCheck>\n<Choice q="x" multiple>\n<Option correct why="a">A</Option>\n<Option correct why="b">B</Option>\n</Choice>\n</SelfCheck>';
    expect(readQuestions(body).problems).toEqual([]);
  });
});

describe('checkQuestions', () => {
  const chapter = (lang: string, body: string) => ({ file: `chapters/${lang}/03-x.mdx`, lang, slug: 'x', body, bodyLine: 11 });

  it('reports file lines and passes matching languages', () => {
    expect(checkQuestions([chapter('zh', good), chapter('en', good)])).toEqual([]);
    const broken = good.replace('answer="10.8"', 'answer="x"');
    expect(checkQuestions([chapter('zh', good), chapter('en', broken)])).toContainEqual({
      level: 'error',
      file: 'chapters/en/03-x.mdx',
      field: 'line 19',
      message: '<Numeric> answer="x" is not a number: write answer="10.8"',
    });
  });

  it('wants the same questions in every language', () => {
    const fewer = good.replace(/<Numeric[^\n]*\n/, '');
    expect(checkQuestions([chapter('zh', good), chapter('en', fewer)])[0]!.message).toMatch(/has 2 graded question\(s\) but chapters\/zh\/03-x.mdx has 3/);
    const swapped = good.replace('<Option why="No.">A</Option>\n<Option correct', '<Option correct why="No.">A</Option>\n<Option');
    expect(checkQuestions([chapter('zh', good), chapter('en', swapped)])[0]!.message).toMatch(/question 1 is choice\(2 options, correct 1\) but in .* it is choice\(2 options, correct 2\)/);
    const otherAnswer = good.replace('answer="10.8"', 'answer="11"');
    expect(checkQuestions([chapter('zh', good), chapter('en', otherAnswer)])[0]!.message).toMatch(/question 2 is numeric\(answer 11\)/);
  });
});
