/**
 * <flash-cards>: reviews the glossary as cards around the server-rendered page. Picks the set
 * (direction, part), shows the first due card, reveals the answer (button or Space), and
 * schedules the card with FSRS from the grade (buttons or keys 1–4). The state is kept in
 * localStorage (src/lib/flashcards.ts); data-due always says how many cards of the set are due now.
 * Reader-facing text only ever reaches the page as textContent.
 */
import { FLASHCARDS_KEY, cardKey, dueCards, emptyStore, keepKnownCards, parseStore, type Direction, type FlashcardStore } from '../../lib/flashcards';
import { grades, review } from '../../lib/flashcards-fsrs';

interface CardData {
  id: string;
  /** The term's name per language, in the order of PageData.langs. */
  names: string[];
  def: string;
  part: number;
  chapter: string;
  url: string;
}
interface PageData {
  cards: CardData[];
  /** The course's languages: [path, BCP 47 code], in its order. */
  langs: [string, string][];
  /** The page's language path. */
  lang: string;
  directions: Direction[];
}

class FlashCards extends HTMLElement {
  private data!: PageData;
  private current: string | undefined;

  connectedCallback() {
    const json = this.querySelector('[data-fc-cards]')?.textContent;
    if (!json) return;
    try {
      this.data = JSON.parse(json) as PageData;
    } catch {
      return; // A broken page keeps its list of cards.
    }
    this.addEventListener('change', () => this.next());
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button');
      if (!button) return;
      if ('fcShow' in button.dataset) this.show();
      else if (button.dataset['grade']) this.grade(Number(button.dataset['grade']));
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      if (event.altKey || event.ctrlKey || event.metaKey || target.closest('select, textarea, input:not([type=radio]), dialog') || !this.current) return;
      if (event.key === ' ' && this.$('[data-fc-back]').textContent === '') {
        event.preventDefault();
        this.show();
      } else if (/^[1-4]$/.test(event.key) && this.$('[data-fc-back]').textContent !== '') {
        event.preventDefault();
        this.grade(Number(event.key));
      }
    });
    // A card that was reviewed "again" comes back after a minute or so: look again now and then.
    setInterval(() => {
      if (this.count().length && !this.current) this.next();
    }, 30_000);
    this.next();
  }

  private $(selector: string): HTMLElement {
    return this.querySelector<HTMLElement>(selector)!;
  }

  private load(): FlashcardStore {
    try {
      return keepKnownCards(parseStore(localStorage.getItem(FLASHCARDS_KEY)) ?? emptyStore(), this.data.cards.map((c) => c.id));
    } catch {
      return emptyStore();
    }
  }

  /** The chosen set's card keys, in the course's order. */
  private keys(): string[] {
    const direction = this.querySelector<HTMLInputElement>('input[name=fc-direction]:checked')?.value ?? this.data.directions[0]?.id ?? '';
    const part = this.querySelector<HTMLSelectElement>('[data-fc-part]')!.value;
    return this.data.cards.filter((c) => part === '' || c.part === Number(part)).map((c) => cardKey(c.id, direction));
  }

  /** A card's key split back: its card and its direction (undefined for a key of no known card). */
  private parts(key: string): { card: CardData; direction: Direction } | undefined {
    const at = key.lastIndexOf(':');
    const card = this.data.cards.find((c) => c.id === key.slice(0, at));
    const direction = this.data.directions.find((d) => d.id === key.slice(at + 1));
    return card && direction ? { card, direction } : undefined;
  }

  /** A term's name in one language as a text with its language: [name, BCP 47 code]. */
  private name(card: CardData, path: string): [string, string] {
    const i = this.data.langs.findIndex(([p]) => p === path);
    return [card.names[i] ?? '', this.data.langs[i]?.[1] ?? ''];
  }

  /** Updates data-due and the status line; returns the due keys. */
  private count(): string[] {
    const due = dueCards(this.load(), this.keys(), Date.now());
    this.dataset['due'] = String(due.length);
    const status = this.$('[data-fc-status]');
    status.textContent = (status.dataset['template'] ?? '{n}').replace('{n}', String(due.length));
    return due;
  }

  /** Shows the first due card of the set, front only. */
  private next() {
    this.current = undefined;
    const due = this.count();
    const key = due[0];
    this.$('[data-fc-card]').hidden = !key;
    this.$('[data-fc-empty]').hidden = !!key;
    this.$('[data-fc-back]').textContent = '';
    this.$('[data-fc-grades]').hidden = true;
    this.$('[data-fc-show]').hidden = false;
    const found = key && this.parts(key);
    if (!found) return;
    this.current = key;
    const { card, direction } = found;
    const front = this.$('[data-fc-front]');
    [front.textContent, front.lang] = this.name(card, direction.kind === 'names' ? direction.from : this.data.lang);
  }

  private show() {
    const found = this.current && this.parts(this.current);
    if (!found) return;
    const { card, direction } = found;
    const back = this.$('[data-fc-back]');
    const answer = document.createElement('p');
    answer.className = 'fc-answer';
    // Name → name: the asked name. Term → definition: the term's names in the other languages.
    const paths = direction.kind === 'names' ? [direction.to] : this.data.langs.map(([p]) => p).filter((p) => p !== this.data.lang);
    paths.forEach((path, i) => {
      const span = document.createElement('span');
      [span.textContent, span.lang] = this.name(card, path);
      answer.append(...(i > 0 ? [' · ', span] : [span]));
    });
    const definition = document.createElement('p');
    definition.textContent = card.def;
    const chapter = document.createElement('a');
    chapter.href = card.url;
    chapter.textContent = card.chapter;
    const where = document.createElement('p');
    where.className = 'meta';
    where.append(chapter);
    back.replaceChildren(...(direction.kind === 'definition' ? [definition, ...(paths.length ? [answer] : []), where] : [answer, definition, where]));
    this.$('[data-fc-show]').hidden = true;
    this.$('[data-fc-grades]').hidden = false;
    this.querySelector<HTMLButtonElement>('[data-grade="3"]')!.focus();
  }

  private grade(grade: number) {
    if (!this.current || this.$('[data-fc-back]').textContent === '') return;
    try {
      localStorage.setItem(FLASHCARDS_KEY, JSON.stringify(review(this.load(), this.current, grades[grade - 1]!, Date.now())));
    } catch {
      // Storage full or disabled: the review still moves on.
    }
    this.next();
    if (this.current) this.$('[data-fc-show]').focus();
  }
}

customElements.define('flash-cards', FlashCards);
