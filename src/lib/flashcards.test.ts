import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { cardKey, deckFile, directionsFor, dueCards, emptyStore, flashcardsPath, keepKnownCards, parseStore, readStore } from './flashcards';
import { review } from './flashcards-fsrs';

const now = Date.UTC(2025, 1, 5, 12);
const minute = 60_000;
const day = 86_400_000;

describe('flashcard store', () => {
  it('reads what a review wrote', () => {
    const store = review(emptyStore(), cardKey('token', 'zh-en'), Rating.Good, now);
    expect(parseStore(JSON.stringify(store))).toEqual(store);
  });

  it('ignores garbage, card by card', () => {
    for (const bad of [null, '', '{', 'null', '[]', '"x"', '{"version":2,"cards":{}}', '{"version":1,"cards":[]}', '{"version":1}', 'x'.repeat(3_000_000)]) {
      expect(parseStore(bad), String(bad).slice(0, 20)).toBeUndefined();
    }
    const good = review(emptyStore(), 'token:zh-en', Rating.Good, now).cards['token:zh-en']!;
    const messy = {
      version: 1,
      cards: {
        'token:zh-en': good,
        'token:fr-de': good,
        'token:zh_EN': good,
        'token:': good,
        'Bad Id:zh-en': good,
        'a:en-zh': { ...good, st: 7 },
        'b:en-zh': { ...good, due: -1 },
        'c:en-zh': { ...good, s: 'x' },
        'd:en-zh': { ...good, r: 1.5 },
        'e:en-zh': { ...good, lr: 'yesterday' },
        'f:en-zh': null,
        'g:en-zh': [1],
      },
    };
    expect(readStore(messy)).toEqual({ version: 1, cards: { 'token:zh-en': good, 'token:fr-de': good } });
  });

  it('keeps only the glossary own terms', () => {
    const store = review(review(emptyStore(), 'token:zh-en', Rating.Good, now), 'gone:en-zh', Rating.Good, now);
    expect(Object.keys(keepKnownCards(store, ['token']).cards)).toEqual(['token:zh-en']);
  });
});

describe('scheduling with FSRS', () => {
  it('takes a reviewed card out of the due set until its time, and orders the rest', () => {
    const keys = ['a:zh-en', 'b:zh-en', 'c:zh-en'];
    let store = emptyStore();
    expect(dueCards(store, keys, now)).toEqual(keys);
    store = review(store, 'a:zh-en', Rating.Good, now);
    expect(dueCards(store, keys, now)).toEqual(['b:zh-en', 'c:zh-en']);
    // Again brings a card back sooner than Good, Good sooner than Easy.
    const again = review(emptyStore(), 'x:zh-en', Rating.Again, now).cards['x:zh-en']!.due;
    const good = review(emptyStore(), 'x:zh-en', Rating.Good, now).cards['x:zh-en']!.due;
    const easy = review(emptyStore(), 'x:zh-en', Rating.Easy, now).cards['x:zh-en']!.due;
    expect(again).toBeGreaterThan(now);
    expect(again).toBeLessThan(good);
    expect(good).toBeLessThan(easy);
    expect(easy - now).toBeGreaterThanOrEqual(day);
    // Once due again, a studied card comes before new ones.
    expect(dueCards(store, keys, good + minute)).toEqual(['a:zh-en', 'b:zh-en', 'c:zh-en']);
  });

  it('grows the interval as a card is remembered', () => {
    let store = emptyStore();
    let t = now;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      store = review(store, 'a:en-zh', Rating.Good, t);
      intervals.push(store.cards['a:en-zh']!.due - t);
      t = store.cards['a:en-zh']!.due;
    }
    expect(intervals[3]!).toBeGreaterThan(intervals[1]!);
    expect(store.cards['a:en-zh']!.r).toBe(4);
  });
});

describe('paths', () => {
  it('names the page and decks per language', () => {
    expect(flashcardsPath('/llm-notes/', 'zh')).toBe('/llm-notes/zh/flashcards/');
    expect(deckFile('en', 'apkg')).toBe('en/flashcards/glossary-en.apkg');
  });
});

describe('card directions', () => {
  it('keep the ids and order a two-language course had, on both pages, so stored reviews still match', () => {
    for (const lang of ['zh', 'en']) expect(directionsFor(['zh', 'en'], lang).map((d) => d.id)).toEqual(['zh-en', 'en-zh', 'term-def']);
    expect(directionsFor(['zh', 'en'], 'en')[0]).toEqual({ id: 'zh-en', kind: 'names', from: 'zh', to: 'en' });
    expect(cardKey('token', directionsFor(['zh', 'en'], 'zh')[1]!.id)).toBe('token:en-zh');
  });
  it('pair the page’s language with every other one, both ways, in the course’s order', () => {
    expect(directionsFor(['en', 'zh', 'fr'], 'fr').map((d) => d.id)).toEqual(['en-fr', 'fr-en', 'zh-fr', 'fr-zh', 'term-def']);
    expect(directionsFor(['en', 'zh', 'fr'], 'en').map((d) => d.id)).toEqual(['en-zh', 'zh-en', 'en-fr', 'fr-en', 'term-def']);
    expect(directionsFor(['zh', 'en', 'zh-tw'], 'zh-tw').map((d) => d.id)).toEqual(['zh-zh-tw', 'zh-tw-zh', 'en-zh-tw', 'zh-tw-en', 'term-def']);
  });
  it('offer only term → definition in a one-language course', () => {
    expect(directionsFor(['en'], 'en')).toEqual([{ id: 'term-def', kind: 'definition' }]);
  });
  it('refuse paths whose pairs would share an id', () => {
    expect(() => directionsFor(['zh', 'en', 'zh-tw'], 'en')).not.toThrow();
    expect(() => directionsFor(['ab-cd', 'ef', 'ab', 'cd-ef'], 'ef')).toThrow(/share the id "ab-cd-ef"/);
  });
});
