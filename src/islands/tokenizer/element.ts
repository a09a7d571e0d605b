/**
 * <tokenizer-widget>: makes the build-time render of Tokenizer.astro live. No framework: the
 * HTML is complete without this script; it adds editing, the worker, cross-highlighting,
 * permalinks and messages. User text reaches the page only through text nodes (textContent,
 * createTextNode): never innerHTML.
 */
import { displayText, hexBytes, isBlank, parseHexBytes } from '../../lib/tokenizer/display';
import {
  encodingsFor,
  hasChatTokens,
  isEncodingName,
  isMode,
  normalizeState,
  type EncodingName,
  type WidgetState,
} from '../../lib/tokenizer/encodings';
import { isStateHash, linkFits, parseHash, writeHash } from '../../lib/tokenizer/permalink';
import { formatCount, formatRatio, tokensPerChar } from '../../lib/tokenizer/stats';
import type { TokenGroup } from '../../lib/tokenizer/segments';
import type { PaneResult } from '../../lib/tokenizer/tokenize';
import type { Reply, TokenizeRequest } from './protocol';
import { readClientStrings } from '../../i18n/client-strings';
import { fill } from '../../i18n/strings';
import { loneSurrogates, tokenizerClientKeys, tokenLabel, type TokenizerText } from './messages';

type Listener = (reply: Reply) => void;
const listeners = new Map<string, Listener>();
let worker: Worker | undefined;

/** One worker for all widgets of the page, started on the first edit. */
function getWorker(): Worker {
  if (!worker) {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('message', (event: MessageEvent<Reply>) => listeners.get(event.data.widget)?.(event.data));
    w.addEventListener('error', (event) => {
      event.preventDefault();
      if (worker === w) worker = undefined;
      for (const [widget, listener] of listeners) listener({ widget, seq: -1, type: 'error', encoding: 'o200k_base' });
    });
    worker = w;
  }
  return worker;
}

type NoteKey = 'chat' | 'empty' | 'lone' | 'load' | 'model' | 'link' | 'linkRead';

class TokenizerWidget extends HTMLElement {
  private t!: TokenizerText;
  private locale = '';
  private limit = 1000;
  private state!: WidgetState;
  private initial!: WidgetState;
  private input!: HTMLTextAreaElement;
  private encodingSelect!: HTMLSelectElement;
  private modelInput!: HTMLInputElement;
  private presetSelect!: HTMLSelectElement;
  private msg!: HTMLElement;
  private live!: HTMLElement;
  private seq = 0;
  private inFlight = false;
  private dirty = false;
  private notes = new Map<NoteKey, string>();
  private rawText = new WeakMap<Element, string>();
  private pinned = new Map<Element, string>();
  private lit: Element[] = [];
  private linkTimer = 0;
  private announceTimer = 0;
  private ready = false;
  private textStale = false;
  /** The job in flight met an error (its message stays until a job succeeds). */
  private failed = false;
  private readonly onHashChange = () => this.restoreFromLink(false);

  connectedCallback(): void {
    listeners.set(this.id, (reply) => this.onReply(reply));
    window.addEventListener('hashchange', this.onHashChange);
    if (this.ready) return;
    this.ready = true;
    this.setUp();
    this.restoreFromLink(true);
  }

  disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    listeners.delete(this.id);
  }

  private setUp(): void {
    // data-locale is the text's BCP 47 code; data-strings the messages in it (from the packs, at build time).
    this.locale = this.dataset['locale'] || document.documentElement.lang;
    this.t = readClientStrings(this.dataset['strings'], tokenizerClientKeys);
    this.limit = Number(this.dataset['limit']) || 1000;
    this.input = this.el('input') as HTMLTextAreaElement;
    this.encodingSelect = this.el('encoding') as HTMLSelectElement;
    this.modelInput = this.el('model') as HTMLInputElement;
    this.presetSelect = this.el('preset') as HTMLSelectElement;
    this.msg = this.el('msg');
    this.live = this.el('live');
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

    this.input.addEventListener('input', () => {
      // The value is read when it is sent, once per job, not on every keystroke of a long text.
      this.textStale = true;
      this.presetSelect.value = '';
      this.request();
    });
    this.encodingSelect.addEventListener('change', () => {
      if (isEncodingName(this.encodingSelect.value)) this.setState({ encoding: this.encodingSelect.value });
    });
    // 'change' comes with Enter, a pick from the list, or leaving the field.
    this.modelInput.addEventListener('change', () => this.pickModel());
    // Each preset <option> carries its text, encoding and mode (from content/widgets/tokenizer.yaml, at build time).
    this.presetSelect.addEventListener('change', () => {
      const { text, encoding, mode } = this.presetSelect.selectedOptions[0]?.dataset ?? {};
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
      this.redrawText();
    });
    const bytes = this.el('bytes') as HTMLInputElement;
    bytes.addEventListener('change', () => this.toggleAttribute('data-bytes', bytes.checked));
    this.el('link').addEventListener('click', () => void this.copyLink());

    const panes = this.el('panes');
    panes.addEventListener('pointerover', (event) => this.onPointer(event, true));
    panes.addEventListener('pointerout', (event) => this.onPointer(event, false));
    panes.addEventListener('click', (event) => this.onClick(event));
    panes.addEventListener('focusin', (event) => this.onFocus(event));
    panes.addEventListener('keydown', (event) => this.onKey(event));
    for (const pane of this.panes()) this.enhance(pane);
    // A browser that restored an edited value (despite autocomplete="off") gets it tokenized.
    if (this.input.value !== this.input.defaultValue) this.input.dispatchEvent(new Event('input'));
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
    this.encodingSelect.value = encoding;
    for (const option of this.encodingSelect.options) {
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
    const name = this.modelInput.value.trim().toLowerCase();
    if (!name) return this.note('model', undefined);
    const option = [...(document.getElementById('tokenizer-models') as HTMLDataListElement | null)?.options ?? []].find((o) => o.value === name);
    const encoding = option?.dataset['encoding'];
    if (isEncodingName(encoding)) {
      this.note('model', this.say('tokenizer.modelUses', { model: name, encoding }));
      this.setState({ encoding });
    } else this.note('model', this.say('tokenizer.unknownModel', { model: this.modelInput.value.trim() }));
  }

  // ── talking to the worker ──────────────────────────────────────────────────────────────

  private request(): void {
    this.syncControls();
    for (const name of encodingsFor(this.state.mode, this.state.encoding)) this.pane(name)?.setAttribute('data-stale', '');
    this.setAttribute('aria-busy', 'true');
    this.scheduleLink();
    if (this.inFlight) {
      this.dirty = true;
      return;
    }
    this.send();
  }

  private send(): void {
    this.dirty = false;
    const text = this.text();
    const { mode, encoding } = this.state;
    const job: TokenizeRequest = {
      widget: this.id,
      seq: ++this.seq,
      text,
      mode: mode === 'chat' ? 'chat' : 'text',
      encodings: encodingsFor(mode, encoding),
      limit: this.limit,
    };
    try {
      getWorker().postMessage(job);
      this.inFlight = true;
    } catch {
      this.inFlight = false;
      this.note('load', this.t['tokenizer.workerFailed']);
      this.removeAttribute('aria-busy');
    }
  }

  private onReply(reply: Reply): void {
    if (reply.type === 'error' && reply.seq === -1) {
      // The worker itself failed (it will be started again on the next change).
      if (!this.inFlight) return;
      this.inFlight = false;
      this.note('load', this.t['tokenizer.workerFailed']);
      this.removeAttribute('aria-busy');
      return;
    }
    if (reply.seq !== this.seq) return;
    if (reply.type === 'loading') this.note('load', this.say('tokenizer.loading', { encoding: reply.encoding }));
    else if (reply.type === 'error') {
      this.failed = true;
      this.note('load', this.say('tokenizer.loadFailed', { encoding: reply.encoding }));
    } else if (reply.type === 'pane') {
      if (this.notes.get('load') === this.say('tokenizer.loading', { encoding: reply.result.encoding })) this.note('load', undefined);
      this.render(reply.result, reply.ms);
    } else {
      if (!this.failed) this.note('load', undefined);
      this.failed = false;
      this.inFlight = false;
      if (this.dirty) this.send();
      else {
        this.removeAttribute('aria-busy');
        this.announce();
      }
    }
  }

  // ── drawing ────────────────────────────────────────────────────────────────────────────

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

    const ws = this.hasAttribute('data-ws');
    const tokens = document.createDocumentFragment();
    const ids = document.createDocumentFragment();
    result.groups.forEach((group, g) => {
      const span = document.createElement('span');
      span.className = `tk-t tk-c${g % 8}`;
      span.classList.toggle('tk-multi', group.ids.length > 1);
      span.classList.toggle('tk-special', group.special);
      span.classList.toggle('tk-blank', isBlank(group.text));
      span.dataset['g'] = String(g);
      span.textContent = displayText(group.text, ws);
      this.rawText.set(span, group.text);
      tokens.append(span);
      group.ids.forEach((id, k) => {
        const bytes = group.bytes[k] ?? [];
        const item = document.createElement('span');
        item.className = 'tk-id';
        item.classList.toggle('tk-part', group.partial[k] === true);
        item.classList.toggle('tk-special', group.special);
        item.dataset['g'] = String(g);
        item.dataset['b'] = hexBytes(bytes);
        item.textContent = String(id);
        ids.append(item, ' ');
      });
    });
    this.clearHighlight();
    this.pinned.delete(pane);
    pane.querySelector('[data-tk="tokens"]')!.replaceChildren(tokens);
    pane.querySelector('[data-tk="ids"]')!.replaceChildren(ids);
    const cap = pane.querySelector<HTMLElement>('[data-tk="cap"]')!;
    cap.hidden = result.shownTokens >= result.tokens;
    cap.textContent = cap.hidden ? '' : this.say('tokenizer.truncated', { shown: fmt(result.shownTokens), total: fmt(result.tokens) });
    pane.removeAttribute('data-stale');
    pane.dataset['encodeMs'] = ms.toFixed(1);
    this.enhance(pane, result.groups);

    if (result.encoding === this.state.encoding) {
      this.dataset['tokenCount'] = String(result.tokens);
      this.note('empty', result.chars === 0 && result.special === 0 ? this.t['tokenizer.empty'] : undefined);
      this.note('lone', result.loneSurrogates > 0 ? loneSurrogates(this.t, result.loneSurrogates, this.locale) : undefined);
    }
  }

  /** Redraws token text after the whitespace switch, without the encoder. */
  private redrawText(): void {
    const ws = this.hasAttribute('data-ws');
    for (const span of this.querySelectorAll('.tk-t')) {
      const text = this.rawText.get(span);
      if (text !== undefined) span.textContent = displayText(text, ws);
    }
  }

  /**
   * Listbox semantics and roving focus for the tokens and ids of a pane, and each token's
   * accessible name. Also remembers each token's raw text (the span shows control characters
   * replaced): for the build-time render it is decoded from the bytes listed with the ids.
   */
  private enhance(pane: HTMLElement, drawn?: TokenGroup[]): void {
    const groups = new Map<string, { ids: number[]; bytes: number[] }>();
    // Groups just drawn here are known (and their raw text remembered); others are read back.
    drawn?.forEach((group, g) => groups.set(String(g), { ids: group.ids, bytes: [] }));
    if (!drawn) for (const item of pane.querySelectorAll<HTMLElement>('.tk-id')) {
      const g = item.dataset['g'] ?? '';
      const group = groups.get(g) ?? { ids: [], bytes: [] };
      groups.set(g, group);
      group.ids.push(Number(item.textContent));
      group.bytes.push(...(parseHexBytes(item.dataset['b'] ?? '') ?? []));
    }
    const decoder = new TextDecoder();
    for (const [list, selector] of [
      [pane.querySelector<HTMLElement>('[data-tk="tokens"]'), '.tk-t'],
      [pane.querySelector<HTMLElement>('[data-tk="ids"]'), '.tk-id'],
    ] as const) {
      if (!list) continue;
      list.setAttribute('role', 'listbox');
      list.setAttribute('aria-orientation', 'horizontal');
      list.querySelectorAll<HTMLElement>(selector).forEach((item, i) => {
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        item.tabIndex = i === 0 ? 0 : -1;
        if (selector === '.tk-t') {
          const group = groups.get(item.dataset['g'] ?? '') ?? { ids: [], bytes: [] };
          let raw = this.rawText.get(item);
          if (raw === undefined) this.rawText.set(item, (raw = decoder.decode(Uint8Array.from(group.bytes))));
          item.setAttribute('aria-label', tokenLabel(this.t, displayText(raw, true), group.ids, this.locale));
        }
      });
    }
  }

  // ── cross-highlight: mouse, touch, keyboard ────────────────────────────────────────────

  private itemOf(event: Event): { item: HTMLElement; pane: HTMLElement } | undefined {
    const item = (event.target as Element | null)?.closest<HTMLElement>('.tk-t, .tk-id');
    const pane = item?.closest<HTMLElement>('[data-pane]');
    return item && pane && this.contains(pane) ? { item, pane } : undefined;
  }

  private highlight(pane: HTMLElement, g: string | undefined): void {
    this.clearHighlight();
    if (g === undefined) return;
    this.lit = [...pane.querySelectorAll(`[data-g="${CSS.escape(g)}"]`)];
    for (const el of this.lit) {
      el.classList.add('tk-hl');
      el.setAttribute('aria-selected', 'true');
    }
  }

  private clearHighlight(): void {
    for (const el of this.lit) {
      el.classList.remove('tk-hl');
      el.setAttribute('aria-selected', 'false');
    }
    this.lit = [];
  }

  private onPointer(event: PointerEvent, over: boolean): void {
    const hit = this.itemOf(event);
    if (!hit) return;
    if (over) this.highlight(hit.pane, hit.item.dataset['g']);
    else this.highlight(hit.pane, this.pinned.get(hit.pane));
  }

  /** A click or tap pins the highlight (a second one on the same token unpins it). */
  private onClick(event: MouseEvent): void {
    const hit = this.itemOf(event);
    if (!hit) return;
    const g = hit.item.dataset['g'] ?? '';
    if (this.pinned.get(hit.pane) === g) this.pinned.delete(hit.pane);
    else this.pinned.set(hit.pane, g);
    this.rove(hit.item);
    this.highlight(hit.pane, g);
  }

  private onFocus(event: FocusEvent): void {
    const hit = this.itemOf(event);
    if (!hit) return;
    this.rove(hit.item);
    this.highlight(hit.pane, hit.item.dataset['g']);
  }

  private rove(item: HTMLElement): void {
    const list = item.parentElement;
    if (!list) return;
    for (const el of list.querySelectorAll<HTMLElement>('[tabindex="0"]')) el.tabIndex = -1;
    item.tabIndex = 0;
  }

  private onKey(event: KeyboardEvent): void {
    const hit = this.itemOf(event);
    if (!hit) return;
    const items = [...(hit.item.parentElement?.children ?? [])].filter((el): el is HTMLElement => el instanceof HTMLElement);
    const i = items.indexOf(hit.item);
    const target =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? items[Math.min(i + 1, items.length - 1)]
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? items[Math.max(i - 1, 0)]
          : event.key === 'Home'
            ? items[0]
            : event.key === 'End'
              ? items.at(-1)
              : undefined;
    if (target) {
      event.preventDefault();
      target.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      hit.item.click();
    } else if (event.key === 'Escape') {
      this.pinned.delete(hit.pane);
      this.highlight(hit.pane, undefined);
    }
  }

  // ── messages ───────────────────────────────────────────────────────────────────────────

  private say(key: keyof TokenizerText, values: Record<string, string | number>): string {
    return fill(this.t[key], values, this.locale);
  }

  private note(key: NoteKey, text: string | undefined): void {
    if (text === undefined) this.notes.delete(key);
    else this.notes.set(key, text);
    const next = [...this.notes.values()].join(' ');
    if (this.msg.textContent !== next) this.msg.textContent = next;
  }

  private announce(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => {
      const count = Number(this.dataset['tokenCount']);
      this.live.textContent = this.say('tokenizer.announce', { count: formatCount(count, this.locale), encoding: this.state.encoding });
    }, 600);
  }

  // ── permalinks ─────────────────────────────────────────────────────────────────────────

  private restoreFromLink(first: boolean): void {
    const { states, problems } = parseHash(location.hash);
    const linked = states.get(this.id);
    this.note('linkRead', problems.has(this.id) ? this.t['tokenizer.linkCorrupt'] : undefined);
    if (!linked) return;
    const next = { ...this.state, text: this.text(), ...linked };
    if (next.text === this.state.text && next.encoding === this.state.encoding && next.mode === this.state.mode) return;
    this.setState(next);
    if (first && states.keys().next().value === this.id) this.scrollIntoView({ block: 'start' });
  }

  private scheduleLink(): void {
    clearTimeout(this.linkTimer);
    this.linkTimer = window.setTimeout(() => this.writeLink(), 400);
  }

  private writeLink(): void {
    clearTimeout(this.linkTimer);
    const { initial } = this;
    const state = { ...this.state, text: this.text() };
    const fits = linkFits(state.text);
    this.note('link', fits ? undefined : this.say('tokenizer.linkTooLong', { max: formatCount(Number(this.dataset['maxLink']) || 0, this.locale) }));
    const same = state.text === initial.text && state.encoding === initial.encoding && state.mode === initial.mode;
    const keep = !same && fits ? state : undefined;
    if (!keep && !isStateHash(location.hash)) return;
    const hash = writeHash(location.hash, this.id, keep);
    if (hash === location.hash) return;
    history.replaceState(history.state, '', hash || `${location.pathname}${location.search}`);
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
