/** The components every chapter can use without importing them. */
import { createComponent } from 'astro/runtime/server/index.js';
import type { Locale } from '../i18n';
import Figure from './Figure.astro';
import KeyPoints from './KeyPoints.astro';
import Question from './Question.astro';
import SelfCheck from './SelfCheck.astro';
import Term from './Term.astro';
import Sampling from '../islands/sampling/Sampling.astro';

export const mdxComponents = { Figure, KeyPoints, Question, SelfCheck, Term, Sampling };

type AstroComponent = ((...args: never[]) => unknown) & { moduleId?: string; propagation?: unknown };

/**
 * The same components, told to render in `lang`: the bilingual reading mode renders the other
 * language's text on this page, where the URL names the page's language, not the text's.
 */
export function mdxComponentsIn(lang: Locale): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(mdxComponents).map(([name, component]) => {
      const original = component as unknown as AstroComponent & ((result: unknown, props: object, slots: unknown) => unknown);
      type Factory = Parameters<typeof createComponent>[0] & ((...args: never[]) => unknown);
      const render = ((result: unknown, props: object, slots: unknown) => original(result, { ...props, lang }, slots)) as unknown as Factory;
      const bound = createComponent(
        render,
        original.moduleId,
        original.propagation as never,
      );
      return [name, bound];
    }),
  );
}
