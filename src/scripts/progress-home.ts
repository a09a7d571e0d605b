/**
 * Home page: "continue where you left off", progress per part, and export, import and reset of
 * the progress kept in this browser (see src/lib/progress.ts).
 */
import { PROGRESS_KEY, emptyProgress, parseProgress, type Progress } from '../lib/progress';
import { chapterScore, keepKnown, partProgress } from '../lib/progress-summary';
import { FLASHCARDS_KEY, parseStore, readStore } from '../lib/flashcards';

interface CourseInfo {
  /** The page's language path. */
  lang: string;
  parts: string[][];
  chapters: Record<string, { title: string; href: string; graded: number }>;
  strings: { part: string; score: string; resetConfirm: string; importFailed: string; importDone: string };
}

const box = document.querySelector<HTMLElement>('[data-progress]');
const info = box?.querySelector('[data-progress-course]')?.textContent;

if (box && info) {
  const course = JSON.parse(info) as CourseInfo;
  const slugs = Object.keys(course.chapters);
  const status = box.querySelector<HTMLElement>('[data-progress-status]')!;

  const load = (): Progress => {
    try {
      return keepKnown(parseProgress(localStorage.getItem(PROGRESS_KEY)) ?? emptyProgress(), slugs);
    } catch {
      return emptyProgress();
    }
  };
  const save = (progress: Progress) => {
    try {
      localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    } catch {
      // Storage disabled: nothing to keep.
    }
  };

  const render = () => {
    const progress = load();
    partProgress(progress, course.parts).forEach(({ done, total }, i) => {
      const el = box.querySelector<HTMLElement>(`[data-part-progress="${i}"]`);
      if (el) el.textContent = course.strings.part.replace('999001', String(done)).replace('999002', String(total));
    });
    for (const [slug, chapter] of Object.entries(course.chapters)) {
      const el = document.querySelector<HTMLElement>(`[data-chapter-score="${slug}"]`);
      const score = chapterScore(progress, slug, chapter.graded);
      if (!el) continue;
      el.hidden = !score;
      el.textContent = score ? course.strings.score.replace('999001', String(score.right)).replace('999002', String(score.total)) : '';
    }
    const last = progress.last;
    const target = last ? course.chapters[last.slug] : undefined;
    const cont = box.querySelector<HTMLElement>('[data-continue]')!;
    cont.hidden = !target;
    if (last && target) {
      const link = box.querySelector<HTMLAnchorElement>('[data-continue-link]')!;
      link.href = target.href + (last.section ? `#${last.section}` : '');
      box.querySelector<HTMLElement>('[data-continue-title]')!.textContent = target.title;
    }
  };

  // The flashcards' schedule (its own storage key) travels in the same file, as "flashcards".
  const loadCards = () => {
    try {
      return parseStore(localStorage.getItem(FLASHCARDS_KEY));
    } catch {
      return undefined;
    }
  };

  box.querySelector('[data-export]')?.addEventListener('click', () => {
    const cards = loadCards();
    const blob = new Blob([JSON.stringify({ ...load(), ...(cards ? { flashcards: cards } : {}) }, null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'course-progress.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  });

  box.querySelector<HTMLInputElement>('[data-import]')?.addEventListener('change', async (event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = file.size <= 1_000_000 ? await file.text() : '';
    const imported = parseProgress(text);
    if (!imported) {
      status.textContent = course.strings.importFailed;
      return;
    }
    save(keepKnown(imported, slugs));
    const cards = readStore((JSON.parse(text) as { flashcards?: unknown }).flashcards);
    try {
      if (cards) localStorage.setItem(FLASHCARDS_KEY, JSON.stringify(cards));
    } catch {
      // Storage full or disabled.
    }
    status.textContent = course.strings.importDone;
    render();
  });

  box.querySelector('[data-reset]')?.addEventListener('click', () => {
    if (!window.confirm(course.strings.resetConfirm)) return;
    try {
      localStorage.removeItem(PROGRESS_KEY);
      localStorage.removeItem(FLASHCARDS_KEY);
    } catch {
      // Nothing stored.
    }
    status.textContent = '';
    render();
  });

  render();
}
