/**
 * What this build contains besides pages. The handout PDFs are printed after the pages are built
 * (integrations/handouts.ts), so pages must know beforehand whether they will exist: not in the
 * dev server, and not with HANDOUTS=0. Without them no page links a PDF.
 */
export const handoutPdfsBuilt: boolean = import.meta.env.PROD && process.env.HANDOUTS !== '0';
