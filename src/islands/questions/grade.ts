/**
 * What <graded-question> does on the reader's first interaction (loaded then, not with the page):
 * moves steps, grades, writes the verdict and why into the aria-live feedback, reveals every
 * option's why, and keeps the latest result in the progress store as the chapter's score.
 * Rules in src/lib/grading.ts.
 */
import { gradeChoice, gradeNumeric, gradeOrder } from '../../lib/grading';
import { PROGRESS_KEY, emptyProgress, parseProgress, setScore } from '../../lib/progress';

const all = (root: ParentNode, selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];

const say = (q: HTMLElement, text: string) => (q.querySelector('[data-feedback]')!.textContent = text);

/** Handles one event of a question: a change (single choice), a button (move, check) or Enter in a number. */
function handle(q: HTMLElement, event: Event): void {
  const target = event.target as HTMLElement;
  if (event.type === 'change') {
    if (q.dataset['kind'] === 'choice' && !('multiple' in q.dataset)) grade(q);
    return;
  }
  if (event.type === 'keydown') return grade(q);
  const button = target.closest<HTMLButtonElement>('button');
  if (button?.dataset['move']) move(q, button.closest('li')!, Number(button.dataset['move']));
  else if (button && 'check' in button.dataset) grade(q);
}

/** Moves a step by swapping its neighbour past it, so the focused button never leaves the page. */
function move(q: HTMLElement, step: Element, by: number) {
  const neighbour = by < 0 ? step.previousElementSibling : step.nextElementSibling;
  if (neighbour) (by < 0 ? step.after(neighbour) : step.before(neighbour));
  const steps = all(q, '[data-step]');
  say(q, (q.dataset['tMoved'] ?? '').replace('{n}', String(steps.indexOf(step as HTMLElement) + 1)).replace('{total}', String(steps.length)));
}

function grade(q: HTMLElement) {
  const kind = q.dataset['kind'];
  let right: boolean;
  let why = '';
  if (kind === 'choice') {
    const options = all(q, '.q-option');
    const chosen = options.flatMap((o, i) => (o.querySelector('input')!.checked ? [i] : []));
    if (!chosen.length) return;
    right = gradeChoice(chosen, options.flatMap((o, i) => (o.hasAttribute('data-correct') ? [i] : [])));
    for (const o of options) o.querySelector<HTMLElement>('.q-why')!.hidden = false;
    why = chosen.map((i) => `${options[i]!.querySelector('.q-letter')!.textContent} ${options[i]!.querySelector('.q-why')!.textContent}`).join(' ');
  } else {
    const input = q.querySelector('input');
    if (input && input.value.trim() === '') return input.focus();
    right =
      kind === 'numeric'
        ? gradeNumeric(input!.value, Number(q.dataset['answer']), Number(q.dataset['tolerance']))
        : gradeOrder(all(q, '[data-step]').map((s) => Number(s.dataset['step'])));
    why = q.querySelector('.answer')!.textContent!;
  }
  q.dataset['state'] = right ? 'correct' : 'incorrect';
  say(q, `${q.dataset[right ? 'tCorrect' : 'tIncorrect']} ${why.replace(/\s+/g, ' ').trim()}`);

  // The chapter's score: this question's position among its column's graded questions.
  const slug = document.querySelector<HTMLElement>('[data-chapter-body]')?.dataset['slug'];
  const column = q.closest('.half') ?? document;
  const questions = all(column, '[data-question]');
  if (!slug) return;
  try {
    const progress = setScore(parseProgress(localStorage.getItem(PROGRESS_KEY)) ?? emptyProgress(), slug, questions.indexOf(q), right);
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    const results = progress.scores![slug]!;
    const score = column.querySelector<HTMLElement>('[data-q-score]');
    if (score) {
      score.textContent = (score.dataset['template'] ?? '')
        .replace('{right}', String(questions.filter((_, i) => results[i] === 1).length))
        .replace('{total}', String(questions.length));
      score.hidden = false;
    }
  } catch {
    // Storage disabled: the answer is still graded, only not kept.
  }
}

// Bundled on its own as a side-effect script (Vite `?worker&url` keeps no exports): it hands its
// handler to the element that loaded it.
(globalThis as { gradedQuestion?: typeof handle }).gradedQuestion = handle;
