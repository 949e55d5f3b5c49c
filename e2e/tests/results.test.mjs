import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, screenshot } from '../support/browser.mjs';
import { assertAccessible, assertFitsWidth, settled } from '../support/checks.mjs';
import { startPlatform } from '../support/platform.mjs';

const DEMO_PASSWORD = 'hackboard-demo';
const slug = 'open-data-hack-2026';

describe('live results, the audience vote and the big screen on the demo event', () => {
  let platform;
  let browser;

  before(async () => {
    platform = await startPlatform({ port: Number(process.env.E2E_RESULTS_PORT ?? 3104) });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await platform?.stop();
  });

  /** A browser context, signed in as a demo account when `email` is given (the API sets the cookies). */
  async function newContext(locale, email, viewport) {
    const context = await browser.newContext({ locale, ...(viewport ? { viewport } : {}) });
    context.setDefaultTimeout(15_000);
    if (email) {
      const response = await context.request.post(`${platform.url}/api/auth/login`, {
        data: { email, password: DEMO_PASSWORD },
      });
      assert.equal(response.status(), 200, `signing in as ${email}`);
    }
    return context;
  }

  async function api(context, method, path, data) {
    const response = await context.request.fetch(`${platform.url}/api${path}`, { method, data });
    assert.ok(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`);
    return response.status() === 204 ? undefined : response.json();
  }

  it('follows the leaderboard live, explains a score, takes audience votes and reveals the winner', async (t) => {
    const visitorContext = await newContext('en-GB');
    const organizerContext = await newContext('en-GB', 'organizer@demo.hackboard.se');
    const juryContext = await newContext('en-GB', 'jury2@demo.hackboard.se');
    const visitor = await visitorContext.newPage();

    await t.test('a visitor sees the overall board with the demo scores', async () => {
      await visitor.goto(`${platform.url}/events/${slug}/results`);
      const table = visitor.getByRole('table', { name: 'Overall leaderboard' });
      await table.waitFor();
      await settled(visitor);
      const rows = table.locator('tbody tr');
      assert.equal(await rows.count(), 2);
      assert.match(await rows.nth(0).textContent(), /^1Trygga skolvägenSkolvägen8\.17/);
      assert.match(await rows.nth(1).textContent(), /^2Försenad\? Förklarad\.Signalfel6\.83/);
      assert.equal(await visitor.title(), 'Results – Open Data Hack Södertälje 2026 – Hackboard');
      await assertAccessible(visitor, 'results');
      await screenshot(visitor, 'results-en-GB');
    });

    await t.test('the explanation opens in a dialog, numbers the jurors, and gives focus back', async () => {
      const explain = visitor.getByRole('button', { name: 'Explain the score of Trygga skolvägen' });
      await explain.click();
      const dialog = visitor.getByRole('dialog', { name: 'Why Trygga skolvägen has its score' });
      await dialog.getByRole('table', { name: 'Per criterion' }).waitFor();
      await dialog.getByRole('rowheader', { name: 'Juror 1' }).waitFor();
      assert.equal(await dialog.getByText('Jonna Jurist').count(), 0);
      await assertAccessible(visitor, 'score explanation');
      await screenshot(visitor, 'results-explanation-en-GB');
      await visitor.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(
        await visitor.evaluate(() => globalThis.document.activeElement?.getAttribute('aria-label')),
        'Explain the score of Trygga skolvägen',
      );
    });

    await t.test('a score saved by a juror moves the rows and is announced politely', async () => {
      await api(organizerContext, 'POST', `/events/${slug}/phase/advance`);
      const challenges = await api(visitorContext, 'GET', `/events/${slug}/challenges`);
      const rail = challenges.find((challenge) => challenge.title === 'Predict and explain train delays');
      const heat = await api(visitorContext, 'GET', `/events/${slug}/leaderboard?challengeId=${rail.id}`);
      const signalfel = heat.standings[0].submissionId;
      await api(juryContext, 'PUT', `/events/${slug}/rounds/${heat.roundId}/reviews/${signalfel}`, {
        scores: { impact: 10, 'open-data': 10, execution: 10 },
      });
      const rows = visitor.getByRole('table', { name: 'Overall leaderboard' }).locator('tbody tr');
      await visitor.waitForFunction(
        () => globalThis.document.querySelector('tbody tr')?.textContent?.includes('Signalfel'),
        undefined,
        { timeout: 10_000 },
      );
      assert.match(await rows.nth(0).textContent(), /^1Försenad\? Förklarad\.Signalfel8\.42/);
      await visitor
        .getByRole('status')
        .filter({ hasText: 'Leaderboard updated: Signalfel moved to place 1, Skolvägen moved to place 2.' })
        .waitFor();
    });

    await t.test('a participant votes in the gallery and is told they cannot vote for their own team', async () => {
      const participantContext = await newContext('en-GB', 'participant@demo.hackboard.se');
      const page = await participantContext.newPage();
      await page.goto(`${platform.url}/events/${slug}/gallery`);
      await page.getByRole('button', { name: 'Vote for Försenad? Förklarad.' }).click();
      await page.getByRole('button', { name: 'Withdraw your vote for Försenad? Förklarad.' }).waitFor();
      await page.getByRole('button', { name: 'Vote for Trygga skolvägen' }).click();
      await page.getByRole('alert').filter({ hasText: 'You cannot vote for your own team’s project.' }).waitFor();
      await assertAccessible(page, 'gallery with the audience vote');

      await page.goto(`${platform.url}/events/${slug}/results?board=audience`);
      const table = page.getByRole('table', { name: 'Audience vote, all challenges' });
      await table.waitFor();
      assert.match(await table.locator('tbody tr').nth(0).textContent(), /^1Försenad\? Förklarad\.Signalfel/);
      await assertAccessible(page, 'audience vote');
      await participantContext.close();
    });

    await t.test('in Swedish on a phone the results fit the screen and pass axe', async () => {
      const context = await newContext('sv-SE', undefined, { width: 375, height: 740 });
      const page = await context.newPage();
      await page.goto(`${platform.url}/events/${slug}/results`);
      await page.getByRole('heading', { level: 1, name: 'Resultat' }).waitFor();
      await page.getByRole('table', { name: 'Total topplista' }).waitFor();
      await settled(page);
      await assertAccessible(page, 'results in Swedish');
      await assertFitsWidth(page, 'results on a phone');
      await screenshot(page, 'results-sv-SE-phone');
      await context.close();
    });

    await t.test('the organizer reveals the results on the big screen, the winner last', async () => {
      await api(organizerContext, 'POST', `/events/${slug}/phase/advance`);
      const page = await organizerContext.newPage();
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`${platform.url}/events/${slug}/big-screen`);
      await page.getByRole('table').waitFor();
      assert.equal(await page.getByRole('banner').count(), 0, 'the big screen has no site header');
      await assertAccessible(page, 'big screen');
      await screenshot(page, 'big-screen-en-GB');
      await page.keyboard.press(' ');
      assert.equal(await page.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed'), 'true');

      await page.getByRole('button', { name: 'Reveal the results: Overall' }).click();
      await page.getByText('2 places left to reveal').waitFor();
      await page.keyboard.press('ArrowRight');
      await page.getByRole('list', { name: 'Revealed places' }).getByText('Trygga skolvägen').waitFor();
      await assertAccessible(page, 'reveal');
      await page.keyboard.press('ArrowRight');
      await page.getByText('The winner', { exact: true }).waitFor();
      await page.locator('.reveal-winner').getByText('Försenad? Förklarad.').waitFor();
      await screenshot(page, 'big-screen-winner-en-GB');
      await assertAccessible(page, 'reveal with the winner');
    });

    await visitorContext.close();
    await organizerContext.close();
    await juryContext.close();
  });
});
