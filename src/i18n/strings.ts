/**
 * The one system of interface strings. A language's strings are flat templates, keyed like the
 * reference pack (packs/en.ts): "Chapter {n}", "{n|hanzi}", "as of {date|date}". Placeholders
 * are filled by fill(); the few filters are language facts that a template cannot spell:
 *   |hanzi   1–10 as Chinese numerals (一 … 十), other numbers spaced: " 11 "
 *   |date    a content date ("2025-02", "2025-02-05") written in the language (Intl)
 *   |spaced  digits spaced from the characters around them (Chinese typography: 2025 年 2 月)
 * Pure: used at build time (pages, integrations) and in the browser (widgets, search).
 */
import { formatContentDate } from '../lib/dates';
import type { enStrings } from './packs/en';

export type StringKey = keyof typeof enStrings;
export type Strings = Record<StringKey, string>;

/** What code needs to know about a language beyond its strings (defaults for a course's language). */
export interface LanguageFacts {
  /** The language's own name: the language switch and reading-mode buttons. */
  label: string;
  /** Intl.Collator locale for sorting glossary names, e.g. "zh-CN-u-co-pinyin". */
  collation: string;
  /** How the other language's name follows a term on first use: 词元（token）, token (词元). */
  quotes: { open: string; close: string };
  /** Reading speed: Han characters or words per minute. */
  reading: { unit: 'han' | 'word'; perMinute: number };
  /** Open Graph locale, e.g. zh_CN. */
  ogLocale: string;
  /**
   * What this language calls other languages (by BCP 47 code) where Intl's name is not the one
   * its readers expect of a text: Chinese says 英文 of English text, Intl says 英语.
   */
  names?: Record<string, string> | undefined;
}

/** A language the generator ships: matched to a course's language by its BCP 47 `code`. */
export interface LanguagePack {
  code: string;
  facts: LanguageFacts;
  strings: Strings;
  /**
   * For a pack made by converting another script (zh-TW from zh-CN): the interface phrases its
   * conversion fixes, Simplified → wanted. A course's ui/<path>.yaml converted into this language
   * gets the same fixes (src/lib/derived-languages.ts).
   */
  uiPhrases?: Readonly<Record<string, string>>;
}

const HANZI = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const filters: Record<string, (value: string, code: string) => string> = {
  hanzi: (value) => HANZI[Number(value) - 1] ?? ` ${value} `,
  date: (value, code) => formatContentDate(value, code),
  spaced: (value) => value.replace(/(\d+)/g, ' $1 ').trim().replace(/\s+/g, ' '),
};

/** Fills "{name}" and "{name|filter|…}" from `values`; an unknown placeholder stays as written. */
export function fill(template: string, values: Record<string, string | number>, code = 'und'): string {
  return template.replace(/\{(\w+)((?:\|\w+)*)\}/g, (whole, key: string, chain: string) => {
    if (!(key in values)) return whole;
    let out = String(values[key]);
    for (const name of chain.split('|').filter(Boolean)) out = filters[name]?.(out, code) ?? out;
    return out;
  });
}

/** The placeholders a template uses, for checking a course's overrides. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)(?:\|\w+)*\}/g)].map((m) => m[1]!).sort();
}

/**
 * A language's strings as the pages use them: plain strings as they are, and templates that take
 * values as functions (t.chapterLabel(3) → "Chapter 3").
 */
export function makeUI(s: Strings, code: string) {
  const f = (key: StringKey, values: Record<string, string | number>) => fill(s[key], values, code);
  return {
    ...s,
    /** A template as written, for a client that fills it itself ("Chapter {n}"). */
    template: (key: StringKey) => s[key],
    readingKind: {
      paper: s['readingKind.paper'],
      tool: s['readingKind.tool'],
      article: s['readingKind.article'],
      video: s['readingKind.video'],
      code: s['readingKind.code'],
      dataset: s['readingKind.dataset'],
      course: s['readingKind.course'],
      site: s['readingKind.site'],
    },
    chapterLabel: (n: number | string) => f('chapterLabel', { n }),
    partLabel: (n: number) => f('partLabel', { n }),
    watchSegment: (start: string) => f('watchSegment', { start }),
    minutes: (n: number) => f('minutes', { n }),
    asOf: (date: string) => f('asOf', { date }),
    videoBy: (speaker: string) => f('videoBy', { speaker }),
    readingTime: (n: number) => f('readingTime', { n }),
    progressPart: (done: number | string, total: number | string) => f('progressPart', { done, total }),
    handoutPages: (n: number) => (n === 1 ? s.handoutPagesOne : f('handoutPages', { n })),
    scanToWatch: (start: string) => f('scanToWatch', { start }),
    otherLanguageTitle: (language: string) => f('otherLanguageTitle', { language }),
    homeIntro: (chapters: number) => f('homeIntro', { chapters }),
    homeScore: (right: number | string, total: number | string) => f('homeScore', { right, total }),
    figureLabel: (chapter: number, n: number) => f('figureLabel', { chapter, n }),
    figureReference: (figure: string) => f('figureReference', { figure }),
    fcFromTo: (from: string, to: string) => f('fcFromTo', { from, to }),
  };
}

export type UIStrings = ReturnType<typeof makeUI>;
