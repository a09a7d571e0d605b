/**
 * The components every chapter can use without importing them. Each learns the language and the
 * chapter of the text it is in from remark-chapter-context.ts (props lang, chapter, figure), so
 * the same components serve a chapter page, a handout and the booklet.
 */
import Beyond from './Beyond.astro';
import KeyPoints from './KeyPoints.astro';
import Question from './Question.astro';
import SelfCheck from './SelfCheck.astro';
import Term from './Term.astro';
import Choice from './questions/Choice.astro';
import Numeric from './questions/Numeric.astro';
import Option from './questions/Option.astro';
import Order from './questions/Order.astro';
import Step from './questions/Step.astro';

export const mdxComponents = { Beyond, KeyPoints, Question, SelfCheck, Term, Choice, Option, Numeric, Order, Step };

/** The names remark-chapter-context.ts tells where they are. */
export const mdxComponentNames = Object.keys(mdxComponents);
