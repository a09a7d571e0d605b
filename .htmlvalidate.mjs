// html-validate's recommended rules for every page in dist/ (e2e/quality.spec.ts).
// Rules turned off, and why:
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Shiki colours code with style attributes (both themes as custom properties); the CSP
    // allows style attributes only (style-src-attr), never <style> or scripts without a hash.
    'no-inline-style': 'off',
    // A chapter title carries its number, the chapter's name and the course's name in the page's
    // language; Chinese and English titles run past the rule's 70 characters.
    'long-title': 'off',
    // Search results are a listbox of rich options (chapter, section, excerpt, video time) driven
    // by the combobox in the search dialog; a native <select> cannot hold them.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
};
