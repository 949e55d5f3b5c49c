/**
 * Editable lists of rows (data sets, links, images) as forms keep them: each row has a `key` of
 * its own that stays with it when rows move, so React keeps each row's inputs and focus, and a
 * row is never confused with another that happens to hold the same values.
 */
export interface Row {
  key: string;
}

let counter = 0;

export function rowKey(): string {
  counter += 1;
  return `row-${counter}`;
}

export function addRow<R extends Row>(rows: readonly R[], row: Omit<R, 'key'>): R[] {
  return [...rows, { ...row, key: rowKey() } as R];
}

export function removeRow<R extends Row>(rows: readonly R[], key: string): R[] {
  return rows.filter((row) => row.key !== key);
}

export function updateRow<R extends Row>(rows: readonly R[], key: string, patch: Partial<Omit<R, 'key'>>): R[] {
  return rows.map((row) => (row.key === key ? { ...row, ...patch } : row));
}

/** Moves a row up (-1) or down (+1); a move past either end changes nothing. */
export function moveRow<R extends Row>(rows: readonly R[], key: string, offset: -1 | 1): R[] {
  const from = rows.findIndex((row) => row.key === key);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/**
 * Where focus should go after a row is removed: the row that took its place, else the one before
 * it, else nothing (the caller then focuses the "add" button).
 */
export function keyAfterRemoving<R extends Row>(rows: readonly R[], key: string): string | null {
  const index = rows.findIndex((row) => row.key === key);
  if (index < 0) return null;
  return rows[index + 1]?.key ?? rows[index - 1]?.key ?? null;
}
