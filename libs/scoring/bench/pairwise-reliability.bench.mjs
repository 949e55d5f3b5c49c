// Pairwise judging simulation bench: does the next-pair policy rank well and catch an unreliable juror?
// Run after the build: `nx run scoring:bench` (or `node libs/scoring/bench/pairwise-reliability.bench.mjs`).
// Seeded and deterministic: the same build prints the same table.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { DEFAULT_CHECKS, simulateSeeds } from '../dist/index.js';

const POLICIES = [
  ['information gain (before)', { kind: 'information' }],
  ['random pairs', { kind: 'random' }],
  ['25 % random pairs', { kind: 'random-share', share: 0.25 }],
  ['25 % check pairs', { kind: 'check', checks: { share: 0.25, doubtfulShare: 0.25 } }],
  ['check pairs, more for doubted jurors (chosen)', { kind: 'check', checks: DEFAULT_CHECKS }],
];

// 8 jurors (4 reliable 0.95, 2 noisy 0.75, a coin-flipper 0.5, an adversary 0.15), 60 votes each.
const SCENARIOS = [
  { entries: 20, votesPerJuror: 60, seeds: 16, policies: POLICIES },
  { entries: 60, votesPerJuror: 60, seeds: 6, policies: POLICIES },
  // O(n²) pair selection: only the policy before and the chosen one.
  { entries: 200, votesPerJuror: 60, seeds: 2, policies: [POLICIES[0], POLICIES[4]] },
];

const fixed = (value) => value.toFixed(2);
const started = performance.now();
const rows = [];
for (const scenario of SCENARIOS) {
  const seeds = Array.from({ length: scenario.seeds }, (_, i) => i + 1);
  for (const [name, policy] of scenario.policies) {
    const result = simulateSeeds({ entries: scenario.entries, votesPerJuror: scenario.votesPerJuror }, policy, seeds);
    const kind = (k) => result.kinds.find((entry) => entry.kind === k);
    rows.push([
      `${scenario.entries} entries, ${scenario.seeds} seeds`,
      name,
      fixed(result.tau),
      fixed(kind('reliable').estimated),
      fixed(kind('noisy').estimated),
      fixed(kind('random').estimated),
      fixed(kind('adversarial').estimated),
      `${Math.round(kind('random').flagged * 100)} % / ${Math.round(kind('adversarial').flagged * 100)} %`,
      `${Math.round(kind('reliable').flagged * 100)} %`,
    ]);
    console.error(`${rows.at(-1).slice(0, 2).join(' · ')} done`);
  }
}

const header = [
  'scenario',
  'policy',
  'tau',
  'reliable (0.95)',
  'noisy (0.75)',
  'coin-flipper (0.5)',
  'adversarial (0.15)',
  'flagged coin / adv.',
  'flagged reliable',
];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log(`${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, Node ${process.version}`);
console.log('Estimated reliability after 60 votes each (true value in brackets), Kendall tau vs the hidden order:');
console.log(line(header));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(row));
console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);
