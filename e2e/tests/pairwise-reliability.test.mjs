import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, screenshot } from '../support/browser.mjs';
import { assertAccessible, assertFitsWidth, settled } from '../support/checks.mjs';
import { arrangePairwiseEvent } from '../support/pairwise-round.mjs';
import { startPlatform } from '../support/platform.mjs';

const DEMO_PASSWORD = 'hackboard-demo';
const slug = 'open-data-hack-2026';
const NEW_TITLES = ['Bänkkartan', 'Cykelpulsen', 'Luftkollen', 'Tyst zon'];

describe('an organizer finds an unreliable juror in a pairwise round', () => {
  let platform;
  let browser;

  before(async () => {
    platform = await startPlatform({ port: Number(process.env.E2E_RELIABILITY_PORT ?? 3109) });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function signedIn(email, password = DEMO_PASSWORD, locale = 'en-GB', viewport = { width: 1100, height: 900 }) {
    const context = await browser.newContext({ locale, viewport });
    context.setDefaultTimeout(15_000);
    const response = await context.request.post(`${platform.url}/api/auth/login`, { data: { email, password } });
    assert.equal(response.status(), 200);
    await context.addInitScript(
      (chosen) => globalThis.localStorage.setItem('hackboard.language', chosen),
      locale.slice(0, 2),
    );
    return context;
  }

  async function registered(displayName, email) {
    const context = await browser.newContext();
    const password = 'a long juror password';
    const response = await context.request.post(`${platform.url}/api/auth/register`, {
      data: { email, password, displayName },
    });
    assert.equal(response.status(), 201);
    await context.close();
    return signedIn(email, password);
  }

  const idOf = async (context) => (await (await context.request.get(`${platform.url}/api/auth/me`)).json()).id;

  /** The juror judges every pair offered, preferring the project that comes first in `order`. */
  async function judgeAll(context, base, order) {
    for (;;) {
      const next = await context.request.get(`${base}/next`);
      if (next.status() === 204) return;
      assert.equal(next.status(), 200, await next.text());
      const { a, b } = await next.json();
      const aFirst = order.indexOf(a.id) < order.indexOf(b.id);
      const vote = await context.request.post(`${base}/votes`, {
        data: { winnerId: aFirst ? a.id : b.id, loserId: aFirst ? b.id : a.id },
      });
      assert.equal(vote.status(), 201);
    }
  }

  /** The pairwise board on the results page: each project's title with its number of comparisons. */
  async function boardRows(page, roundId) {
    await page.goto(`${platform.url}/events/${slug}/results?board=round&round=${roundId}`);
    const table = page.getByRole('table').first();
    await table.waitFor();
    await settled(page);
    return (await table.locator('tbody tr').allTextContents()).map((row) => row.replace(/\s+/g, ' ').trim());
  }

  it('sees the flagged juror with the evidence, excludes their votes and the pairwise board changes', async (t) => {
    const api = `${platform.url}/api/events/${slug}`;
    const organizer = await signedIn('organizer@demo.hackboard.se');
    assert.equal((await organizer.request.patch(api, { data: { judgingMode: 'pairwise' } })).status(), 200);
    const opened = await organizer.request.post(`${api}/phase/advance`);
    assert.equal((await opened.json()).phase, 'judging');

    const jurors = [
      await signedIn('jury@demo.hackboard.se'),
      await signedIn('jury2@demo.hackboard.se'),
      await registered('Tova Trogen', 'tova@example.org'),
      await registered('Ivar Invers', 'ivar@example.org'),
    ];
    const jurorIds = await Promise.all(jurors.map(idOf));
    const projects = arrangePairwiseEvent(platform, slug, { titles: NEW_TITLES, jurorIds: jurorIds.slice(2) });
    assert.equal(projects.length, 6);

    const final = await (
      await organizer.request.post(`${api}/rounds`, { data: { name: 'Final', kind: 'final' } })
    ).json();
    const promoted = await organizer.request.post(`${api}/rounds/${final.id}/promote`, {
      data: { submissionIds: projects.map((project) => project.id) },
    });
    assert.equal(promoted.status(), 200);
    const panel = await organizer.request.put(`${api}/rounds/${final.id}/panel`, { data: { jurorIds } });
    assert.equal(panel.status(), 200);

    // Three jurors agree on the order of the six projects; Ivar reverses every pair.
    const base = `${api}/rounds/${final.id}/pairwise`;
    const order = projects.map((project) => project.id);
    for (const juror of jurors.slice(0, 3)) await judgeAll(juror, base, order);
    await judgeAll(jurors[3], base, [...order].reverse());
    for (const juror of jurors) await juror.close();

    const page = await organizer.newPage();
    const before = await boardRows(page, final.id);
    assert.equal(before.length, 6);
    assert.match(before[0], /20/);

    await t.test('the round shows Ivar as probably unreliable, with the votes against clear pairs', async () => {
      await page.goto(`${platform.url}/events/${slug}/organize/rounds`);
      await page.getByRole('heading', { level: 2, name: 'Rounds' }).waitFor();
      await settled(page);
      await page.getByLabel('Round', { exact: true }).selectOption({ label: 'Final' });
      const reliability = page.getByRole('region', { name: 'Jurors of Final and their reliability' });
      const ivar = reliability.getByRole('row', { name: /^Ivar Invers/ });
      await ivar.getByText('Probably unreliable').waitFor();
      await ivar.getByText('Votes against clear pairs far more often than chance').waitFor();
      assert.match(await ivar.textContent(), /\d+ of \d+ \(about [\d.]+ by chance\)/);
      assert.match(await ivar.textContent(), /0\.\d\d ± 0\.\d\d/);
      const tova = reliability.getByRole('row', { name: /^Tova Trogen/ });
      await tova.getByText('No sign of a problem').waitFor();
      await assertAccessible(page, 'jurors’ reliability');
      await screenshot(page, 'pairwise-reliability-flagged-en-GB');
    });

    await t.test('excludes Ivar’s votes after a question, and can count them again', async () => {
      await page.getByRole('button', { name: 'Exclude votes – Ivar Invers' }).click();
      const dialog = page.getByRole('dialog', { name: 'Exclude the votes of Ivar Invers from Final?' });
      await dialog.getByText('computed again without Ivar Invers’s 15 votes').waitFor();
      await assertAccessible(page, 'exclusion question');
      await dialog.getByRole('button', { name: 'Exclude the votes' }).click();
      await page
        .getByRole('status')
        .getByText('The votes of Ivar Invers no longer count on the leaderboard of “Final”.')
        .waitFor();
      const ivar = page.getByRole('row', { name: /^Ivar Invers/ });
      await ivar.getByText('Votes excluded').waitFor();
      await page.getByRole('button', { name: 'Count votes again – Ivar Invers' }).waitFor();
      await assertAccessible(page, 'excluded juror');
    });

    await t.test('the pairwise board no longer counts Ivar’s votes', async () => {
      const after = await boardRows(page, final.id);
      assert.notDeepEqual(after, before);
      assert.equal(after.length, 6);
      assert.match(after[0], /15/);
      assert.doesNotMatch(after.join(' '), /\b20\b/);
    });

    await organizer.close();
  });

  it('reads in Swedish on a 390 px screen, accessibly', async () => {
    const context = await signedIn('organizer@demo.hackboard.se', DEMO_PASSWORD, 'sv-SE', { width: 390, height: 844 });
    const page = await context.newPage();
    await page.goto(`${platform.url}/events/${slug}/organize/rounds`);
    await page.getByRole('heading', { level: 2, name: 'Omgångar' }).waitFor();
    await settled(page);
    await page.getByLabel('Omgång', { exact: true }).selectOption({ label: 'Final' });
    const region = page.getByRole('region', { name: 'Jurymedlemmar i Final och deras tillförlitlighet' });
    await region
      .getByRole('row', { name: /^Ivar Invers/ })
      .getByText('Röster uteslutna')
      .waitFor();
    await assertAccessible(page, 'jurors’ reliability (sv)');
    await assertFitsWidth(page, 'jurors’ reliability (sv, 390 px)');
    await screenshot(page, 'pairwise-reliability-sv-SE-phone');
    await context.close();
  });
});
