/** The components every chapter can use without importing them. */
import { createComponent } from 'astro/runtime/server/index.js';
import type { Locale } from '../i18n';
import Beyond from './Beyond.astro';
import Figure from './Figure.astro';
import KeyPoints from './KeyPoints.astro';
import Question from './Question.astro';
import SelfCheck from './SelfCheck.astro';
import Term from './Term.astro';
import Choice from './questions/Choice.astro';
import Numeric from './questions/Numeric.astro';
import Option from './questions/Option.astro';
import Order from './questions/Order.astro';
import Step from './questions/Step.astro';
import Sampling from '../islands/sampling/Sampling.astro';
import Tokenizer from '../islands/tokenizer/Tokenizer.astro';

export const mdxComponents = { Beyond, Figure, KeyPoints, Question, SelfCheck, Term, Sampling, Tokenizer, Choice, Option, Numeric, Order, Step };

type AstroComponent = ((...args: never[]) => unknown) & { moduleId?: string; propagation?: unknown };

/** Props every chapter component may be given by the page that renders the chapter. */
export interface ChapterContext {
  /** The text's language, when it is not the page's (the other column of the bilingual mode). */
  lang?: Locale;
  /** The chapter's slug, when the URL does not name it (handouts, the booklet). */
  chapter?: string;
}

/**
 * The same components with `context` added to their props: the URL cannot tell them the text's
 * language on a bilingual page, nor the chapter on a handout or in the booklet.
 */
export function mdxComponentsWith(context: ChapterContext): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(mdxComponents).map(([name, component]) => {
      const original = component as unknown as AstroComponent & ((result: unknown, props: object, slots: unknown) => unknown);
      type Factory = Parameters<typeof createComponent>[0] & ((...args: never[]) => unknown);
      const render = ((result: unknown, props: object, slots: unknown) => original(result, { ...props, ...context }, slots)) as unknown as Factory;
      const bound = createComponent(
        render,
        original.moduleId,
        original.propagation as never,
      );
      return [name, bound];
    }),
  );
}
