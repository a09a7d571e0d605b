import { PDFDocument, PDFName, PDFNull, PDFNumber, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readPdf } from './pdf-read';

/** A 4-page PDF with destinations both ways: the catalog's /Dests (as Chromium writes) and a /Names tree with /Kids. */
async function samplePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const pages = [1, 2, 3, 4].map(() => doc.addPage([595, 842]));
  const ctx = doc.context;
  const dest = (i: number) => ctx.obj([pages[i]!.ref, PDFName.of('XYZ'), PDFNumber.of(6), PDFNumber.of(843), PDFNull]);
  doc.catalog.set(PDFName.of('Dests'), ctx.register(ctx.obj({ 'chapter-1': dest(1), 'chapter-2': ctx.obj({ D: dest(2) }) })));
  const leaf = ctx.register(ctx.obj({ Names: [PDFString.of('answers'), dest(3)], Limits: [PDFString.of('answers'), PDFString.of('answers')] }));
  doc.catalog.set(PDFName.of('Names'), ctx.obj({ Dests: ctx.obj({ Kids: [leaf] }) }));
  return doc.save();
}

describe('readPdf', () => {
  it('counts pages and finds each named destination with its page', async () => {
    const facts = await readPdf(await samplePdf());
    expect(facts.pages).toBe(4);
    expect(Object.fromEntries(facts.dests)).toEqual({ 'chapter-1': 2, 'chapter-2': 3, answers: 4 });
  });

  it('finds no destinations in a PDF without any', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const facts = await readPdf(await doc.save());
    expect(facts).toEqual({ pages: 1, dests: new Map() });
  });

  it('fails on what is not a PDF', async () => {
    await expect(readPdf(new TextEncoder().encode('not a pdf'))).rejects.toThrow();
  });
});
