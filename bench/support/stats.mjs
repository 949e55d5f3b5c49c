import { performance } from 'node:perf_hooks';

/**
 * Milliseconds since the Unix epoch with sub-millisecond precision. Every process of a benchmark
 * runs on the same machine, so these readings compare across processes.
 */
export const wallClockMs = () => performance.timeOrigin + performance.now();

/** p50, p99 and max of a list of numbers (an array or a typed array; it is sorted in place). */
export function summarize(values) {
  if (values.length === 0) return { count: 0, p50: NaN, p99: NaN, max: NaN };
  const sorted = values instanceof Float64Array ? values.sort() : values.sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] };
}

export const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : '–');
export const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
export const count = (value) => Math.round(value).toLocaleString('en-US');

/** Prints rows (arrays of cells) as an aligned plain-text table under a header row. */
export function printTable(title, header, rows) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}
