/**
 * The shape of a course, in one place. Every field says what it holds; the content checks
 * (content-checks.ts) and Astro's collections (content.config.ts) both validate with these, so a
 * bad field fails the build with the file and the field named.
 */
import { z } from 'astro/zod';
import { encodingNames, modes } from './tokenizer/encodings';
import { parseTimestamp } from './timestamps';

const text = z.string().trim().min(1, 'must not be empty');

/** A video time written "h:mm:ss" (or "m:ss"). */
export const timestamp = z
  .string()
  .refine((value) => parseTimestamp(value) !== undefined, {
    message: 'must be a video time like "0:07:47" (h:mm:ss)',
  });

/** Lower-case words joined by hyphens: chapter slugs, section ids, term ids. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(idPattern, 'must be lower-case letters, digits and hyphens, e.g. "byte-pair-encoding"');

/** Text in every language of the course, keyed by the language's `path` ({ zh: …, en: … }). */
export type Localized = Record<string, string>;

/** The text rules a course can ask for in course.yaml's `conventions` (src/lib/conventions.ts). */
export const conventionRules = ['chinese-quotes', 'american-spelling', 'inference-not-reasoning', 'hallucination-noun'] as const;
export type ConventionRule = (typeof conventionRules)[number];

/** A language item of course.yaml's `languages:` list; facts not given come from the generator's pack for the code. */
export const languageItemSchema = z
  .object({
    /** BCP 47 tag for <html lang> and hreflang, e.g. zh-CN, en. */
    code: z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag, e.g. "zh-CN" or "en"'),
    /** URL segment and the key of this language in every localized field, e.g. zh, en. */
    path: z.string().regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/, 'must be lower-case letters and hyphens, e.g. "zh" or "zh-tw"'),
    /** The language's own name (language switch, reading modes). */
    label: text.optional(),
    /** Intl.Collator locale for the glossary order, e.g. "zh-CN-u-co-pinyin". */
    collation: text.optional(),
    /** Around the other language's name after a term's first use: "（" "）" or " (" ")". */
    quotes: z.object({ open: z.string(), close: z.string() }).strict().optional(),
    /** Reading speed for "n min read": Han characters or words per minute. */
    reading: z.object({ unit: z.enum(['han', 'word']), perMinute: z.number().positive() }).strict().optional(),
    /** Open Graph locale, e.g. zh_CN. */
    ogLocale: z.string().regex(/^[a-z]{2,3}_[A-Z]{2}$/, 'must look like "zh_CN"').optional(),
    /** The path of the language this one is converted from at build time (e.g. zh-TW from zh, by OpenCC). */
    from: z.string().optional(),
  })
  .strict();

export const languagesSchema = z.array(languageItemSchema).min(1, 'list at least one language');

/**
 * The schemas whose fields say one thing in every language of the course: built from the list of
 * language paths, so a missing language fails with the file and the field (title.en).
 */
export function schemasFor(paths: readonly string[]) {
  const localized = z.object(Object.fromEntries(paths.map((p) => [p, text]))).strict() as unknown as z.ZodType<Localized>;
  const perLanguage = <T extends z.ZodType>(schema: T) =>
    z.object(Object.fromEntries(paths.map((p) => [p, schema]))).strict() as unknown as z.ZodType<Record<string, z.infer<T>>>;

  const course = z
    .object({
      /** The languages, in order; the first is the primary one. */
      languages: languagesSchema,
      /** Course title and subtitle in every language. */
      title: localized,
      subtitle: localized,
      /** Who gives the lecture. */
      speaker: text,
      video: z
        .object({
          /** The YouTube video id (11 characters). */
          id: z.string().regex(/^[\w-]{11}$/, 'must be an 11-character YouTube video id'),
          /** The video's own title, as YouTube shows it (default: the course title in the primary language). */
          title: text.optional(),
          /** Total length, "h:mm:ss". */
          length: timestamp,
          /** Publication date, "YYYY-MM-DD". */
          published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like "2025-02-05"'),
        })
        .strict(),
      /** Parts of the course, each listing its chapter slugs in order. */
      parts: z
        .array(z.object({ id, title: localized, chapters: z.array(id).min(1, 'needs at least one chapter') }).strict())
        .min(1, 'needs at least one part'),
      /** How the video may be used, shown on every page footer and handout. */
      licence: localized,
      /** The house style the content check enforces (src/lib/conventions.ts); none by default. */
      conventions: z
        .object({
          /** The text rules each language's prose follows, keyed by language path, e.g. zh: [chinese-quotes]. */
          rules: z.partialRecord(z.enum(paths as [string, ...string[]]), z.array(z.enum(conventionRules))).default({}),
          /** The fewest distinct glossary terms each chapter links with <Term id>, in each language. */
          minTermsPerChapter: z.number().int().min(0).default(0),
        })
        .strict()
        .default({ rules: {}, minTermsPerChapter: 0 }),
    })
    .strict();

  /**
   * A glossary entry, <course>/glossary/<id>.yaml. Its canonical names sit at the top level under
   * each language's path (zh: 词元, en: token); the parsed entry has them as `names`.
   */
  const term = z
    .object({
      ...Object.fromEntries(paths.map((p) => [p, text])),
      /** Abbreviation, e.g. SFT, RLHF. */
      abbr: text.optional(),
      /** Other renderings readers meet, per language; `avoid: true` marks ones the course does not use. */
      aliases: z.object(Object.fromEntries(paths.map((p) => [p, z.array(alias).default([])]))).strict().optional(),
      /** One to three sentences in each language, in our own words. */
      definition: localized,
      /** Where the course first explains it. */
      introduced: z.object({ chapter: z.number().int().min(1), at: timestamp }).strict(),
      /** Related term ids. */
      seeAlso: z.array(id).default([]),
    })
    .strict()
    .transform((raw): TermData => {
      const r = raw as Record<string, unknown>;
      return {
        names: Object.fromEntries(paths.map((p) => [p, r[p] as string])),
        abbr: r['abbr'] as string | undefined,
        aliases: Object.fromEntries(paths.map((p) => [p, ((r['aliases'] as Record<string, Alias[]> | undefined)?.[p] ?? []) as Alias[]])),
        definition: r['definition'] as Localized,
        introduced: r['introduced'] as TermData['introduced'],
        seeAlso: r['seeAlso'] as string[],
      };
    });

  /** A preset of <Sampling preset="…" />, in content/widgets/sampling.yaml under its name. */
  const samplingPreset = z
    .object({
      /** A hand-made next-token distribution per language (labelled as illustrative on the page). */
      illustrative: perLanguage(illustration).optional(),
      /** What to look for, one or two sentences. */
      note: localized,
      /** Where the toy model starts writing. */
      prompt: localized,
      temperature: z.number().min(0).max(2).optional(),
      topK: z.number().int().min(1).optional(),
      topP: z.number().gt(0).max(1).optional(),
    })
    .strict();

  /** A preset of <Tokenizer preset="…" />, in content/widgets/tokenizer.yaml under its name. */
  const tokenizerPreset = z
    .object({
      /** Its label in the widget's menu of examples. */
      name: localized,
      /** The text, the same in every language (spaces count: it is not trimmed). */
      text: z.string().min(1, 'must not be empty'),
      encoding: z.enum(encodingNames),
      /** text, compare (all encodings side by side) or chat (one "role: content" line per message). */
      mode: z.enum(modes),
    })
    .strict();

  const presetName = z.string().regex(idPattern, 'preset names must be lower-case letters, digits and hyphens');
  return {
    course,
    term,
    samplingPresets: z.record(presetName, samplingPreset),
    tokenizerPresets: z.record(presetName, tokenizerPreset),
  };
}

export type Schemas = ReturnType<typeof schemasFor>;

export const readingKinds = ['paper', 'tool', 'article', 'video', 'code', 'dataset', 'course', 'site'] as const;

export const chapterSchema = z
  .object({
    /** Position in the video's chapter list, 1-based; must match the NN- of the file name. */
    number: z.number().int().min(1),
    /** Chapter title in this file's language. */
    title: text,
    /** Where the chapter's video segment starts and ends. */
    start: timestamp,
    end: timestamp,
    /** One line saying what the chapter explains. */
    summary: text,
    /** Questions a reader brings that this chapter answers; `section` is the id of the section that answers. */
    questions: z.array(z.object({ q: text, section: id.optional() }).strict()).min(1, 'list at least one reader question'),
    /** Glossary ids of the terms the chapter teaches. */
    terms: z.array(id).default([]),
    /** Papers, tools and pages the chapter points to. */
    reading: z
      .array(
        z
          .object({
            title: text,
            url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
            kind: z.enum(readingKinds),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

const alias = z.union([text, z.object({ text, avoid: z.boolean().default(false) }).strict()]);


/** One next-token candidate of an illustrative distribution. */
const candidate = z.object({ token: z.string().min(1, 'must not be empty'), p: z.number().positive('must be above 0') }).strict();

/** A hand-made distribution: what the model has read, and its likeliest next tokens. */
const illustration = z
  .object({
    /** The text the distribution follows. */
    context: text,
    /** 2–12 candidates with distinct tokens; their p sum to 1. */
    candidates: z.array(candidate).min(2, 'needs at least 2 candidates').max(12, 'takes at most 12 candidates'),
  })
  .strict()
  .superRefine((value, ctx) => {
    const tokens = value.candidates.map((c) => c.token);
    const twice = tokens.find((t, i) => tokens.indexOf(t) !== i);
    if (twice !== undefined) ctx.addIssue({ code: 'custom', path: ['candidates'], message: `lists the token ${JSON.stringify(twice)} twice` });
    const sum = value.candidates.reduce((s, c) => s + c.p, 0);
    if (Math.abs(sum - 1) > 1e-6) ctx.addIssue({ code: 'custom', path: ['candidates'], message: `p sums to ${Number(sum.toFixed(6))}, not 1` });
  });

export type Course = z.infer<Schemas['course']>;
export type TokenizerPreset = z.infer<Schemas['tokenizerPresets']>[string];
export type SamplingPreset = z.infer<Schemas['samplingPresets']>[string];
export type ChapterData = z.infer<typeof chapterSchema>;
export type Alias = z.infer<typeof alias>;
export type LanguageItem = z.infer<typeof languageItemSchema>;

/** A glossary entry as parsed: names, aliases and definition keyed by language path. */
export interface TermData {
  names: Localized;
  abbr?: string | undefined;
  aliases: Record<string, Alias[]>;
  definition: Localized;
  /** Where the course first explains it. */
  introduced: { chapter: number; at: string };
  seeAlso: string[];
}

/** An alias's text and whether the course avoids it. */
export function aliasParts(a: Alias): { text: string; avoid: boolean } {
  return typeof a === 'string' ? { text: a, avoid: false } : { text: a.text, avoid: a.avoid };
}
