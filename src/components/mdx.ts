/** The components every chapter can use without importing them. */
import Figure from './Figure.astro';
import KeyPoints from './KeyPoints.astro';
import Question from './Question.astro';
import SelfCheck from './SelfCheck.astro';
import Term from './Term.astro';

export const mdxComponents = { Figure, KeyPoints, Question, SelfCheck, Term };
