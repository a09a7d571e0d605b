declare namespace App {
  interface Locals {
    /** Glossary ids already shown in this page render (the first use gets the other language too). */
    seenTerms?: Set<string>;
  }
}
