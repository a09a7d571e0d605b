/**
 * <sampling-playground>: the behaviour of Sampling.astro around its server-rendered HTML.
 * Sliders reshape the bars, the seeded generator draws tokens, and the toy model (fetched on
 * first use, shared by every widget on the page) writes one token at a time. Its strings come
 * from /<lang>/widgets.json (widget-data.ts). All maths lives in src/lib/sampling; reader text
 * only ever reaches the page as textContent.
 */
import { clampSettings, drawIndex, entropyBits, shape, type Settings } from '../../lib/sampling/distribution';
import { chartRows, displayPiece, formatNumber, formatPercent } from '../../lib/sampling/display';
import { readClientStrings } from '../../i18n/client-strings';
import { widgetData, type WidgetData } from '../widget-data';
import { fill } from '../../i18n/strings';
import { samplingClientKeys, type SamplingText } from './messages';
import { BOUNDARY, loadModel, matchPrompt, predict, type NgramModel } from '../../lib/sampling/ngram';
import { mulberry32, parseSeed } from '../../lib/sampling/prng';

/** Longest continuation the toy model writes in one go. */
const LIMIT = 100;

interface InitChart {
  pieces: string[];
  probs: number[];
  context: string;
}
interface Init {
  charts: (InitChart | null)[];
  settings: Settings;
  seed: string;
  prompt: string;
}
interface Chart {
  el: HTMLElement;
  init: InitChart | null;
  pieces: string[];
  /** Unset until the toy model has loaded, for a chart the build rendered from the model. */
  probs?: Float64Array | undefined;
  rows: number[];
  other: boolean;
  drawn: number;
  counts?: Uint32Array | undefined;
  /** The caption's badge, text and kind as built, restored on restart. */
  first: [string, string, string];
}

const models = new Map<string, Promise<NgramModel>>();
function fetchModel(url: string): Promise<NgramModel> {
  let p = models.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`${url}: ${r.status}`);
        return r.json();
      })
      .then(loadModel);
    p.catch(() => models.delete(url));
    models.set(url, p);
  }
  return p;
}

class SamplingPlayground extends HTMLElement {
  private t!: SamplingText;
  private init!: Init;
  private charts: Chart[] = [];
  private rng = Math.random;
  private model: NgramModel | undefined;
  private hist: number[] | undefined;
  private out: number[] = [];
  private done = false;
  private recent: string[] = [];
  private locale = '';

  private $<T extends Element = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }
  private input(name: string): HTMLInputElement {
    return this.$(`[name=${name}]`);
  }

  connectedCallback() {
    if (this.init) return;
    try {
      this.init = JSON.parse(this.dataset.init!) as Init;
    } catch {
      return; // A broken page keeps its static render.
    }
    // The controls stay hidden (the build-time charts stand) until the strings have come.
    void widgetData(this.dataset.src).then((data) => this.start(data));
  }

  private start(data: WidgetData) {
    this.t = readClientStrings(data.strings, samplingClientKeys);
    this.locale = this.dataset.locale || document.documentElement.lang;
    this.charts = [...this.querySelectorAll<HTMLElement>('.smp-chart')].map((el, i) => {
      const init = this.init.charts[i] ?? null;
      const text = (sel: string) => el.querySelector(sel)!.textContent ?? '';
      const first: Chart['first'] = [text('.smp-badge'), text('.smp-cap'), el.dataset.kind ?? ''];
      return { el, init, pieces: [], rows: [], other: false, drawn: -1, first };
    });
    this.addEventListener('input', (e) => this.onInput(e.target as HTMLInputElement));
    this.addEventListener('click', (e) => {
      const act = (e.target as Element).closest('button')?.dataset.act;
      if (act) void this.act(act);
    });
    this.querySelectorAll<HTMLElement>('.smp-live').forEach((el) => (el.hidden = false));
    this.reset();
  }

  private settings(): Settings {
    return clampSettings({ temperature: this.input('temperature').value, topK: this.input('topK').value, topP: this.input('topP').value });
  }

  private onInput(el: HTMLInputElement) {
    if (el.name === 'seed') return this.seed();
    if (el.name === 'prompt') {
      this.restart();
      if (this.charts.some((c) => !c.probs)) void this.needModel();
      return;
    }
    this.showSettings();
    for (const c of this.charts) this.render(c);
    if (this.charts.some((c) => !c.probs)) void this.needModel();
  }

  /** Outputs and aria-valuetext of the sliders. */
  private showSettings() {
    const s = this.settings();
    const off = this.t['sampling.off'];
    const text: Record<string, string> = {
      temperature: formatNumber(s.temperature, this.locale),
      topK: s.topK ? String(s.topK) : off,
      topP: s.topP < 1 ? formatNumber(s.topP, this.locale) : off,
    };
    for (const [name, value] of Object.entries(text)) {
      const el = this.input(name);
      el.setAttribute('aria-valuetext', value);
      (el.nextElementSibling as HTMLOutputElement).value = value;
    }
    this.$('.smp-settings-now').textContent = fill(this.t['sampling.settingsNow'], { t: text.temperature!, k: text.topK!, p: text.topP! });
  }

  private seed() {
    const text = this.input('seed').value;
    const seed = parseSeed(text);
    this.rng = mulberry32(seed);
    this.$('.smp-seedused').textContent = /^\d{1,15}$/.test(text.trim()) ? '' : fill(this.t['sampling.seedUsed'], { s: seed });
  }

  /** Back to the first state: settings, seed, draws, prompt, charts. */
  private reset() {
    const s = this.init.settings;
    this.input('temperature').value = String(s.temperature);
    this.input('topK').value = String(s.topK);
    this.input('topP').value = String(s.topP);
    this.$<HTMLTextAreaElement>('textarea').value = this.init.prompt;
    this.showSettings();
    this.seed();
    this.recent = [];
    this.$('.smp-recent').hidden = true;
    this.$('.smp-status').textContent = '';
    this.restart();
  }

  /** Clears the generated text and shows each chart's starting distribution again. */
  private restart() {
    this.hist = undefined;
    this.out = [];
    this.done = false;
    this.removeAttribute('data-counts');
    for (const c of this.charts) {
      c.drawn = -1;
      c.counts = undefined;
      c.el.hidden = false;
      [c.el.querySelector('.smp-badge')!.textContent, c.el.querySelector('.smp-cap')!.textContent, c.el.dataset.kind] = c.first;
      if (c.init) this.setDist(c, c.init.pieces, Float64Array.from(c.init.probs), c.init.context);
      else if (this.model) this.setDist(c, this.model.pieces, this.first(this.model), this.prompt());
      else c.probs = undefined;
      if (c.probs) this.render(c);
    }
    this.renderOut();
    this.$('.smp-gstatus').textContent = '';
  }

  private prompt(): string {
    return this.$<HTMLTextAreaElement>('textarea').value;
  }

  private first(m: NgramModel): Float64Array {
    return predict(m, [BOUNDARY, ...matchPrompt(m, this.prompt())]).probs;
  }

  /** Loads the toy model once; fills in the charts the build rendered from it. */
  private async needModel(): Promise<NgramModel | undefined> {
    if (this.model) return this.model;
    const status = this.$('.smp-gstatus');
    status.textContent = this.t['sampling.loading'];
    try {
      const m = (this.model = await fetchModel(this.dataset.model!));
      status.textContent = '';
      for (const c of this.charts) {
        if (c.probs) continue;
        this.setDist(c, m.pieces, this.first(m), this.prompt());
        this.render(c);
      }
      return m;
    } catch {
      status.textContent = this.t['sampling.failed'];
      return undefined;
    }
  }

  private setDist(c: Chart, pieces: string[], probs: Float64Array, context: string, drawn = -1) {
    c.pieces = pieces;
    c.probs = probs;
    c.drawn = drawn;
    c.counts = undefined;
    ({ rows: c.rows, other: c.other } = chartRows(probs));
    const tail = context.length > 60 ? `…${context.slice(-60)}` : context;
    c.el.querySelector('.smp-ctx')!.textContent = tail;
    const body = c.el.querySelector('tbody')!;
    const tpl = this.$<HTMLTemplateElement>('.smp-tpl').content.firstElementChild!;
    const rows = c.rows.map(() => tpl.cloneNode(true) as HTMLElement);
    if (c.other) rows.push(tpl.cloneNode(true) as HTMLElement);
    body.replaceChildren(...rows);
    rows.forEach((tr, r) => {
      const i = c.rows[r];
      tr.toggleAttribute('data-other', i === undefined);
      tr.querySelector('.smp-tok')!.textContent =
        i === undefined ? fill(this.t['sampling.others'], { n: pieces.length - c.rows.length }) : displayPiece(pieces[i]!, this.t['sampling.endToken']);
    });
  }

  /** Bars, numbers and marks of one chart under the current settings. */
  private render(c: Chart) {
    if (!c.probs) return;
    const s = shape(c.probs, this.settings());
    const shown = new Set(c.rows);
    const rest = { base: 0, p: 0, kept: false, n: 0 };
    if (c.other) {
      c.probs.forEach((x, i) => {
        if (shown.has(i)) return;
        rest.base += x;
        rest.p += s.probs[i]!;
        rest.kept ||= Boolean(s.kept[i]);
        rest.n += c.counts?.[i] ?? 0;
      });
    }
    c.el.querySelectorAll('tbody tr').forEach((tr, r) => {
      const i = c.rows[r];
      const row =
        i === undefined
          ? { ...rest, drawn: c.drawn >= 0 && !shown.has(c.drawn) }
          : { base: c.probs![i]!, p: s.probs[i]!, kept: Boolean(s.kept[i]), n: c.counts?.[i] ?? 0, drawn: i === c.drawn };
      const el = tr as HTMLElement;
      el.style.setProperty('--base', `${(row.base * 100).toFixed(2)}%`);
      el.style.setProperty('--p', `${(row.p * 100).toFixed(2)}%`);
      el.style.setProperty('--h', `${c.counts ? row.n : 0}%`);
      el.toggleAttribute('data-cut', !row.kept);
      el.toggleAttribute('data-drawn', row.drawn);
      el.querySelector<HTMLElement>('.smp-cutlabel')!.hidden = row.kept;
      el.querySelector('.smp-pct')!.textContent = formatPercent(row.p, this.locale);
      el.querySelector('.smp-n')!.textContent = c.counts ? String(row.n) : '';
    });
    c.el.querySelector('.smp-stats')!.textContent = fill(this.t['sampling.stats'], {
      h: formatNumber(entropyBits(s.probs), this.locale),
      k: s.keptCount,
      n: c.probs.length,
    });
  }

  private label(c: Chart, i: number): string {
    return displayPiece(c.pieces[i] ?? '', this.t['sampling.endToken']);
  }

  private async act(act: string) {
    if (act === 'reset') return this.reset();
    if (act === 'restart') return this.restart();
    if (act === 'step' || act === 'run') return this.generate(act === 'run');
    if (this.charts.some((c) => !c.probs) && !(await this.needModel())) return;
    const settings = this.settings();
    const live = this.charts.filter((c) => !c.el.hidden && c.probs);
    const times = act === 'many' ? 100 : 1;
    const said: string[] = [];
    for (const c of live) {
      const probs = shape(c.probs!, settings).probs;
      const counts = new Uint32Array(probs.length);
      for (let n = 0; n < times; n++) {
        c.drawn = drawIndex(probs, this.rng());
        counts[c.drawn]!++;
      }
      if (times > 1) {
        c.counts = counts;
        let top = 0;
        counts.forEach((x, i) => (top = x > counts[top]! ? i : top));
        said.push(fill(this.t['sampling.drewMany'], { n: times, t: this.label(c, top), c: counts[top]! }));
      } else said.push(fill(this.t['sampling.drew'], { t: this.label(c, c.drawn) }));
      this.render(c);
    }
    if (times > 1) this.setAttribute('data-counts', '');
    else {
      this.recent = [live.map((c) => this.label(c, c.drawn)).join(' / '), ...this.recent].slice(0, 10);
      this.$('.smp-draws').textContent = this.recent.join(' · ');
      this.$('.smp-recent').hidden = false;
    }
    this.$('.smp-status').textContent = said.join(this.t['sampling.sep']);
  }

  /** One step of the toy model, or (run) steps until the end marker or the limit. */
  private async generate(run: boolean) {
    const m = await this.needModel();
    if (!m) return;
    const status = this.$('.smp-gstatus');
    if (this.done) {
      status.textContent = this.endText();
      return;
    }
    this.hist ??= [BOUNDARY, ...matchPrompt(m, this.prompt())];
    const settings = this.settings();
    let last: { probs: Float64Array; context: number; drawn: number } | undefined;
    do {
      const { probs, context } = predict(m, this.hist);
      const drawn = drawIndex(shape(probs, settings).probs, this.rng());
      this.hist.push(drawn);
      this.out.push(drawn);
      last = { probs, context, drawn };
      this.done = drawn === BOUNDARY || this.out.length >= LIMIT;
    } while (run && !this.done);
    const [c, ...others] = this.charts;
    for (const o of others) o.el.hidden = true;
    this.removeAttribute('data-counts');
    this.setDist(c!, m.pieces, last.probs, this.prompt() + this.out.slice(0, -1).map((i) => m.pieces[i]).join(''), last.drawn);
    const badge = c!.el.querySelector('.smp-badge')!;
    badge.textContent = this.t['sampling.toyModel'];
    c!.el.dataset.kind = 'model';
    c!.el.querySelector('.smp-cap')!.textContent = fill(this.t['sampling.chartStep'], { n: this.out.length });
    this.render(c!);
    this.renderOut();
    const step = fill(last.context ? this.t['sampling.step'] : this.t['sampling.stepNoContext'], {
      n: this.out.length,
      c: last.context,
      t: this.label(c!, last.drawn),
    });
    status.textContent = this.done ? `${step}. ${this.endText()}` : step;
  }

  private endText(): string {
    return this.out.at(-1) === BOUNDARY ? this.t['sampling.ended'] : fill(this.t['sampling.limit'], { n: LIMIT });
  }

  /** The prompt and the generated pieces, each in its own span (never as HTML). */
  private renderOut() {
    const box = this.$('.smp-out');
    const prompt = document.createElement('span');
    prompt.className = 'smp-prompt';
    prompt.textContent = this.prompt();
    const spans = this.out.map((i) => {
      const span = document.createElement('span');
      if (i === BOUNDARY) {
        span.className = 'smp-end';
        span.textContent = ` ${this.t['sampling.endToken']}`;
      } else {
        span.className = 'smp-g';
        span.textContent = this.model?.pieces[i] ?? '';
      }
      return span;
    });
    box.replaceChildren(prompt, ...spans);
  }
}

if (!customElements.get('sampling-playground')) customElements.define('sampling-playground', SamplingPlayground);
