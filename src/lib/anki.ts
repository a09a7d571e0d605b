/**
 * The glossary as an Anki deck (.apkg) and as plain TSV, built at build time (Node only).
 *
 * An .apkg is a zip holding `collection.anki2`, an SQLite database in Anki's legacy schema 11
 * (tables col, notes, cards, revlog, graves), and `media`, a JSON map of media files (`{}`).
 * The database is written with sql.js (SQLite compiled to WASM: no native binary to match the
 * Node version), the zip with fflate. Everything derives from the glossary and fixed times, so
 * the same glossary gives the same bytes; note ids and guids derive from the term id, so a
 * re-imported deck updates its notes instead of duplicating them.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import initSqlJs from 'sql.js';

export interface DeckNote {
  /** The glossary id: the note's identity across builds. */
  id: string;
  /** The term's name in each language of the course, in its order (as written on the cards). */
  names: string[];
  definition: string;
  /** Title of the chapter that introduces the term, and its address. */
  chapter: string;
  url: string;
}

export interface DeckOptions {
  /** Deck name as Anki shows it, e.g. "Deep Dive into LLMs · Glossary (English)". */
  name: string;
  description: string;
  /** A key for the deck and note type ids (e.g. "llm-deep-dive:en"): the same key keeps the same ids. */
  key: string;
  /** Field names in the deck's language: one per language (as `names`), the definition, the chapter. */
  labels: { languages: string[]; definition: string; chapter: string };
  /** The card types: each asks for the name at `back` from the name at `front` (indices into `names`). */
  cards: { name: string; front: number; back: number }[];
  /** Seconds since epoch stored as creation and modification time (fixed, for reproducible files). */
  time: number;
}

const sha1 = (text: string) => createHash('sha1').update(text).digest();
/** A positive id below 2^53 from a text: stable across builds. */
const stableId = (text: string) => Number(sha1(text).readBigUInt64BE(0) % 9_000_000_000_000n) + 1_000_000_000_000;
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The guid Anki matches notes by on import: 10 characters from the deck key and term id. */
export function noteGuid(key: string, termId: string): string {
  return sha1(`${key}:${termId}`).toString('base64').replace(/[+/=]/g, '').slice(0, 10);
}

export function noteId(key: string, termId: string): number {
  return stableId(`note:${key}:${termId}`);
}

/** The note's fields in order: a name per language, Definition, Chapter (a link). */
export function noteFields(note: DeckNote): string[] {
  return [
    ...note.names.map(escapeHtml),
    escapeHtml(note.definition),
    `<a href="${escapeHtml(note.url)}">${escapeHtml(note.chapter)}</a>`,
  ];
}

/** Anki's checksum of a note's first field: the first 8 hex digits of its SHA-1, as a number. */
export function fieldChecksum(field: string): number {
  return parseInt(sha1(field.replace(/<[^>]*>/g, '')).toString('hex').slice(0, 8), 16);
}

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

const CSS = `.card { font-family: system-ui, "Noto Sans CJK SC", sans-serif; font-size: 22px; text-align: center; color: black; background: white; }
.definition { font-size: 18px; text-align: left; margin-top: 1em; }
.chapter { font-size: 15px; margin-top: 1em; }`;

let sql: Promise<initSqlJs.SqlJsStatic> | undefined;
/** sql.js with its WASM read from node_modules (resolved from the project, wherever the build bundles this file). */
export function sqlJs(): Promise<initSqlJs.SqlJsStatic> {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const wasm = fs.readFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'));
  return (sql ??= initSqlJs({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer }));
}

/** The deck's SQLite collection (collection.anki2) as bytes. */
export async function buildCollection(notes: readonly DeckNote[], options: DeckOptions): Promise<Uint8Array> {
  const SQL = await sqlJs();
  const db = new SQL.Database();
  const { time, labels } = options;
  const deckId = stableId(`deck:${options.key}`);
  const modelId = stableId(`model:${options.key}`);
  const fieldNames = [...labels.languages, labels.definition, labels.chapter];
  if (notes.some((n) => n.names.length !== labels.languages.length)) throw new Error('Anki deck: every note needs a name per language field');
  const back = (front: string, other: string) =>
    `{{FrontSide}}<hr id=answer>{{${other}}}<div class="definition">{{${labels.definition}}}</div><div class="chapter">{{${labels.chapter}}}</div>`.replace('{{FrontSide}}', `{{${front}}}`);
  const model = {
    id: modelId,
    name: `${options.name}`,
    type: 0,
    mod: time,
    usn: -1,
    sortf: 0,
    did: deckId,
    tags: [],
    vers: [],
    css: CSS,
    latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    flds: fieldNames.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
    tmpls: options.cards.map((c, ord) => {
      const [front, other] = [labels.languages[c.front]!, labels.languages[c.back]!];
      return { name: c.name, ord, qfmt: `{{${front}}}`, afmt: back(front, other), did: null, bqfmt: '', bafmt: '' };
    }),
    req: options.cards.map((c, ord) => [ord, 'any', [c.front]]),
  };
  const deck = (id: number, name: string, description: string) => ({
    id, name, desc: description, mod: time, usn: -1, dyn: 0, collapsed: false, conf: 1, extendNew: 10, extendRev: 50,
    newToday: [0, 0], revToday: [0, 0], lrnToday: [0, 0], timeToday: [0, 0],
  });
  const dconf = {
    1: {
      id: 1, name: 'Default', mod: 0, usn: 0, maxTaken: 60, autoplay: true, timer: 0, replayq: true, dyn: false,
      new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
      lapse: { delays: [10], leechAction: 0, leechFails: 8, minInt: 1, mult: 0 },
      rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200 },
    },
  };
  const conf = {
    activeDecks: [1], curDeck: deckId, newSpread: 0, collapseTime: 1200, timeLim: 0, estTimes: true, dueCounts: true,
    curModel: String(modelId), nextPos: notes.length + 1, sortType: 'noteFld', sortBackwards: false, addToCur: true,
  };
  db.run(SCHEMA);
  db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
    time,
    time * 1000,
    time * 1000,
    JSON.stringify(conf),
    JSON.stringify({ [modelId]: model }),
    JSON.stringify({ 1: deck(1, 'Default', ''), [deckId]: deck(deckId, options.name, options.description) }),
    JSON.stringify(dconf),
    '{}',
  ]);
  const seen = new Set<number>();
  notes.forEach((note, position) => {
    const nid = noteId(options.key, note.id);
    if (seen.has(nid)) throw new Error(`Anki deck: two terms share the note id of "${note.id}"`);
    seen.add(nid);
    const fields = noteFields(note);
    db.run('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)', [
      nid, noteGuid(options.key, note.id), modelId, time, ' glossary ', fields.join('\x1f'), note.names[0] ?? '', fieldChecksum(fields[0]!), '',
    ]);
    for (const ord of options.cards.keys()) {
      // New cards (type 0, queue 0), due in glossary order.
      db.run('INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)', [nid + ord, nid, deckId, ord, time, position + 1, '']);
    }
  });
  const bytes = db.export();
  db.close();
  return bytes;
}

/** The .apkg: a zip of collection.anki2 and media ("{}"), with a fixed time so the bytes are reproducible. */
export async function buildApkg(notes: readonly DeckNote[], options: DeckOptions): Promise<Uint8Array> {
  const collection = await buildCollection(notes, options);
  const mtime = new Date(options.time * 1000);
  return zipSync({ 'collection.anki2': [collection, { mtime }], media: [strToU8('{}'), { mtime }] }, { level: 9 });
}

/** The same notes as tab-separated text with a header row (tabs and line breaks in a field become spaces). */
export function buildTsv(notes: readonly DeckNote[], labels: DeckOptions['labels']): string {
  const clean = (text: string) => text.replace(/[\t\r\n]+/g, ' ').trim();
  const rows = notes.map((n) => [...n.names, n.definition, n.url].map(clean).join('\t'));
  return `${[...labels.languages, labels.definition, labels.chapter].join('\t')}\n${rows.join('\n')}\n`;
}
