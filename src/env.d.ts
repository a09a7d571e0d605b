declare namespace App {
  interface Locals {
    /** Glossary ids already shown in this page render (the first use gets the other language too). */
    seenTerms?: Set<string>;
    /** Tokenizer widgets rendered so far on this page (their default ids, the shared model list). */
    tokenizerCount?: number;
  }
}
