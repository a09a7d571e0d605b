/**
 * Flashcards from the glossary: which cards there are, where they live, and their review state
 * as kept in the browser. Pure and dependency-free (the page's script adds ts-fsrs; the home
 * page only parses, exports and resets). Whatever is in storage is untrusted: anything that is
 * not this exact shape is dropped, never an error.
 *
 * Storage: localStorage "course-flashcards" = { version: 1, cards: { "<term>:<direction id>": State } },
 * next to "course-progress"; the home page's export, import and reset cover both.
 */
import { withBase } from './paths';

export const FLASHCARDS_KEY = 'course-flashcards';
export const FLASHCARDS_VERSION = 1;

/**
 * A way to study a card: a term's name in one language to its name in another (`from`, `to`:
 * language paths), or a term to its definition. Its id names the card in storage: "zh-en",
 * "term-def", so a two-language course keeps the ids readers already have.
 */
export type Direction = { id: string; kind: 'names'; from: string; to: string } | { id: typeof TERM_DEF; kind: 'definition' };

export const TERM_DEF = 'term-def';

/**
 * The directions on the page of language `lang`, for a course whose language paths are `paths`
 * (in its order): for each other language, the two ways between it and `lang`, the one from
 * the language earlier in the course first; then term → definition. One language: only that.
 */
export function directionsFor(paths: readonly string[], lang: string): Direction[] {
  const at = (p: string) => paths.indexOf(p);
  const out: Direction[] = [];
  for (const other of paths) {
    if (other === lang) continue;
    const [first, second] = at(other) < at(lang) ? [other, lang] : [lang, other];
    out.push({ id: `${first}-${second}`, kind: 'names', from: first, to: second }, { id: `${second}-${first}`, kind: 'names', from: second, to: first });
  }
  out.push({ id: TERM_DEF, kind: 'definition' });
  // Paths with hyphens could pair into the same id on some page ("ab-cd"+"ef", "ab"+"cd-ef"):
  // refuse rather than mix two sets of reviews in storage.
  const ids = paths.flatMap((a) => paths.filter((b) => b !== a).map((b) => `${a}-${b}`)).concat(TERM_DEF);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new Error(`flashcards: two card directions would share the id "${twice}"; rename a language path in course.yaml`);
  return out;
}

/** One card's FSRS state (ts-fsrs Card, dates as ms since epoch, short keys). */
export interface CardState {
  /** Due, ms since epoch. */
  due: number;
  /** Stability, difficulty. */
  s: number;
  d: number;
  /** Elapsed days, scheduled days, learning steps, reps, lapses. */
  e: number;
  sd: number;
  ls: number;
  r: number;
  l: number;
  /** State: 0 new, 1 learning, 2 review, 3 relearning. */
  st: 0 | 1 | 2 | 3;
  /** Last review, ms since epoch. */
  lr?: number | undefined;
}

export interface FlashcardStore {
  version: typeof FLASHCARDS_VERSION;
  cards: Record<string, CardState>;
}

export function emptyStore(): FlashcardStore {
  return { version: FLASHCARDS_VERSION, cards: {} };
}

export function flashcardsPath(base: string, lang: string): string {
  return withBase(base, `${lang}/flashcards/`);
}

/** The site path (no base) of a language's deck: "zh/flashcards/glossary-zh.apkg" or ".tsv". */
export function deckFile(lang: string, kind: 'apkg' | 'tsv'): string {
  return `${lang}/flashcards/glossary-${lang}.${kind}`;
}

/** A card's key in storage: "token:zh-en", "token:term-def" (term id, direction id). */
export const cardKey = (termId: string, direction: string) => `${termId}:${direction}`;

const CARD_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 1e14;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e7;
const isReal = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 1e7;

function readCard(value: unknown): CardState | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const c = value as Record<string, unknown>;
  if (!isTime(c['due']) || !isReal(c['s']) || !isReal(c['d']) || !isReal(c['e']) || !isReal(c['sd'])) return undefined;
  if (!isCount(c['ls']) || !isCount(c['r']) || !isCount(c['l']) || ![0, 1, 2, 3].includes(c['st'] as number)) return undefined;
  if (c['lr'] !== undefined && !isTime(c['lr'])) return undefined;
  const card: CardState = { due: c['due'], s: c['s'], d: c['d'], e: c['e'], sd: c['sd'], ls: c['ls'], r: c['r'], l: c['l'], st: c['st'] as CardState['st'] };
  if (c['lr'] !== undefined) card.lr = c['lr'] as number;
  return card;
}

/** Reads a store from an untrusted value (parsed JSON); undefined if it is not one. Bad cards are dropped one by one. */
export function readStore(value: unknown): FlashcardStore | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const raw = value as { version?: unknown; cards?: unknown };
  if (raw.version !== FLASHCARDS_VERSION || !raw.cards || typeof raw.cards !== 'object' || Array.isArray(raw.cards)) return undefined;
  const store = emptyStore();
  for (const [key, card] of Object.entries(raw.cards)) {
    const ok = CARD_KEY.test(key) ? readCard(card) : undefined;
    if (ok) store.cards[key] = ok;
  }
  return store;
}

/** Reads a store from untrusted JSON text (storage); undefined if it is not one. */
export function parseStore(text: string | null | undefined): FlashcardStore | undefined {
  try {
    return text && text.length < 2e6 ? readStore(JSON.parse(text)) : undefined;
  } catch {
    return undefined;
  }
}

/** Only the glossary's terms count: cards of terms the glossary no longer has are dropped. */
export function keepKnownCards(store: FlashcardStore, termIds: readonly string[]): FlashcardStore {
  const known = new Set(termIds);
  return { version: FLASHCARDS_VERSION, cards: Object.fromEntries(Object.entries(store.cards).filter(([key]) => known.has(key.split(':')[0]!))) };
}

/**
 * The cards due at `now` among `keys`, in review order: cards already studied whose time has come
 * (earliest first), then new cards in the order given (the course's order).
 */
export function dueCards(store: FlashcardStore, keys: readonly string[], now: number): string[] {
  const seen = keys.filter((k) => store.cards[k] && store.cards[k].due <= now).sort((a, b) => store.cards[a]!.due - store.cards[b]!.due);
  return [...seen, ...keys.filter((k) => !store.cards[k])];
}
