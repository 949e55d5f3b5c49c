// Runs the browser journeys against the built platform: `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
for (const built of ['apps/api/dist/main.js', 'apps/web/dist/index.html']) {
  if (!existsSync(join(root, built))) {
    console.error(`${built} is missing: run "npm run build" first.`);
    process.exit(1);
  }
}
const tests = readdirSync(join(root, 'e2e/tests'))
  .filter((file) => file.endsWith('.test.mjs'))
  .map((file) => join('e2e/tests', file));
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...tests, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
