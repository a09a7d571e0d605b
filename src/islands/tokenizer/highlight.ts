/**
 * Cross-highlighting in the result panes: a token and its ids light up together on hover, focus,
 * a click or tap (which pins it until a second one or Escape), and the arrow keys, Home and End
 * move between chips (one tab stop per list).
 */
import { keyTarget } from './chips';

export class CrossHighlight {
  private lit: Element[] = [];
  private readonly pinned = new Map<Element, string>();

  constructor(private readonly root: HTMLElement) {}

  /** Listens on the element that holds the panes. */
  attach(panes: HTMLElement): void {
    panes.addEventListener('pointerover', (event) => this.onPointer(event, true));
    panes.addEventListener('pointerout', (event) => this.onPointer(event, false));
    panes.addEventListener('click', (event) => this.onClick(event));
    panes.addEventListener('focusin', (event) => this.onFocus(event));
    panes.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** A pane was redrawn: its old highlight and pin are gone. */
  reset(pane: Element): void {
    this.clear();
    this.pinned.delete(pane);
  }

  private itemOf(event: Event): { item: HTMLElement; pane: HTMLElement } | undefined {
    const item = (event.target as Element | null)?.closest<HTMLElement>('.tk-t, .tk-id');
    const pane = item?.closest<HTMLElement>('[data-pane]');
    return item && pane && this.root.contains(pane) ? { item, pane } : undefined;
  }

  private show(pane: HTMLElement, g: string | undefined): void {
    this.clear();
    if (g === undefined) return;
    this.lit = [...pane.querySelectorAll(`[data-g="${CSS.escape(g)}"]`)];
    for (const el of this.lit) {
      el.classList.add('tk-hl');
      el.setAttribute('aria-selected', 'true');
    }
  }

  private clear(): void {
    for (const el of this.lit) {
      el.classList.remove('tk-hl');
      el.setAttribute('aria-selected', 'false');
    }
    this.lit = [];
  }

  private onPointer(event: PointerEvent, over: boolean): void {
    const hit = this.itemOf(event);
    if (!hit) return;
    this.show(hit.pane, over ? hit.item.dataset['g'] : this.pinned.get(hit.pane));
  }

  private onClick(event: MouseEvent): void {
    const hit = this.itemOf(event);
    if (!hit) return;
    const g = hit.item.dataset['g'] ?? '';
    if (this.pinned.get(hit.pane) === g) this.pinned.delete(hit.pane);
    else this.pinned.set(hit.pane, g);
    rove(hit.item);
    this.show(hit.pane, g);
  }

  private onFocus(event: FocusEvent): void {
    const hit = this.itemOf(event);
    if (!hit) return;
    rove(hit.item);
    this.show(hit.pane, hit.item.dataset['g']);
  }

  private onKey(event: KeyboardEvent): void {
    const hit = this.itemOf(event);
    if (!hit) return;
    const items = [...(hit.item.parentElement?.children ?? [])].filter((el): el is HTMLElement => el instanceof HTMLElement);
    const target = keyTarget(event.key, items.indexOf(hit.item), items.length);
    if (target !== undefined) {
      event.preventDefault();
      items[target]!.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      hit.item.click();
    } else if (event.key === 'Escape') {
      this.pinned.delete(hit.pane);
      this.show(hit.pane, undefined);
    }
  }
}

/** Moves the list's one tab stop to `item`. */
function rove(item: HTMLElement): void {
  const list = item.parentElement;
  if (!list) return;
  for (const el of list.querySelectorAll<HTMLElement>('[tabindex="0"]')) el.tabIndex = -1;
  item.tabIndex = 0;
}
