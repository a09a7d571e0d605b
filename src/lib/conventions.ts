/**
 * A course's writing conventions, checked with the content (content-checks.ts calls
 * checkConventions from checkCourse), each problem naming the file, the line or field, and what
 * to write instead. docs/authoring.md, "Conventions", explains them to authors.
 * Text rules a course picks per language in course.yaml (`conventions.rules`):
 *   chinese-quotes            Chinese prose quotes with “” (and ‘’ inside), never 「」 or 『』.
 *   american-spelling         English is spelled the American way (a curated list of British forms).
 *   inference-not-reasoning   推理 means inference: phrases that use it for reasoning are flagged.
 *   hallucination-noun        幻觉 is a noun: 产生幻觉 / 编造, not 会幻觉, 幻觉出.
 * Rules every course follows:
 *   - A self-closing <Term id> renders its name: the same name (or an alias) right beside it reads twice.
 *   - <Beyond asOf="YYYY-MM[-DD]" source="https://…">.
 * And `conventions.minTermsPerChapter`: the fewest distinct glossary terms a chapter links.
 * Prose only: fenced and inline code, math, URLs, JSX comments and attribute values that are code
 * are blanked out before the text rules run (blanked, not removed, so lines and columns stay).
 */
import { parseContentDate } from './dates';
import { aliasParts, type ConventionRule, type Course, type TermData } from './schemas';
import { blankFences, jsxAttribute, jsxElements, termIdsInBody } from './mdx-scan';

/** The same shape as content-checks.ts's Problem, so both lists print together. */
export interface ConventionProblem {
  level: 'error' | 'warning';
  file: string;
  field?: string | undefined;
  message: string;
}

export interface ConventionInput {
  /** Chapters that passed their schema. `bodyLine`, if known, is the file line the body starts on; lines are counted in the body otherwise. */
  chapters: { file: string; lang: string; data: unknown; body: string; bodyLine?: number | undefined }[];
  /** Valid glossary terms by id. */
  terms: Map<string, TermData & { file: string }>;
  /** The course's language paths: what a chapter folder and a localized key are called. */
  languages: readonly string[];
  /** course.yaml and the widgets' preset files, as parsed YAML: their values under a language path are prose. */
  yamlFiles: ({ file: string; data: unknown } | undefined)[];
  /** What course.yaml asks for; none when it asks for nothing. */
  conventions: Course['conventions'];
}

/** Attributes of the course's components whose values are reader-facing prose; all others are code. */
const PROSE_ATTRIBUTES = new Set(['q']);

// ---------------------------------------------------------------------------------------------
// Prose extraction

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Blanks every match of `re` in `text`, keeping newlines. */
function blankAll(text: string, re: RegExp): string {
  return text.replace(re, (m) => blank(m));
}


/** Blanks code and math: $$…$$, `…`, $…$ (a price such as "$600 … $40" is not math: "$ " never closes). */
function blankCode(text: string): string {
  let out = blankAll(text, /\$\$[\s\S]*?\$\$/g);
  out = blankAll(out, /(`+)[^`]*?\1/g);
  return blankAll(out, /(?<![\\\w$])\$(?=\S)[^$\n]*?\S\$(?!\d)/g);
}

/** Blanks the code-like parts of prose or a YAML value: code, math, URLs and Markdown link targets. */
function blankInlineCode(text: string): string {
  return blankAll(blankAll(blankCode(text), /\]\([^)\s]*\)/g), /\bhttps?:\/\/[^\s<>"'”’）)\]]+/g);
}

/**
 * A chapter body with everything but reader-facing prose blanked: fenced code, math, inline
 * code, URLs, JSX comments, and JSX tags except the values of prose attributes (q="…").
 */
export function proseOf(body: string): string {
  let out = blankFences(body);
  out = blankAll(out, /\{\/\*[\s\S]*?\*\/\}/g);
  out = blankAll(out, /<!--[\s\S]*?-->/g);
  out = blankInlineCode(out);
  // JSX/HTML tags: keep only the values of prose attributes.
  out = out.replace(/<\/?[A-Za-z][\w.]*(?:\s+[^<>]*?)?\/?>/g, (tag) => {
    const keep: [number, number][] = [];
    for (const m of tag.matchAll(/([A-Za-z][\w-]*)=("([^"]*)"|'([^']*)')/g)) {
      if (PROSE_ATTRIBUTES.has(m[1]!)) {
        const start = m.index! + m[1]!.length + 2;
        keep.push([start, start + (m[3] ?? m[4] ?? '').length]);
      }
    }
    return [...tag].map((ch, i) => (ch === '\n' || keep.some(([a, b]) => i >= a && i < b) ? ch : ' ')).join('');
  });
  return out;
}

/** The 1-based line of `index` in `text`. */
function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Every string in parsed YAML with its field path ("questions[1].q") and its keys. */
function yamlStrings(data: unknown, keys: (string | number)[] = []): { field: string; keys: (string | number)[]; value: string }[] {
  if (typeof data === 'string') {
    const field = keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${k}`)).join('');
    return [{ field, keys, value: data }];
  }
  if (Array.isArray(data)) return data.flatMap((d, i) => yamlStrings(d, [...keys, i]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => yamlStrings(v, [...keys, k]));
  return [];
}

// ---------------------------------------------------------------------------------------------
// The rules on text. Each returns the matches in one piece of prose: index and message.

interface Hit {
  index: number;
  message: string;
}

/** 1. 「」 and 『』 in Chinese prose: one problem per quotation (or per stray mark). */
export function cornerQuotes(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(/「[^「」\n]*」|『[^『』\n]*』|[「」『』]/g)) {
    const inner = m[0].startsWith('『') || m[0] === '』';
    const quoted = m[0].length > 1 ? m[0].slice(1, -1) : undefined;
    const write = quoted === undefined ? (inner ? '‘…’' : '“…”') : inner ? `‘${quoted}’` : `“${quoted}”`;
    hits.push({
      index: m.index!,
      message: `writes ${m[0]}: Chinese prose in this course quotes with “” (and ‘’ inside them), so write ${write} (docs/authoring.md)`,
    });
  }
  return hits;
}

/** British spellings and the American ones to write (lower case; the list is curated, not a rule of thumb). */
export const BRITISH_TO_AMERICAN: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  // -ise/-isation verbs. Only these stems: a general "-ise" would flag precise, exercise, revise, promise...
  const izeStems = [
    'memor', 'organ', 'recogn', 'real', 'optim', 'summar', 'token', 'general', 'normal', 'renormal', 'util', 'priorit',
    'emphas', 'character', 'minim', 'maxim', 'categor', 'special', 'standard', 'visual', 'initial', 'parameter', 'penal',
    'critic', 'apolog', 'author', 'final', 'capital', 'stabil', 'synthes', 'hypothes', 'theor', 'rational', 'central',
    'local', 'random', 'serial', 'vector', 'quant', 'regular', 'modern', 'custom', 'anonym', 'commercial', 'personal',
    'human', 'digit', 'sympath', 'symbol', 'harmon', 'jeopard', 'mobil', 'neutral', 'legit', 'epitom',
  ];
  const izeEndings: [string, string][] = [
    ['ise', 'ize'], ['ised', 'ized'], ['ises', 'izes'], ['ising', 'izing'], ['isation', 'ization'], ['isations', 'izations'],
    ['iser', 'izer'], ['isers', 'izers'], ['isable', 'izable'],
  ];
  for (const stem of izeStems) for (const [gb, us] of izeEndings) map.set(stem + gb, stem + us);
  // -our words.
  for (const stem of ['colo', 'favo', 'behavio', 'neighbo', 'hono', 'labo', 'humo', 'flavo', 'endeavo', 'rumo', 'savo', 'vigo', 'rigo', 'odo', 'vapo', 'harbo', 'armo']) {
    for (const [gb, us] of [['ur', 'r'], ['urs', 'rs'], ['ured', 'red'], ['uring', 'ring'], ['urite', 'rite'], ['urites', 'rites'], ['urable', 'rable'], ['ural', 'ral'], ['urally', 'rally']] as const) {
      map.set(stem + gb, stem + us);
    }
  }
  // Doubled l before -ed/-ing/-er.
  for (const stem of ['label', 'model', 'travel', 'cancel', 'fuel', 'signal', 'level', 'total', 'counsel', 'channel', 'tunnel', 'marshal', 'dial', 'funnel', 'shovel']) {
    map.set(`${stem}led`, `${stem}ed`);
    map.set(`${stem}ling`, `${stem}ing`);
    map.set(`${stem}ler`, `${stem}er`);
    map.set(`${stem}lers`, `${stem}ers`);
  }
  const single: Record<string, string> = {
    maths: 'math',
    analyse: 'analyze', analysed: 'analyzed', analysing: 'analyzing', analyser: 'analyzer',
    paralyse: 'paralyze', paralysed: 'paralyzed', catalyse: 'catalyze', catalysed: 'catalyzed',
    judgement: 'judgment', judgements: 'judgments', acknowledgement: 'acknowledgment',
    licence: 'license', licences: 'licenses',
    defence: 'defense', offence: 'offense', pretence: 'pretense',
    programme: 'program', programmes: 'programs',
    centre: 'center', centres: 'centers', centred: 'centered', metre: 'meter', metres: 'meters', litre: 'liter', litres: 'liters',
    fibre: 'fiber', fibres: 'fibers', theatre: 'theater', theatres: 'theaters',
    learnt: 'learned', spelt: 'spelled', dreamt: 'dreamed',
    catalogue: 'catalog', catalogues: 'catalogs', catalogued: 'cataloged',
    fulfil: 'fulfill', fulfils: 'fulfills', fulfilment: 'fulfillment', enrol: 'enroll', enrolment: 'enrollment',
    marvellous: 'marvelous', jewellery: 'jewelry',
    grey: 'gray', greys: 'grays',
    ageing: 'aging', artefact: 'artifact', artefacts: 'artifacts', sceptical: 'skeptical', sceptic: 'skeptic',
    manoeuvre: 'maneuver', encyclopaedia: 'encyclopedia', aeroplane: 'airplane',
    practise: 'practice', practised: 'practiced', practising: 'practicing',
    whilst: 'while', amongst: 'among',
    towards: 'toward',
  };
  for (const [gb, us] of Object.entries(single)) map.set(gb, us);
  // Both spellings are American too.
  map.delete('towards');
  return map;
})();

const BRITISH_PATTERN = new RegExp(`\\b(${[...BRITISH_TO_AMERICAN.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');

/** 2. British spellings in English prose. */
export function britishSpellings(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(BRITISH_PATTERN)) {
    const word = m[0];
    let us = BRITISH_TO_AMERICAN.get(word.toLowerCase())!;
    if (word === word.toUpperCase() && word.length > 1) us = us.toUpperCase();
    else if (word[0] === word[0]!.toUpperCase()) us = us[0]!.toUpperCase() + us.slice(1);
    hits.push({ index: m.index!, message: `writes "${word}": write '${us}' (American spelling, docs/authoring.md)` });
  }
  return hits;
}

/** Spans inside “…” (a quoted word is a mention, not a use). */
function quotedSpans(text: string): [number, number][] {
  return [...text.matchAll(/“[^“”\n]*”/g)].map((m) => [m.index!, m.index! + m[0].length]);
}
const inside = (spans: [number, number][], i: number) => spans.some(([a, b]) => i > a && i < b);

/**
 * 3. Phrases that use 推理 for reasoning, with what to write. 推理 alone, 推理阶段, 推理时,
 * 推理服务, 推理成本… mean inference and pass; "推理过程中" is "during inference" and passes too.
 */
export const REASONING_PHRASES: readonly { pattern: RegExp; write: string }[] = [
  { pattern: /推理能力/g, write: '思考能力、推演能力' },
  { pattern: /推理模型/g, write: '思考模型（glossary thinking-model）' },
  { pattern: /推理过程(?!中)/g, write: '思考过程、推导过程' },
  { pattern: /推理链/g, write: '思维链（glossary chain-of-thought）' },
  { pattern: /推理步骤/g, write: '推导步骤、解题步骤' },
  { pattern: /推理题/g, write: '需要多步推导的题、逻辑题' },
  { pattern: /推理任务/g, write: '需要思考的任务' },
  { pattern: /推理轨迹|推理痕迹|推理路径/g, write: '思考过程' },
  { pattern: /(?:逻辑|多步|数学|分步|常识|因果|演绎|归纳|链式|思维链)推理/g, write: '推演、推导（如“逻辑推演”“多步推导”）' },
  { pattern: /(?:会|善于|擅长|学会|能够)推理(?![阶时服成速引框])/g, write: '思考、推演' },
  { pattern: /推理出/g, write: '推导出、推断出' },
];

export function reasoningAsInference(text: string): Hit[] {
  const quoted = quotedSpans(text);
  const hits: Hit[] = [];
  for (const { pattern, write } of REASONING_PHRASES) {
    for (const m of text.matchAll(pattern)) {
      if (inside(quoted, m.index!)) continue;
      hits.push({
        index: m.index!,
        message: `writes "${m[0]}": in this course 推理 means inference, so for reasoning write ${write} (to name the industry's word, quote it: “推理模型”; docs/authoring.md)`,
      });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** 4. 幻觉 used as a verb. */
export function hallucinationAsVerb(text: string): Hit[] {
  const quoted = quotedSpans(text);
  const hits: Hit[] = [];
  const pattern = /(?:会|容易|开始|正在)幻觉|在幻觉(?=[，。；、！？,.;!?\s]|$)|幻觉出(?!现|在)|(?<!产生|出现|有了?|生出|减少|避免)幻觉了/g;
  for (const m of text.matchAll(pattern)) {
    if (inside(quoted, m.index!)) continue;
    hits.push({ index: m.index!, message: `writes "${m[0]}": 幻觉 is a noun here; write 产生幻觉 or 编造 (e.g. 会产生幻觉, 编造出; docs/authoring.md)` });
  }
  return hits;
}

/** Names a term renders or is also known by, in one language. */
function namesOf(term: TermData, lang: string): string[] {
  return [term.names[lang]!, ...(term.aliases[lang] ?? []).map(aliasParts).filter((a) => !a.avoid).map((a) => a.text)];
}

/** A character that continues a Latin word: a name ending in one must not run on into another. */
const isLatinWordChar = (ch: string | undefined) => !!ch && /[A-Za-z0-9_-]/.test(ch);
const isHan = (ch: string | undefined) => !!ch && /\p{Script=Han}/u.test(ch);

/**
 * 5. A self-closing <Term id="x" /> beside its own name: the rendered text says it twice.
 * After the tag: the name, an alias, the end of the name (基座模型 + 模型), or another
 * language's name in parentheses (the first use adds it already). Before it: the name, an alias,
 * or the start of the name (大语言 + 大语言模型). `lang` is the chapter's language path.
 */
export function doubledTerms(body: string, terms: ConventionInput['terms'], lang: string): Hit[] {
  const text = blankCode(blankFences(body));
  const hits: Hit[] = [];
  for (const el of jsxElements(body, 'Term')) {
    const id = jsxAttribute(el, 'id')?.value;
    const start = el.position!.start.offset!;
    const end = el.position!.end.offset!;
    // Only a self-closing <Term id="…" /> renders the name itself.
    if (!id || !body.slice(start, end).endsWith('/>')) continue;
    const term = terms.get(id);
    if (!term) continue;
    const name = term.names[lang]!;
    const names = namesOf(term, lang);
    const after = text.slice(end, end + 80).split('\n')[0]!;
    const before = text.slice(Math.max(0, start - 80), start).split('\n').pop()!;
    const afterTrim = after.trimStart();
    const beforeTrim = before.trimEnd();
    const fits = (piece: string, next: string | undefined, prev: string | undefined) =>
      piece.length > 0 && (isHan(piece[piece.length - 1]) || !isLatinWordChar(next)) && (isHan(piece[0]) || !isLatinWordChar(prev));
    let twice: string | undefined;
    for (const n of names) {
      if (afterTrim.toLowerCase().startsWith(n.toLowerCase()) && fits(n, afterTrim[n.length], undefined)) twice = n;
      else if (beforeTrim.toLowerCase().endsWith(n.toLowerCase()) && fits(n, undefined, beforeTrim[beforeTrim.length - n.length - 1])) twice = n;
      if (twice) break;
    }
    if (!twice) {
      // Part of the name: its last (or first) two or more characters, or whole words of it.
      const parts = name.split(/\s+/);
      const suffixes: string[] = [];
      const prefixes: string[] = [];
      if (parts.length > 1) {
        for (let i = 1; i < parts.length; i++) suffixes.push(parts.slice(i).join(' '));
        for (let i = parts.length - 1; i > 0; i--) prefixes.push(parts.slice(0, i).join(' '));
      }
      const chars = [...name];
      if (chars.every(isHan)) {
        for (let i = 1; i <= chars.length - 2; i++) suffixes.push(chars.slice(i).join(''));
        for (let i = chars.length - 1; i >= 2; i--) prefixes.push(chars.slice(0, i).join(''));
      }
      twice =
        suffixes.find((s) => afterTrim.toLowerCase().startsWith(s.toLowerCase()) && fits(s, afterTrim[s.length], undefined)) ??
        prefixes.find((p) => beforeTrim.toLowerCase().endsWith(p.toLowerCase()) && fits(p, undefined, beforeTrim[beforeTrim.length - p.length - 1]));
    }
    const other = Object.entries(term.names).find(([l, n]) => l !== lang && n !== name && new RegExp(`^[（(]\\s*${escapeRegExp(n)}\\s*[）)]`, 'i').test(afterTrim))?.[1];
    if (twice) {
      hits.push({
        index: start,
        message: `<Term id="${id}" /> renders "${name}", and "${twice}" stands right beside it, so the page reads it twice: drop the extra words, or write <Term id="${id}">…</Term> with the words you want`,
      });
    } else if (other !== undefined) {
      hits.push({
        index: start,
        message: `<Term id="${id}" /> already adds "${other}" in parentheses at its first use: remove the "(${other})" written after it`,
      });
    }
  }
  return hits;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** 7. <Beyond asOf source>: a date and an absolute http(s) URL. */
export function beyondProps(body: string): Hit[] {
  const hits: Hit[] = [];
  for (const el of jsxElements(body, 'Beyond')) {
    for (const a of el.attributes) {
      if (a.type !== 'mdxJsxAttribute' || (a.name !== 'asOf' && a.name !== 'source') || a.value === null || a.value === undefined) continue;
      const prop = a.name;
      const index = (a.position ?? el.position)!.start.offset!;
      if (typeof a.value !== 'string') {
        hits.push({ index, message: `<Beyond ${prop}={${a.value.value}}>: write ${prop} as a plain string, e.g. ${prop === 'asOf' ? 'asOf="2025-02"' : 'source="https://…"'}` });
      } else if (prop === 'asOf' && !parseContentDate(a.value)) {
        hits.push({ index, message: `<Beyond asOf="${a.value}">: write the date as "YYYY-MM" or "YYYY-MM-DD", e.g. asOf="2025-02"` });
      } else if (prop === 'source' && !isAbsoluteHttpUrl(a.value)) {
        hits.push({ index, message: `<Beyond source="${a.value}">: write the source as an absolute http(s) address, e.g. source="https://arxiv.org/abs/2501.12948"` });
      }
    }
  }
  return hits;
}

function isAbsoluteHttpUrl(value: string): boolean {
  if (!/^https?:\/\/\S+$/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// The whole course.

type TextRule = (text: string) => Hit[];
const textRules: Record<ConventionRule, TextRule> = {
  'chinese-quotes': cornerQuotes,
  'american-spelling': britishSpellings,
  'inference-not-reasoning': reasoningAsInference,
  'hallucination-noun': hallucinationAsVerb,
};
/** Rules that apply to names (of terms), not only to prose. */
const nameRules = new Set<ConventionRule>(['chinese-quotes', 'american-spelling']);

/** Every convention problem of a course (see the top of the file). */
export function checkConventions(input: ConventionInput): ConventionProblem[] {
  const problems: ConventionProblem[] = [];
  const error = (file: string, field: string | undefined, message: string) => problems.push({ level: 'error', file, field, message });
  const { rules, minTermsPerChapter } = input.conventions;
  const rulesFor = (lang: string): TextRule[] => (rules[lang] ?? []).map((id) => textRules[id]);
  const nameRulesFor = (lang: string): TextRule[] => (rules[lang] ?? []).filter((id) => nameRules.has(id)).map((id) => textRules[id]);

  for (const c of input.chapters) {
    if (!input.languages.includes(c.lang)) continue;
    const line = (text: string, index: number) => `line ${lineOf(text, index) + (c.bodyLine ? c.bodyLine - 1 : 0)}`;
    // Frontmatter: every string but addresses; reading titles are names of works, kept as written.
    for (const { field, keys, value } of yamlStrings(c.data)) {
      if (keys[0] === 'reading' && (keys[2] === 'url' || keys[2] === 'title' || keys[2] === 'kind')) continue;
      if (keys[0] === 'terms' || keys[0] === 'start' || keys[0] === 'end' || keys[keys.length - 1] === 'section') continue;
      for (const rule of rulesFor(c.lang)) for (const hit of rule(blankInlineCode(value))) error(c.file, field, hit.message);
    }
    const prose = proseOf(c.body);
    for (const rule of rulesFor(c.lang)) for (const hit of rule(prose)) error(c.file, line(prose, hit.index), hit.message);
    for (const hit of doubledTerms(c.body, input.terms, c.lang)) error(c.file, line(c.body, hit.index), hit.message);
    for (const hit of beyondProps(c.body)) error(c.file, line(c.body, hit.index), hit.message);
    const linked = [...new Set(termIdsInBody(c.body).map((t) => t.id))];
    if (linked.length < minTermsPerChapter) {
      error(
        c.file,
        undefined,
        `links ${linked.length} glossary term${linked.length === 1 ? '' : 's'} with <Term id> (${linked.join(', ') || 'none'}): link at least ${minTermsPerChapter} distinct terms where the text first uses them (docs/authoring.md)`,
      );
    }
  }

  for (const [, term] of input.terms) {
    const fields: { field: string; lang: string; value: string }[] = [];
    for (const lang of input.languages) {
      fields.push({ field: lang, lang, value: term.names[lang]! });
      (term.aliases[lang] ?? []).forEach((a, i) => {
        const { text, avoid } = aliasParts(a);
        // An avoided rendering is listed precisely because the course does not write it.
        if (!avoid) fields.push({ field: `aliases.${lang}[${i}]`, lang, value: text });
      });
      fields.push({ field: `definition.${lang}`, lang, value: term.definition[lang]! });
    }
    for (const { field, lang, value } of fields) {
      // A name or alias is a name, not prose: only the quotation-mark and spelling rules apply to it.
      const apply = field.startsWith('definition') ? rulesFor(lang) : nameRulesFor(lang);
      for (const rule of apply) for (const hit of rule(blankInlineCode(value))) error(term.file, field, hit.message);
    }
  }

  for (const source of input.yamlFiles) {
    if (!source || source.data === undefined) continue;
    for (const { field, keys, value } of yamlStrings(source.data)) {
      // The language of a value is the language path above it; tokens of a distribution are data, not prose.
      const lang = [...keys].reverse().find((k) => typeof k === 'string' && input.languages.includes(k));
      if (!lang || keys.includes('token')) continue;
      for (const rule of rulesFor(lang as string)) for (const hit of rule(blankInlineCode(value))) error(source.file, field, hit.message);
    }
  }
  return problems;
}
