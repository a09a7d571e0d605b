import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { buildApkg, buildTsv, fieldChecksum, noteGuid, noteId, sqlJs, type DeckNote, type DeckOptions } from './anki';

const notes: DeckNote[] = [
  { id: 'token', names: ['词元', 'token'], definition: 'A piece of text the model reads.', chapter: 'Chapter 3 Tokenization', url: 'https://x.org/en/tokenization/' },
  { id: 'supervised-finetuning', names: ['监督微调', 'supervised finetuning (SFT)'], definition: 'Training on <example> "conversations"\twith tabs.', chapter: 'Chapter 9', url: '/en/post-training/' },
];
const options: DeckOptions = {
  name: 'Test · Glossary',
  description: 'desc',
  key: 'test:en',
  labels: { languages: ['Chinese', 'English'], definition: 'Definition', chapter: 'Chapter' },
  cards: [
    { name: 'Chinese → English', front: 0, back: 1 },
    { name: 'English → Chinese', front: 1, back: 0 },
  ],
  time: 1738713600,
};

describe('Anki deck', () => {
  it('is a zip of collection.anki2 (schema 11) and media {}, with one note per term holding both names', async () => {
    const apkg = await buildApkg(notes, options);
    const files = unzipSync(apkg);
    expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
    expect(strFromU8(files['media']!)).toBe('{}');
    const SQL = await sqlJs();
    const db = new SQL.Database(files['collection.anki2']);
    const tables = db.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")[0]!.values.flat();
    expect(tables).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);
    const [ver, models, decks] = db.exec('SELECT ver, models, decks FROM col')[0]!.values[0]!;
    expect(ver).toBe(11);
    const model = Object.values(JSON.parse(models as string))[0] as { flds: { name: string }[]; tmpls: unknown[] };
    expect(model.flds.map((f) => f.name)).toEqual(['Chinese', 'English', 'Definition', 'Chapter']);
    expect(model.tmpls).toHaveLength(2);
    expect(Object.values(JSON.parse(decks as string)).map((d) => (d as { name: string }).name)).toContain('Test · Glossary');
    const rows = db.exec('SELECT id, guid, flds, sfld, csum FROM notes ORDER BY sfld')[0]!.values;
    expect(rows).toHaveLength(2);
    const fields = rows.map((r) => (r[2] as string).split('\x1f'));
    expect(fields.map((f) => [f[0], f[1]])).toEqual([
      ['监督微调', 'supervised finetuning (SFT)'],
      ['词元', 'token'],
    ]);
    expect(fields[0]![2]).toBe('Training on &lt;example&gt; &quot;conversations&quot;\twith tabs.');
    expect(fields[1]![3]).toBe('<a href="https://x.org/en/tokenization/">Chapter 3 Tokenization</a>');
    expect(rows.map((r) => r[0])).toEqual([noteId('test:en', 'supervised-finetuning'), noteId('test:en', 'token')]);
    expect(rows[1]![1]).toBe(noteGuid('test:en', 'token'));
    expect(rows[1]![4]).toBe(fieldChecksum('词元'));
    expect(db.exec('SELECT count(*) FROM cards')[0]!.values[0]![0]).toBe(4);
    db.close();
  });

  it('gives the same bytes and ids for the same glossary', async () => {
    expect(Buffer.from(await buildApkg(notes, options)).equals(Buffer.from(await buildApkg(notes, options)))).toBe(true);
    expect(noteId('k', 'token')).toBe(noteId('k', 'token'));
    expect(noteId('k', 'token')).not.toBe(noteId('k', 'tokens'));
    expect(Number.isSafeInteger(noteId('k', 'token'))).toBe(true);
    expect(noteGuid('k', 'token')).toMatch(/^[A-Za-z0-9]{10}$/);
  });

  it('writes TSV with a header and no stray tabs', () => {
    const tsv = buildTsv(notes, options.labels).split('\n');
    expect(tsv[0]).toBe('Chinese\tEnglish\tDefinition\tChapter');
    expect(tsv[2]!.split('\t')).toEqual(['监督微调', 'supervised finetuning (SFT)', 'Training on <example> "conversations" with tabs.', '/en/post-training/']);
    expect(tsv).toHaveLength(4);
  });

  it('has a field per language and a card type per direction, for any number of languages', async () => {
    const three: DeckOptions = {
      ...options,
      labels: { languages: ['English', 'Chinese', 'French'], definition: 'Definition', chapter: 'Chapter' },
      cards: [
        { name: 'English → French', front: 0, back: 2 },
        { name: 'French → English', front: 2, back: 0 },
        { name: 'Chinese → French', front: 1, back: 2 },
        { name: 'French → Chinese', front: 2, back: 1 },
      ],
    };
    const loop: DeckNote = { id: 'loop', names: ['loop', '循环', 'boucle'], definition: 'Going round again.', chapter: 'Chapter 1', url: '/en/basics/' };
    const SQL = await sqlJs();
    const db = new SQL.Database(unzipSync(await buildApkg([loop], three))['collection.anki2']);
    const model = Object.values(JSON.parse(db.exec('SELECT models FROM col')[0]!.values[0]![0] as string))[0] as { flds: { name: string }[]; tmpls: { name: string; qfmt: string; afmt: string }[]; req: unknown[] };
    expect(model.flds.map((f) => f.name)).toEqual(['English', 'Chinese', 'French', 'Definition', 'Chapter']);
    expect(model.tmpls.map((t) => t.name)).toEqual(three.cards.map((c) => c.name));
    expect(model.tmpls[3]!.qfmt).toBe('{{French}}');
    expect(model.tmpls[3]!.afmt).toContain('<hr id=answer>{{Chinese}}');
    expect(model.req).toEqual([[0, 'any', [0]], [1, 'any', [2]], [2, 'any', [1]], [3, 'any', [2]]]);
    expect((db.exec('SELECT flds FROM notes')[0]!.values[0]![0] as string).split('\x1f').slice(0, 3)).toEqual(['loop', '循环', 'boucle']);
    expect(db.exec('SELECT ord FROM cards ORDER BY ord')[0]!.values.flat()).toEqual([0, 1, 2, 3]);
    db.close();
    expect(buildTsv([loop], three.labels).split('\n')[0]).toBe('English\tChinese\tFrench\tDefinition\tChapter');
    await expect(buildApkg([{ ...loop, names: ['loop'] }], three)).rejects.toThrow(/a name per language/);
  });
});
