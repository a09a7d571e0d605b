/**
 * <tokenizer-widget>: makes the build-time render of Tokenizer.astro live. No framework: the
 * HTML is complete without this script; this element wires its parts together: the controls
 * and the widget's state, the shared worker (worker-client.ts), the chips (chips.ts,
 * highlight.ts), the status line (notes.ts) and permalinks (link-state.ts). Its strings and the
 * model list come from /<lang>/widgets.json (widget-data.ts); until they do, the textarea stays
 * read-only and the build-time render stands. User text reaches
 * the page only through text nodes (textContent, createTextNode): never innerHTML.
 */
import { encodingsFor, hasChatTokens, isEncodingName, isMode, normalizeState, type EncodingName, type WidgetState } from '../../lib/tokenizer/encodings';
import { formatCount, formatRatio, tokensPerChar } from '../../lib/tokenizer/stats';
import type { PaneResult } from '../../lib/tokenizer/tokenize';
import { readClientStrings } from '../../i18n/client-strings';
import { widgetData, type WidgetData } from '../widget-data';
import { fill } from '../../i18n/strings';
import { drawChips, enhancePane, redrawText, type RawText } from './chips';
import { CrossHighlight } from './highlight';
import { linkAfter, readLink } from './link-state';
import { loneSurrogates, tokenizerClientKeys, tokenLabel, type TokenizerText } from './messages';
import { Notes, type NoteKey } from './notes';
import type { Reply } from './protocol';
import { listen, post, unlisten } from './worker-client';

class TokenizerWidget extends HTMLElement {
  private t!: TokenizerText;
  private locale = '';
  /** The state shown, and the one the page was built with (a permalink records only changes). */
  private state!: WidgetState;
  private initial!: WidgetState;
  /** The textarea changed since its value was last read (read once per job, not per keystroke). */
  private textStale = false;
  private input!: HTMLTextAreaElement;
  private readonly notes = new Notes();
  private readonly raw: RawText = new WeakMap();
  private highlight!: CrossHighlight;
  /** The worker job: its number, whether one is out, whether another is due, whether it failed. */
  private job = { seq: 0, inFlight: false, dirty: false, failed: false };
  private timers = { link: 0, announce: 0 };
  /** Model name → encoding, from widgets.json. */
  private readonly models = new Map<string, EncodingName>();
  private started = false;
  private live = false;
  private readonly onHashChange = () => this.live && this.restoreFromLink(false);

  connectedCallback(): void {
    listen(this.id, (reply) => this.onReply(reply));
    window.addEventListener('hashchange', this.onHashChange);
    if (this.started) return;
    this.started = true;
    void widgetData(this.dataset['src']).then((data) => {
      this.setUp(data);
      this.live = true;
      this.restoreFromLink(true);
    });
  }

  disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    unlisten(this.id);
  }

  private setUp(data: WidgetData): void {
    // data-locale is the text's BCP 47 code; the strings are the messages in it (from the packs, at build time).
    this.locale = this.dataset['locale'] || document.documentElement.lang;
    this.t = readClientStrings(data.strings, tokenizerClientKeys);
    this.listModels(data.models);
    this.input = this.el('input') as HTMLTextAreaElement;
    const encoding = this.dataset['encoding'];
    const mode = this.dataset['mode'];
    this.state = {
      text: this.input.value,
      encoding: isEncodingName(encoding) ? encoding : 'o200k_base',
      mode: isMode(mode) ? mode : 'text',
    };
    this.initial = { ...this.state };
    if (this.state.text === '') this.notes.set('empty', this.t['tokenizer.empty']);
    this.input.readOnly = false;

    const presetSelect = this.el('preset') as HTMLSelectElement;
    this.input.addEventListener('input', () => {
      this.textStale = true;
      presetSelect.value = '';
      this.request();
    });
    const encodingSelect = this.el('encoding') as HTMLSelectElement;
    encodingSelect.addEventListener('change', () => {
      if (isEncodingName(encodingSelect.value)) this.setState({ encoding: encodingSelect.value });
    });
    // 'change' comes with Enter, a pick from the list, or leaving the field.
    this.el('model').addEventListener('change', () => this.pickModel());
    // Each preset <option> carries its text, encoding and mode (from content/widgets/tokenizer.yaml, at build time).
    presetSelect.addEventListener('change', () => {
      const { text, encoding, mode } = presetSelect.selectedOptions[0]?.dataset ?? {};
      if (text !== undefined && isEncodingName(encoding) && isMode(mode)) this.setState({ text, encoding, mode });
    });
    for (const radio of this.querySelectorAll<HTMLInputElement>('[data-tk="mode"]')) {
      radio.addEventListener('change', () => {
        if (radio.checked && isMode(radio.value)) this.setState({ mode: radio.value });
      });
    }
    const ws = this.el('ws') as HTMLInputElement;
    ws.addEventListener('change', () => {
      this.toggleAttribute('data-ws', ws.checked);
      redrawText(this, ws.checked, this.raw);
    });
    const bytes = this.el('bytes') as HTMLInputElement;
    bytes.addEventListener('change', () => this.toggleAttribute('data-bytes', bytes.checked));
    this.el('link').addEventListener('click', () => void this.copyLink());

    this.highlight = new CrossHighlight(this);
    this.highlight.attach(this.el('panes'));
    for (const pane of this.panes()) enhancePane(pane, this.raw, this.label);
    // A browser that restored an edited value (despite autocomplete="off") gets it tokenized.
    if (this.input.value !== this.input.defaultValue) this.input.dispatchEvent(new Event('input'));
  }

  /** The model field's suggestions, and the names pickModel() knows. */
  private listModels(models: unknown): void {
    const list = document.createElement('datalist');
    list.id = `${this.id}-models`;
    for (const m of Array.isArray(models) ? (models as unknown[]) : []) {
      if (!Array.isArray(m) || typeof m[0] !== 'string' || !isEncodingName(m[1])) continue;
      this.models.set(m[0], m[1]);
      list.append(new Option(m[1], m[0]));
    }
    const field = this.el('model');
    field.after(list);
    field.setAttribute('list', list.id);
  }

  private el(name: string): HTMLElement {
    const el = this.querySelector<HTMLElement>(`[data-tk="${name}"]`);
    if (!el) throw new Error(name);
    return el;
  }

  private panes(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[data-pane]')];
  }

  private pane(encoding: EncodingName): HTMLElement | undefined {
    return this.panes().find((p) => p.dataset['pane'] === encoding);
  }

  // ── state ──────────────────────────────────────────────────────────────────────────────

  private setState(change: Partial<WidgetState>): void {
    const { state, notes } = normalizeState({ ...this.state, text: this.text(), ...change });
    this.state = state;
    this.note('chat', notes.includes('chat-encoding') ? this.t['tokenizer.chatEncoding'] : undefined);
    if (change.text !== undefined) this.input.value = state.text;
    this.request();
  }

  /** The current text (read from the textarea if it changed since last time). */
  private text(): string {
    if (this.textStale) {
      this.state.text = this.input.value;
      this.textStale = false;
    }
    return this.state.text;
  }

  private syncControls(): void {
    const { encoding, mode } = this.state;
    const encodingSelect = this.el('encoding') as HTMLSelectElement;
    encodingSelect.value = encoding;
    for (const option of encodingSelect.options) {
      option.disabled = mode === 'chat' && isEncodingName(option.value) && !hasChatTokens(option.value);
    }
    for (const radio of this.querySelectorAll<HTMLInputElement>('[data-tk="mode"]')) radio.checked = radio.value === mode;
    const hint = this.el('hint');
    hint.hidden = mode !== 'chat';
    if (hint.hidden) this.input.removeAttribute('aria-describedby');
    else this.input.setAttribute('aria-describedby', hint.id);
    this.dataset['encoding'] = encoding;
    this.dataset['mode'] = mode;
    for (const pane of this.panes()) {
      const name = pane.dataset['pane'];
      pane.hidden = !(mode === 'compare' || name === encoding);
      pane.classList.toggle('tk-primary', name === encoding);
      (pane.querySelector('[data-stat-row="special"]') as HTMLElement).hidden = mode !== 'chat';
    }
  }

  private pickModel(): void {
    const field = this.el('model') as HTMLInputElement;
    const name = field.value.trim().toLowerCase();
    if (!name) return this.note('model', undefined);
    const encoding = this.models.get(name);
    if (encoding) {
      this.note('model', this.say('tokenizer.modelUses', { model: name, encoding }));
      this.setState({ encoding });
    } else this.note('model', this.say('tokenizer.unknownModel', { model: field.value.trim() }));
  }

  // ── talking to the worker ──────────────────────────────────────────────────────────────

  private request(): void {
    this.syncControls();
    for (const name of encodingsFor(this.state.mode, this.state.encoding)) this.pane(name)?.setAttribute('data-stale', '');
    this.setAttribute('aria-busy', 'true');
    this.scheduleLink();
    if (this.job.inFlight) {
      this.job.dirty = true;
      return;
    }
    this.send();
  }

  private send(): void {
    this.job.dirty = false;
    const text = this.text();
    const { mode, encoding } = this.state;
    try {
      post({
        widget: this.id,
        seq: ++this.job.seq,
        text,
        mode: mode === 'chat' ? 'chat' : 'text',
        encodings: encodingsFor(mode, encoding),
        limit: Number(this.dataset['limit']) || 1000,
      });
      this.job.inFlight = true;
    } catch {
      this.job.inFlight = false;
      this.note('load', this.t['tokenizer.workerFailed']);
      this.removeAttribute('aria-busy');
    }
  }

  private onReply(reply: Reply): void {
    const job = this.job;
    if (reply.type === 'error' && reply.seq === -1) {
      // The worker itself failed (it will be started again on the next change).
      if (!job.inFlight) return;
      job.inFlight = false;
      this.note('load', this.t['tokenizer.workerFailed']);
      this.removeAttribute('aria-busy');
      return;
    }
    if (reply.seq !== job.seq) return;
    if (reply.type === 'loading') this.note('load', this.say('tokenizer.loading', { encoding: reply.encoding }));
    else if (reply.type === 'error') {
      job.failed = true;
      this.note('load', this.say('tokenizer.loadFailed', { encoding: reply.encoding }));
    } else if (reply.type === 'pane') {
      if (this.notes.get('load') === this.say('tokenizer.loading', { encoding: reply.result.encoding })) this.note('load', undefined);
      this.render(reply.result, reply.ms);
    } else {
      // The job is done: its error message stays until a job succeeds.
      if (!job.failed) this.note('load', undefined);
      job.failed = false;
      job.inFlight = false;
      if (job.dirty) this.send();
      else {
        this.removeAttribute('aria-busy');
        this.announce();
      }
    }
  }

  // ── drawing ────────────────────────────────────────────────────────────────────────────

  private readonly label = (text: string, ids: readonly number[]) => tokenLabel(this.t, text, ids, this.locale);

  private render(result: PaneResult, ms: number): void {
    const pane = this.pane(result.encoding);
    if (!pane) return;
    const fmt = (n: number) => formatCount(n, this.locale);
    const stat = (name: string, value: string) => {
      const dd = pane.querySelector(`[data-stat="${name}"]`);
      if (dd) dd.textContent = value;
    };
    stat('tokens', fmt(result.tokens));
    stat('chars', fmt(result.chars));
    stat('bytes', fmt(result.bytes));
    stat('ratio', formatRatio(tokensPerChar(result.tokens, result.chars), this.locale));
    stat('special', fmt(result.special));

    const { tokens, ids } = drawChips(result.groups, this.hasAttribute('data-ws'), this.raw);
    this.highlight.reset(pane);
    pane.querySelector('[data-tk="tokens"]')!.replaceChildren(tokens);
    pane.querySelector('[data-tk="ids"]')!.replaceChildren(ids);
    const cap = pane.querySelector<HTMLElement>('[data-tk="cap"]')!;
    cap.hidden = result.shownTokens >= result.tokens;
    cap.textContent = cap.hidden ? '' : this.say('tokenizer.truncated', { shown: fmt(result.shownTokens), total: fmt(result.tokens) });
    pane.removeAttribute('data-stale');
    pane.dataset['encodeMs'] = ms.toFixed(1);
    enhancePane(pane, this.raw, this.label, result.groups);

    if (result.encoding === this.state.encoding) {
      this.dataset['tokenCount'] = String(result.tokens);
      this.note('empty', result.chars === 0 && result.special === 0 ? this.t['tokenizer.empty'] : undefined);
      this.note('lone', result.loneSurrogates > 0 ? loneSurrogates(this.t, result.loneSurrogates, this.locale) : undefined);
    }
  }

  // ── messages ───────────────────────────────────────────────────────────────────────────

  private say(key: keyof TokenizerText, values: Record<string, string | number>): string {
    return fill(this.t[key], values, this.locale);
  }

  private note(key: NoteKey, text: string | undefined): void {
    const next = this.notes.set(key, text);
    const msg = this.el('msg');
    if (msg.textContent !== next) msg.textContent = next;
  }

  private announce(): void {
    clearTimeout(this.timers.announce);
    this.timers.announce = window.setTimeout(() => {
      const count = Number(this.dataset['tokenCount']);
      this.el('live').textContent = this.say('tokenizer.announce', { count: formatCount(count, this.locale), encoding: this.state.encoding });
    }, 600);
  }

  // ── permalinks ─────────────────────────────────────────────────────────────────────────

  private restoreFromLink(first: boolean): void {
    const link = readLink(location.hash, this.id, { ...this.state, text: this.text() });
    this.note('linkRead', link.corrupt ? this.t['tokenizer.linkCorrupt'] : undefined);
    if (!link.next) return;
    this.setState(link.next);
    if (first && link.first) this.scrollIntoView({ block: 'start' });
  }

  private scheduleLink(): void {
    clearTimeout(this.timers.link);
    this.timers.link = window.setTimeout(() => this.writeLink(), 400);
  }

  private writeLink(): void {
    clearTimeout(this.timers.link);
    const { hash, fits } = linkAfter(location.hash, this.id, { ...this.state, text: this.text() }, this.initial);
    this.note('link', fits ? undefined : this.say('tokenizer.linkTooLong', { max: formatCount(Number(this.dataset['maxLink']) || 0, this.locale) }));
    if (hash !== undefined) history.replaceState(history.state, '', hash || `${location.pathname}${location.search}`);
  }

  private async copyLink(): Promise<void> {
    this.writeLink();
    try {
      await navigator.clipboard.writeText(location.href);
      this.note('link', this.t['tokenizer.linkCopied']);
    } catch {
      this.note('link', this.t['tokenizer.linkCopyFailed']);
    }
  }
}

if (!customElements.get('tokenizer-widget')) customElements.define('tokenizer-widget', TokenizerWidget);
