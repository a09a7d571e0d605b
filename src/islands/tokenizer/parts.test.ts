import { describe, expect, it } from 'vitest';
import type { WidgetState } from '../../lib/tokenizer/encodings';
import { writeHash } from '../../lib/tokenizer/permalink';
import { groupsFromIds, keyTarget } from './chips';
import { linkAfter, readLink } from './link-state';
import { Notes } from './notes';

const built: WidgetState = { text: 'hello world', encoding: 'cl100k_base', mode: 'text' };

describe('readLink', () => {
  it('finds a widget’s state in the hash, and whether it is the first one linked', () => {
    const hash = writeHash(writeHash('', 'tokenizer-2', { text: 'b', encoding: 'o200k_base', mode: 'compare' }), 'tokenizer-1', { text: 'a', encoding: 'r50k_base', mode: 'text' });
    expect(readLink(hash, 'tokenizer-2', built)).toEqual({ corrupt: false, first: true, next: { text: 'b', encoding: 'o200k_base', mode: 'compare' } });
    expect(readLink(hash, 'tokenizer-1', built)).toEqual({ corrupt: false, first: false, next: { text: 'a', encoding: 'r50k_base', mode: 'text' } });
  });
  it('asks for no change when the link says what is shown, or names another widget', () => {
    expect(readLink(writeHash('', 'tokenizer-1', built), 'tokenizer-1', built).next).toBeUndefined();
    expect(readLink('#other.t=x', 'tokenizer-1', built)).toEqual({ corrupt: false, first: false });
    expect(readLink('#section-anchor', 'tokenizer-1', built)).toEqual({ corrupt: false, first: false });
  });
  it('reports a corrupt part and keeps what it could read', () => {
    const link = readLink('#tokenizer-1.e=nonsense&tokenizer-1.t=hi', 'tokenizer-1', built);
    expect(link.corrupt).toBe(true);
    expect(link.next).toEqual({ ...built, text: 'hi' });
  });
});

describe('linkAfter', () => {
  it('writes a changed state and removes it when back to the built one', () => {
    const changed = { ...built, text: 'hi' };
    const { hash, fits } = linkAfter('', 'tokenizer-1', changed, built);
    expect(fits).toBe(true);
    expect(readLink(hash!, 'tokenizer-1', built).next).toEqual(changed);
    expect(linkAfter(hash!, 'tokenizer-1', built, built)).toEqual({ hash: '', fits: true });
  });
  it('leaves a plain anchor alone while nothing changed, and says when the text is too long to link', () => {
    expect(linkAfter('#intro', 'tokenizer-1', built, built)).toEqual({ hash: undefined, fits: true });
    expect(linkAfter('#intro', 'tokenizer-1', { ...built, text: 'x'.repeat(10_001) }, built)).toEqual({ hash: undefined, fits: false });
  });
  it('returns no new hash when it would not change', () => {
    const { hash } = linkAfter('', 'tokenizer-1', { ...built, mode: 'compare' }, built);
    expect(linkAfter(hash!, 'tokenizer-1', { ...built, mode: 'compare' }, built).hash).toBeUndefined();
  });
});

describe('chips', () => {
  it('read groups back from the build-time id chips, ignoring garbage', () => {
    const groups = groupsFromIds([
      { g: '0', id: '15339', b: '68 65' },
      { g: '1', id: '1917', b: 'e8' },
      { g: '1', id: '230', b: 'af 8d' },
      { g: '2', id: 'oops', b: 'zz' },
    ]);
    expect(groups.get('0')).toEqual({ ids: [15339], bytes: [0x68, 0x65] });
    expect(groups.get('1')).toEqual({ ids: [1917, 230], bytes: [0xe8, 0xaf, 0x8d] });
    expect(groups.get('2')).toEqual({ ids: [], bytes: [] });
  });
  it('move with the arrow keys, Home and End, and stop at the ends', () => {
    expect(keyTarget('ArrowRight', 0, 3)).toBe(1);
    expect(keyTarget('ArrowDown', 2, 3)).toBe(2);
    expect(keyTarget('ArrowLeft', 0, 3)).toBe(0);
    expect(keyTarget('ArrowUp', 2, 3)).toBe(1);
    expect(keyTarget('Home', 2, 3)).toBe(0);
    expect(keyTarget('End', 0, 3)).toBe(2);
    expect(keyTarget('Enter', 0, 3)).toBeUndefined();
    expect(keyTarget('End', 0, 0)).toBeUndefined();
  });
});

describe('Notes', () => {
  it('joins the notes in order of arrival and drops cleared ones', () => {
    const notes = new Notes();
    expect(notes.set('empty', 'Type something.')).toBe('Type something.');
    expect(notes.set('load', 'Loading…')).toBe('Type something. Loading…');
    expect(notes.set('empty', undefined)).toBe('Loading…');
    expect(notes.get('load')).toBe('Loading…');
    expect(notes.set('load', undefined)).toBe('');
  });
});
