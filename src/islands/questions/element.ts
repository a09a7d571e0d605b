/**
 * <graded-question>: the behaviour of a server-rendered <Choice>, <Numeric> or <Order>
 * (src/components/questions/). This part loads with the page and only listens; the first time
 * the reader answers or moves a step, ./grade.ts loads and handles it (see there). Contract:
 * the element carries data-question, and data-state="correct|incorrect" once answered.
 */
type Handler = (question: HTMLElement, event: Event) => void;
/**
 * The grading code, bundled on its own (Vite `?worker&url`, its URL in data-src): no page loads it
 * until it is needed; once run it leaves its handler in globalThis.gradedQuestion.
 */
let code: Promise<unknown> | undefined;

class GradedQuestion extends HTMLElement {
  connectedCallback() {
    const pass = (event: Event) => {
      if (event.type === 'keydown') {
        if ((event as KeyboardEvent).key !== 'Enter' || (event.target as HTMLInputElement).type !== 'number') return;
        event.preventDefault();
      }
      void (code ??= import(/* @vite-ignore */ this.dataset['src']!)).then(() => (globalThis as { gradedQuestion?: Handler }).gradedQuestion?.(this, event));
    };
    for (const type of ['change', 'click', 'keydown']) this.addEventListener(type, pass);
  }
}

customElements.define('graded-question', GradedQuestion);
