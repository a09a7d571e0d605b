import { describe, expect, it } from 'vitest';
import { emptyProgress, parseProgress, setDone, setLast } from './progress';
import { keepKnown, partProgress } from './progress-summary';

describe('parseProgress', () => {
  it('reads what it wrote', () => {
    const p = setLast(setDone(emptyProgress(), 'tokenization', true, 5), { slug: 'tokenization', lang: 'zh', section: 'bpe', at: 6 });
    expect(parseProgress(JSON.stringify(p))).toEqual(p);
  });

  it('ignores corrupt or foreign data', () => {
    for (const bad of [null, '', '{', 'null', '[]', '42', '"x"', '{"version":2,"done":{}}', '{"version":1,"done":[]}', '{"version":1}', 'x'.repeat(200_000)]) {
      expect(parseProgress(bad), String(bad).slice(0, 20)).toBeUndefined();
    }
  });

  it('drops bad entries and keeps good ones', () => {
    const p = parseProgress(
      JSON.stringify({ version: 1, done: { ok: 1, 'Bad Slug': 2, neg: -1, nan: 'x', '<img>': 3 }, last: { slug: 'ok', lang: 'Not A Path', at: 1 } }),
    );
    expect(p).toEqual({ version: 1, done: { ok: 1 } });
  });
});

describe('progress updates', () => {
  it('marks and unmarks a chapter', () => {
    const p = setDone(emptyProgress(), 'a', true, 10);
    expect(p.done).toEqual({ a: 10 });
    expect(setDone(p, 'a', false, 11).done).toEqual({});
  });

  it('keeps only the course own chapters', () => {
    const p = setLast(setDone(setDone(emptyProgress(), 'a', true, 1), 'zz', true, 2), { slug: 'zz', lang: 'en', at: 3 });
    expect(keepKnown(p, ['a', 'b'])).toEqual({ version: 1, done: { a: 1 } });
  });

  it('counts progress per part', () => {
    const p = setDone(setDone(emptyProgress(), 'a', true, 1), 'c', true, 1);
    expect(partProgress(p, [['a', 'b'], ['c'], []])).toEqual([
      { done: 1, total: 2 },
      { done: 1, total: 1 },
      { done: 0, total: 0 },
    ]);
  });
});
