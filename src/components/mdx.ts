/** The components every chapter can use without importing them. */
import KeyPoints from './KeyPoints.astro';
import Question from './Question.astro';
import SelfCheck from './SelfCheck.astro';
import Term from './Term.astro';
import Tokenizer from '../islands/tokenizer/Tokenizer.astro';

export const mdxComponents = { KeyPoints, Question, SelfCheck, Term, Tokenizer };
