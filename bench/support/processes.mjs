import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const cleanups = [];
let cleaning = null;

/** Registers work to undo at the end (stop a process, drop a database); it runs last-registered first. */
export function onCleanUp(work) {
  cleanups.push(work);
}

/** Runs every registered clean-up once, even when some of them fail. */
export function cleanUp() {
  cleaning ??= (async () => {
    while (cleanups.length > 0) {
      const work = cleanups.pop();
      try {
        await work();
      } catch (error) {
        console.error(`clean-up: ${error.message}`);
      }
    }
  })();
  return cleaning;
}

/**
 * Runs a benchmark's main function with a hard time limit, and cleans up after it whatever happens:
 * an error, Ctrl-C, SIGTERM or the time limit.
 */
export async function runBenchmark(name, main, { timeLimitSeconds }) {
  let stopping = false;
  const stop = (code, why) => {
    stopping = true;
    console.error(`\n${name}: ${why}, stopping`);
    cleanUp().finally(() => process.exit(code));
  };
  process.once('SIGINT', () => stop(130, 'interrupted'));
  process.once('SIGTERM', () => stop(143, 'terminated'));
  const limit = setTimeout(() => stop(1, `not finished within ${timeLimitSeconds} s`), timeLimitSeconds * 1000);
  let failed = false;
  try {
    await main();
  } catch (error) {
    failed = true;
    // Once stopping, what fails is only the work that clean-up cut short.
    if (!stopping) console.error(`\n${name} failed: ${error.stack ?? error.message}`);
  } finally {
    clearTimeout(limit);
    await cleanUp();
  }
  process.exit(failed ? 1 : 0);
}

/** Runs `work` over `items`, at most `concurrency` at a time, and returns the results in order. */
export async function inParallel(items, concurrency, work) {
  const results = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  });
  await Promise.all(lanes);
  return results;
}

/** Stops a child process: SIGTERM, then SIGKILL if it is still there after `graceMs`. */
export function stopChild(child, graceMs = 10_000) {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

export function freePort() {
  return new Promise((done, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

let ticksPerSecond = null;

/**
 * A process's CPU time (user + system, in seconds) and resident memory (bytes), read from /proc, so
 * a process is measured from outside without running anything inside it.
 */
export function processUsage(pid) {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0);
  return { cpuSeconds, rssBytes: rssKb * 1024 };
}

/** CPU use of a process between two `processUsage` readings, as a percentage of one core. */
export function cpuPercent(before, after, wallSeconds) {
  return (100 * (after.cpuSeconds - before.cpuSeconds)) / wallSeconds;
}
