declare namespace App {
  interface Locals {
    /** Glossary ids already shown in this page render (the first use gets the other language too). */
    seenTerms?: Set<string>;
    /** How many term cards this page render has made, for unique ids. */
    termCards?: number;
    /** How many sampling widgets this page render has made, for unique ids. */
    samplingWidgets?: number;
    /** How often each figure has been rendered in this page render, for unique ids. */
    figureRenders?: Map<string, number>;
    /** Answer keys kept for an appendix (the booklet prints all answers at its end). */
    answerKeyAppendix?: { number: number; label: string; answers: { q: string; html: string }[] }[];
    /** Ids of the tokenizer widgets rendered so far on this page (default ids, the shared model list). */
    tokenizerIds?: Set<string>;
  }
}

declare module 'virtual:course' {
  /** The course read once by integrations/course.ts (src/lib/course-model.ts). */
  const course: import('./lib/course-model').CourseModel;
  export default course;
}
