import { describe, expect, it } from 'vitest';
import { addRow, keyAfterRemoving, moveRow, removeRow, updateRow } from './rows';

interface Link {
  key: string;
  url: string;
}

const start = (): Link[] => [
  { key: 'a', url: 'https://a.example' },
  { key: 'b', url: 'https://b.example' },
  { key: 'c', url: 'https://c.example' },
];

describe('editable rows', () => {
  it('adds a row with a key of its own at the end', () => {
    const rows = addRow<Link>(start(), { url: '' });
    expect(rows).toHaveLength(4);
    expect(rows[3]!.url).toBe('');
    expect(new Set(rows.map((row) => row.key)).size).toBe(4);
    const again = addRow<Link>(rows, { url: '' });
    expect(again[4]!.key).not.toBe(rows[3]!.key);
  });

  it('removes and updates only the row with the key, even when values are alike', () => {
    const rows = [...start(), { key: 'd', url: 'https://a.example' }];
    expect(removeRow(rows, 'a').map((row) => row.key)).toEqual(['b', 'c', 'd']);
    expect(updateRow(rows, 'd', { url: 'https://d.example' }).map((row) => row.url)).toEqual([
      'https://a.example',
      'https://b.example',
      'https://c.example',
      'https://d.example',
    ]);
  });

  it('moves a row up and down, and nowhere past either end', () => {
    expect(moveRow(start(), 'b', -1).map((row) => row.key)).toEqual(['b', 'a', 'c']);
    expect(moveRow(start(), 'b', 1).map((row) => row.key)).toEqual(['a', 'c', 'b']);
    expect(moveRow(start(), 'a', -1).map((row) => row.key)).toEqual(['a', 'b', 'c']);
    expect(moveRow(start(), 'c', 1).map((row) => row.key)).toEqual(['a', 'b', 'c']);
    expect(moveRow(start(), 'x', 1).map((row) => row.key)).toEqual(['a', 'b', 'c']);
  });

  it('leaves the list it was given as it was', () => {
    const rows = start();
    moveRow(rows, 'a', 1);
    removeRow(rows, 'a');
    updateRow(rows, 'a', { url: 'x' });
    expect(rows).toEqual(start());
  });

  it('says where focus goes after removing a row', () => {
    expect(keyAfterRemoving(start(), 'a')).toBe('b');
    expect(keyAfterRemoving(start(), 'c')).toBe('b');
    expect(keyAfterRemoving([{ key: 'a', url: '' }], 'a')).toBeNull();
  });
});
