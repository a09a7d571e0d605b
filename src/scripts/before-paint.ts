/**
 * The one inline script: run in <head> before first paint, it marks the page as scripted
 * (`data-js`, which shows the controls marked `data-needs-js` from the first paint, so nothing
 * shifts when the page script arrives), applies the stored theme and, on chapter pages,
 * side-by-side reading if the reader chose it. Inline so that no page flashes
 * the wrong theme; a string here so that astro.config.mjs can put its hash in the Content
 * Security Policy (src/lib/csp.ts).
 */
export const beforePaint =
  "var r=document.documentElement;r.dataset.js='';try{var t=localStorage.getItem('theme');if(t=='light'||t=='dark')r.dataset.theme=t;if(r.dataset.readingMode&&localStorage.getItem('reading-mode')=='bilingual')r.dataset.readingMode='bilingual'}catch(e){}";
