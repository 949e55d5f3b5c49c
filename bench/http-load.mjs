// HTTP load on PostgreSQL: the hottest endpoints of a hackathon day, measured with autocannon
// against the built API in its own process and its own database (`hackboard_bench_<pid>`, created
// through BENCH_DATABASE_URL and dropped afterwards).
//
//   npx nx build api && node bench/http-load.mjs
//   BENCH_HTTP_SECONDS=5 BENCH_ROUNDS=2 BENCH_CONNECTIONS=20 node bench/http-load.mjs
//
// Scenarios, repeated in rounds to show whether the API's memory grows:
//  - the public live leaderboard, read by visitors;
//  - score saves: assigned jurors change one criterion of a review, so every save writes;
//  - submission saves: team members edit their submission's summary, each edit naming the version
//    it is based on, as the web app's optimistic saves do.
import autocannon from 'autocannon';
import os from 'node:os';
import { createDatabase, startApi } from './support/api-process.mjs';
import { createHackathon, nextScores, reviewPath, saveReview, startJudging } from './support/hackathon.mjs';
import { cpuPercent, inParallel, processUsage, runBenchmark } from './support/processes.mjs';
import { count, mib, ms, printTable } from './support/stats.mjs';

const setting = (name, fallback) => {
  const value = process.env[name] === undefined ? fallback : Number(process.env[name]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const SECONDS = setting('BENCH_HTTP_SECONDS', 10);
const WARM_UP_SECONDS = 3;
const ROUNDS = setting('BENCH_ROUNDS', 3);
const CONNECTIONS = setting('BENCH_CONNECTIONS', 10);
const SUBMISSIONS = setting('BENCH_SUBMISSIONS', 50);
const JURORS = setting('BENCH_JURORS', 10);
const REVIEWS_PER_SUBMISSION = 3;
const databaseAdminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL;

/**
 * Lanes are the things a request may change (one juror's review, one team's submission); each
 * request takes a free lane and gives it back with its answer, so no two requests in flight touch
 * the same one, and the next request knows the state the last one left.
 */
function lanePool(lanes) {
  const free = [...lanes];
  return {
    take() {
      const lane = free.pop();
      if (!lane) throw new Error('more connections than lanes');
      return lane;
    },
    give(lane) {
      free.push(lane);
    },
  };
}

const json = (cookie) => ({ 'content-type': 'application/json', cookie });

/** A request that takes a lane, is built from it, and updates it from the answer. */
function laneRequest(pool, { method, build, answered }) {
  return {
    method,
    setupRequest(request, context) {
      const lane = pool.take();
      context.lane = lane;
      const { path, cookie, body } = build(lane, context);
      return { ...request, path, headers: json(cookie), body: JSON.stringify(body) };
    },
    onResponse(status, body, context) {
      if (status === 200) answered(context.lane, JSON.parse(body), context);
      pool.give(context.lane);
    },
  };
}

function scenarios(api, judging, hacking) {
  return [
    {
      name: 'public leaderboard read',
      prepare: async () => ({ url: `${api.url}/api/events/${judging.slug}/leaderboard` }),
    },
    {
      name: 'score save (PUT review)',
      prepare: async () => {
        // Read back every review, so each lane starts from what is stored.
        await inParallel(judging.assignments, 4, async (assignment) => {
          assignment.values = (await assignment.juror.get(reviewPath(judging, assignment))).scores;
        });
        const pool = lanePool(judging.assignments);
        return {
          url: api.url,
          requests: [
            laneRequest(pool, {
              method: 'PUT',
              build: (assignment, context) => {
                context.scores = nextScores(assignment.values);
                return {
                  path: reviewPath(judging, assignment),
                  cookie: assignment.juror.cookie,
                  body: { scores: context.scores },
                };
              },
              answered: (assignment, review) => (assignment.values = review.scores),
            }),
          ],
        };
      },
      /** Each save that changed something raised the leaderboard version by one. */
      writes: () => leaderboardVersion(api, judging),
    },
    {
      name: 'submission save (PATCH, optimistic version)',
      prepare: async () => {
        await inParallel(hacking.teams, 4, async (team) => {
          team.version = (await team.member.get(hacking.path(`/submissions/${team.submissionId}`))).version;
        });
        const pool = lanePool(hacking.teams);
        return {
          url: api.url,
          requests: [
            laneRequest(pool, {
              method: 'PATCH',
              build: (team) => ({
                path: hacking.path(`/submissions/${team.submissionId}`),
                cookie: team.member.cookie,
                body: { version: team.version, summary: `A map of clean routes, draft ${team.version + 1}.` },
              }),
              answered: (team, submission) => (team.version = submission.version),
            }),
          ],
        };
      },
      /** Each edit made a new version of one submission. */
      writes: async () => hacking.teams.reduce((sum, team) => sum + team.version, 0),
    },
  ];
}

async function leaderboardVersion(api, judging) {
  const response = await fetch(`${api.url}/api/events/${judging.slug}/leaderboard`);
  return (await response.json()).version;
}

function load(options, seconds) {
  return autocannon({ connections: CONNECTIONS, duration: seconds, ...options });
}

async function main() {
  console.log(
    `HTTP load: ${CONNECTIONS} connections, ${SECONDS} s per scenario, ${ROUNDS} round${ROUNDS === 1 ? '' : 's'}, ` +
      `API on PostgreSQL${redisUrl ? ' + Redis' : ''}`,
  );
  console.log(`${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`);
  const database = await createDatabase(databaseAdminUrl);
  const api = await startApi({ databaseUrl: database.url, redisUrl });

  const judging = await createHackathon(api.url, { label: 'judging', teams: SUBMISSIONS, submit: true });
  Object.assign(
    judging,
    await startJudging(api.url, judging, { jurors: JURORS, reviewsPerSubmission: REVIEWS_PER_SUBMISSION }),
  );
  await inParallel(judging.assignments, 4, (assignment) => saveReview(judging, assignment));
  const hacking = await createHackathon(api.url, { label: 'hacking', teams: Math.max(CONNECTIONS, 10) });
  if (judging.assignments.length < CONNECTIONS) {
    throw new Error(`${judging.assignments.length} reviews to save for ${CONNECTIONS} connections: add submissions`);
  }
  console.log(
    `set up ${judging.slug} (judging: ${SUBMISSIONS} submissions, ${judging.assignments.length} reviews) ` +
      `and ${hacking.slug} (hacking: ${hacking.teams.length} teams editing)`,
  );

  const list = scenarios(api, judging, hacking);
  for (const scenario of list) await load(await scenario.prepare(), WARM_UP_SECONDS);

  const rows = [];
  const rssAfterRound = [];
  let unexpected = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    for (const scenario of list) {
      const options = await scenario.prepare();
      const writesBefore = await scenario.writes?.();
      const before = processUsage(api.pid);
      const result = await load(options, SECONDS);
      const after = processUsage(api.pid);
      const writes = scenario.writes ? (await scenario.writes()) - writesBefore : null;
      const failed = result.non2xx + result.errors + result.timeouts;
      unexpected += failed;
      rows.push([
        round,
        scenario.name,
        count(result.requests.average),
        ms(result.latency.p50),
        ms(result.latency.p99),
        `${count(result['2xx'])}${writes === null ? '' : ` (${count(writes)} wrote)`}`,
        `${result.non2xx}${result.errors + result.timeouts > 0 ? ` + ${result.errors + result.timeouts} errors` : ''}`,
        `${cpuPercent(before, after, SECONDS).toFixed(0)} %`,
        `${mib(before.rssBytes)} → ${mib(after.rssBytes)}`,
      ]);
    }
    rssAfterRound.push(processUsage(api.pid).rssBytes);
  }

  printTable(
    `HTTP load on PostgreSQL, ${CONNECTIONS} connections, ${SECONDS} s per scenario`,
    ['round', 'scenario', 'req/s', 'p50', 'p99', '2xx', 'non-2xx', 'API CPU', 'API RSS before → after'],
    rows,
  );
  console.log(`\nAPI RSS after each round: ${rssAfterRound.map(mib).join(', ')}`);
  if (unexpected > 0) throw new Error(`${unexpected} requests failed or were answered with a non-2xx status`);
}

await runBenchmark('http-load', main, { timeLimitSeconds: setting('BENCH_TIME_LIMIT_SECONDS', 900) });
