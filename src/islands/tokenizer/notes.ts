/** The widget's status line: one message per kind of note, shown together in a fixed order of arrival. */
export type NoteKey = 'chat' | 'empty' | 'lone' | 'load' | 'model' | 'link' | 'linkRead';

export class Notes {
  private readonly notes = new Map<NoteKey, string>();

  /** Sets (or, with undefined, clears) one note; returns the whole line. */
  set(key: NoteKey, text: string | undefined): string {
    if (text === undefined) this.notes.delete(key);
    else this.notes.set(key, text);
    return this.text();
  }

  get(key: NoteKey): string | undefined {
    return this.notes.get(key);
  }

  text(): string {
    return [...this.notes.values()].join(' ');
  }
}
