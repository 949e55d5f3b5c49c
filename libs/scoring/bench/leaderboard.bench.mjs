// Rubric leaderboard benchmark: 1,000 submissions × 60 jurors × 5 criteria = 300,000 scores.
// Run after the build: `nx run scoring:bench` (or `node libs/scoring/bench/leaderboard.bench.mjs`).
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createRng, PairwiseJudging, RubricLeaderboard } from '../dist/index.js';

const SUBMISSIONS = 1_000;
const JURORS = 60;
const CHALLENGES = 10;
const SAMPLES = 2_000;
const WARM_UP = 300;

const rubric = {
  criteria: [
    { key: 'innovation', weight: 3, scaleMin: 1, scaleMax: 10 },
    { key: 'impact', weight: 2, scaleMin: 1, scaleMax: 10 },
    { key: 'open-data', weight: 2, scaleMin: 1, scaleMax: 10 },
    { key: 'feasibility', weight: 1, scaleMin: 1, scaleMax: 10 },
    { key: 'presentation', weight: 1, scaleMin: 1, scaleMax: 10 },
  ],
};

function clampRound(value) {
  return Math.min(10, Math.max(1, Math.round(value)));
}

// Seeded data: each submission has a quality, each juror a bias (harsh … lenient) and some noise.
const rng = createRng(20_240_601);
const submissions = Array.from({ length: SUBMISSIONS }, (_, i) => ({
  id: `sub-${String(i).padStart(4, '0')}`,
  challengeId: `challenge-${i % CHALLENGES}`,
  submittedAt: 1_700_000_000_000 + Math.floor(rng() * 86_400_000),
}));
const quality = submissions.map(() => 3 + rng() * 5);
const jurors = Array.from({ length: JURORS }, (_, j) => ({
  id: `juror-${j}`,
  bias: rng() * 4 - 2,
  noise: 0.5 + rng(),
}));
const scores = [];
for (const juror of jurors) {
  submissions.forEach((submission, s) => {
    for (const criterion of rubric.criteria) {
      const value = clampRound(quality[s] + juror.bias + (rng() * 2 - 1) * juror.noise * 2);
      scores.push({ jurorId: juror.id, submissionId: submission.id, criterion: criterion.key, value });
    }
  });
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

function randomEdit() {
  const juror = jurors[Math.floor(rng() * JURORS)];
  const submission = submissions[Math.floor(rng() * SUBMISSIONS)];
  const criterion = rubric.criteria[Math.floor(rng() * rubric.criteria.length)];
  return [juror.id, submission.id, criterion.key, 1 + Math.floor(rng() * 10)];
}

function run(method) {
  const engine = new RubricLeaderboard({ rubric, submissions, method });
  let start = performance.now();
  for (const score of scores) engine.setScore(score.jurorId, score.submissionId, score.criterion, score.value);
  const loadMs = performance.now() - start;

  start = performance.now();
  engine.standings();
  const firstStandingsMs = performance.now() - start;

  const cached = [];
  for (let i = 0; i < WARM_UP + SAMPLES; i++) {
    start = performance.now();
    engine.standings();
    if (i >= WARM_UP) cached.push(performance.now() - start);
  }

  const setScoreOnly = [];
  for (let i = 0; i < WARM_UP + SAMPLES; i++) {
    const edit = randomEdit();
    start = performance.now();
    engine.setScore(...edit);
    if (i >= WARM_UP) setScoreOnly.push(performance.now() - start);
  }

  const setScoreThenTop = [];
  const standingsAfterChange = [];
  let checksum = 0;
  for (let i = 0; i < WARM_UP + SAMPLES; i++) {
    const edit = randomEdit();
    start = performance.now();
    engine.setScore(...edit);
    const middle = performance.now();
    const top = engine.standings().standings.slice(0, 10);
    const end = performance.now();
    checksum += top[0].score;
    if (i >= WARM_UP) {
      setScoreThenTop.push(end - start);
      standingsAfterChange.push(end - middle);
    }
  }

  const challengeAfterChange = [];
  for (let i = 0; i < WARM_UP + SAMPLES; i++) {
    engine.setScore(...randomEdit());
    start = performance.now();
    engine.standings({ challengeId: 'challenge-3' });
    if (i >= WARM_UP) challengeAfterChange.push(performance.now() - start);
  }

  return {
    method,
    loadMs,
    firstStandingsMs,
    cached: summary(cached),
    setScore: summary(setScoreOnly),
    standingsAfterChange: summary(standingsAfterChange),
    setScoreThenTop: summary(setScoreThenTop),
    challengeAfterChange: summary(challengeAfterChange),
    checksum,
  };
}

function pairwise(items, anchored) {
  const judging = new PairwiseJudging({
    rng: createRng(7),
    items: Array.from({ length: items }, (_, i) => ({ id: `p${i}` })),
  });
  const samples = [];
  for (let i = 0; i < 40; i++) {
    const juror = `j${i % 5}`;
    const start = performance.now();
    const [a, b] = judging.nextPair(juror, anchored ? { anchor: `p${i % items}` } : {});
    samples.push(performance.now() - start);
    judging.recordVote(juror, a, b);
  }
  return summary(samples);
}

const fmt = (ms) =>
  ms < 0.01 ? `${(ms * 1000).toFixed(2)} µs` : ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`;
const cpus = os.cpus();
const began = performance.now();
const results = [run('raw'), run('normalized')];

console.log(
  `Rubric leaderboard: ${SUBMISSIONS} submissions × ${JURORS} jurors × ${rubric.criteria.length} criteria = ${scores.length} scores`,
);
console.log(
  `Machine: ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${os.platform()} ${os.arch()}, Node ${process.version}`,
);
console.log(`Samples: ${SAMPLES} after ${WARM_UP} warm-up rounds\n`);
const rows = [
  ['load 300,000 scores', (r) => fmt(r.loadMs)],
  ['first standings()', (r) => fmt(r.firstStandingsMs)],
  ['standings(), unchanged (cached) median / p99', (r) => `${fmt(r.cached.median)} / ${fmt(r.cached.p99)}`],
  ['setScore alone median / p99', (r) => `${fmt(r.setScore.median)} / ${fmt(r.setScore.p99)}`],
  [
    'standings() after one setScore median / p99',
    (r) => `${fmt(r.standingsAfterChange.median)} / ${fmt(r.standingsAfterChange.p99)}`,
  ],
  [
    'setScore + standings() top 10 median / p99',
    (r) => `${fmt(r.setScoreThenTop.median)} / ${fmt(r.setScoreThenTop.p99)}`,
  ],
  [
    'challenge board after one setScore median / p99',
    (r) => `${fmt(r.challengeAfterChange.median)} / ${fmt(r.challengeAfterChange.p99)}`,
  ],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`${'measure'.padEnd(width)} | ${'raw'.padEnd(22)} | normalized`);
console.log(`${'-'.repeat(width)}-|-${'-'.repeat(22)}-|-${'-'.repeat(22)}`);
for (const [label, cell] of rows)
  console.log(`${label.padEnd(width)} | ${cell(results[0]).padEnd(22)} | ${cell(results[1])}`);

console.log('\nPairwise (CrowdBT) nextPair, median / p99 over 40 picks:');
for (const items of [50, 150, 300]) {
  const free = pairwise(items, false);
  const anchored = pairwise(items, true);
  console.log(
    `  ${String(items).padStart(3)} items: any pair ${fmt(free.median)} / ${fmt(free.p99)}; with anchor ${fmt(anchored.median)} / ${fmt(anchored.p99)}`,
  );
}
console.log(`\nTotal bench time ${((performance.now() - began) / 1000).toFixed(1)} s`);
