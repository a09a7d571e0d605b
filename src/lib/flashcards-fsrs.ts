/**
 * Scheduling flashcards with FSRS (ts-fsrs): a card's stored state ↔ ts-fsrs's Card, and one
 * review. Loaded only by the flashcards page. Default FSRS parameters (90% desired retention),
 * no fuzz, so the same reviews give the same schedule.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { CardState, FlashcardStore } from './flashcards';

const scheduler = fsrs({ enable_fuzz: false });

/** The four answers, in button and key order (1–4). */
export const grades: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

export function toCard(state: CardState | undefined, now: number): Card {
  if (!state) return createEmptyCard(new Date(now));
  return {
    due: new Date(state.due),
    stability: state.s,
    difficulty: state.d,
    elapsed_days: state.e,
    scheduled_days: state.sd,
    learning_steps: state.ls,
    reps: state.r,
    lapses: state.l,
    state: state.st,
    ...(state.lr !== undefined ? { last_review: new Date(state.lr) } : {}),
  };
}

export function fromCard(card: Card): CardState {
  return {
    due: card.due.getTime(),
    s: card.stability,
    d: card.difficulty,
    e: card.elapsed_days,
    sd: card.scheduled_days,
    ls: card.learning_steps,
    r: card.reps,
    l: card.lapses,
    st: card.state as CardState['st'],
    ...(card.last_review ? { lr: card.last_review.getTime() } : {}),
  };
}

/** The store after reviewing one card with a grade (1 again … 4 easy) at `now`. */
export function review(store: FlashcardStore, key: string, grade: Grade, now: number): FlashcardStore {
  const { card } = scheduler.next(toCard(store.cards[key], now), new Date(now), grade);
  return { ...store, cards: { ...store.cards, [key]: fromCard(card) } };
}
