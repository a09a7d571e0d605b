/** The keys that open search: "/" when not typing in a field, and Ctrl+K or ⌘K anywhere. */
export function isShortcut(event: KeyboardEvent): boolean {
  if (event.altKey || event.shiftKey) return false;
  if (event.ctrlKey || event.metaKey) return event.key === 'k' || event.key === 'K';
  const target = event.target as HTMLElement | null;
  return event.key === '/' && !target?.closest?.('input,textarea,select,[contenteditable]');
}
