declare namespace App {
  interface Locals {
    /** Glossary ids already shown in this page render (the first use gets the other language too). */
    seenTerms?: Set<string>;
    /** Ids of the tokenizer widgets rendered so far on this page (default ids, the shared model list). */
    tokenizerIds?: Set<string>;
  }
}
