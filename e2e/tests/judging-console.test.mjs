import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, screenshot } from '../support/browser.mjs';
import { assertAccessible, assertFitsWidth, settled } from '../support/checks.mjs';
import { startPlatform } from '../support/platform.mjs';

const DEMO_PASSWORD = 'hackboard-demo';
const slug = 'open-data-hack-2026';

describe('the organizer’s judging console on the demo event', () => {
  let platform;
  let browser;

  before(async () => {
    platform = await startPlatform({ port: Number(process.env.E2E_JUDGING_PORT ?? 3107) });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function organizerPage(locale, viewport) {
    const context = await browser.newContext({ locale, ...(viewport ? { viewport } : {}) });
    context.setDefaultTimeout(15_000);
    const response = await context.request.post(`${platform.url}/api/auth/login`, {
      data: { email: 'organizer@demo.hackboard.se', password: DEMO_PASSWORD },
    });
    assert.equal(response.status(), 200);
    const language = locale.slice(0, 2);
    await context.addInitScript((chosen) => globalThis.localStorage.setItem('hackboard.language', chosen), language);
    return context.newPage();
  }

  it('edits a scored rubric with a re-score, builds a final, assigns its jury from a preview and freezes the board', async (t) => {
    const page = await organizerPage('en-GB');
    const consoleUrl = `${platform.url}/events/${slug}/organize`;

    await t.test('a change to a scored rubric asks for a re-score first', async () => {
      await page.goto(`${consoleUrl}/criteria`);
      await page.getByText('Scoring has started.').waitFor();
      assert.equal(await page.title(), 'Criteria – Open Data Hack Södertälje 2026 – Organizer console – Hackboard');
      await assertAccessible(page, 'criteria');

      await page.getByRole('button', { name: 'Edit Execution' }).click();
      await page.getByLabel('Highest score').fill('5');
      await page.getByRole('button', { name: 'Save criterion' }).click();
      const dialog = page.getByRole('dialog', { name: 'Jurors have already scored with this rubric' });
      await dialog.getByText('every score that no longer fits the changed rubric is deleted').waitFor();
      await assertAccessible(page, 'criteria re-score question');
      await screenshot(page, 'judging-criteria-rescore-en-GB');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const execution = page.getByRole('row', { name: /^Execution/ });
      assert.match(await execution.textContent(), /1–10/);

      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByLabel('Name', { exact: true }).fill('Accessibility');
      assert.equal(await page.getByLabel('Key').inputValue(), 'accessibility');
      await page.getByRole('button', { name: 'Add criterion' }).click();
      await dialog.getByText('add the criterion “Accessibility”').waitFor();
      await dialog.getByRole('button', { name: 'Change and re-score' }).click();
      await page.getByText('“Accessibility” has been added.').waitFor();
      await page.getByRole('rowheader', { name: /^Accessibility/ }).waitFor();
    });

    let finalUrl;
    await t.test('creates the final, picks its finalists and puts both jurors on its panel', async () => {
      await page.getByRole('navigation', { name: 'Organizer console' }).getByRole('link', { name: 'Rounds' }).click();
      await page.getByRole('heading', { level: 2, name: 'Rounds' }).waitFor();
      await settled(page);
      await page.getByRole('button', { name: 'Create the final' }).click();
      await page.getByText('“Final” has been created.').waitFor();
      await page.getByLabel('Round', { exact: true }).selectOption({ label: 'Final' });
      await page.getByRole('heading', { level: 3, name: 'Final' }).waitFor();
      await page.getByText('No finalists yet.').waitFor();

      await page.getByLabel('Pick them yourself').check();
      await page.getByLabel(/^Trygga skolvägen/).check();
      await page.getByLabel(/^Försenad\? Förklarad\./).check();
      await page.getByRole('button', { name: 'Promote into Final' }).click();
      await page.getByText('2 finalists were added; “Final” has 2 entries.').waitFor();

      const panel = page.getByRole('group', { name: 'Jurors of Final' });
      await panel.getByLabel('Jonna Jurist').check();
      await panel.getByLabel('Jakob Jurymedlem').check();
      await page.getByRole('button', { name: 'Save panel' }).click();
      await page.getByText('The panel of “Final” has 2 jurors.').waitFor();
      await assertAccessible(page, 'rounds');
      await screenshot(page, 'judging-rounds-en-GB');
      finalUrl = page.url();
      assert.match(finalUrl, /\?round=/);
    });

    await t.test('previews a balanced assignment, then applies it', async () => {
      await page.getByRole('link', { name: 'Assign jurors' }).click();
      await page.getByRole('heading', { level: 2, name: 'Jury assignment' }).waitFor();
      await settled(page);
      assert.equal(
        await page.getByLabel('Round', { exact: true }).inputValue(),
        new URL(finalUrl).searchParams.get('round'),
      );
      await page.getByRole('spinbutton', { name: 'Reviews per submission' }).fill('2');
      await page.getByRole('button', { name: 'Preview the plan' }).click();
      const plan = page.getByRole('region', { name: 'Proposed plan' });
      await plan.getByText('The plan adds 4 assignments so that every entry gets 2 reviews.').waitFor();
      await plan.getByRole('row', { name: /^Jonna Jurist 0 2/ }).waitFor();
      await assertAccessible(page, 'assignment preview');
      await screenshot(page, 'judging-assignment-preview-en-GB');
      assert.equal(await page.getByRole('table', { name: /assignments?; 2 reviews wanted/ }).count(), 0);

      await plan.getByRole('button', { name: 'Apply the plan (4 assignments)' }).click();
      await page.getByText('The plan was applied: 4 assignments were added.').waitFor();
      await page.getByRole('table', { name: '4 assignments; 2 reviews wanted per submission' }).waitFor();
    });

    await t.test('freezes the leaderboard and offers the exports', async () => {
      await page.goto(`${consoleUrl}/results`);
      await page.getByRole('heading', { level: 2, name: 'Results' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Publish the results' }).isDisabled(), true);
      await page.getByRole('button', { name: 'Freeze now' }).click();
      await page.getByText(/^Frozen since /).waitFor();
      await page.getByRole('button', { name: 'Unfreeze' }).waitFor();
      const href = await page
        .getByRole('link', { name: 'Every score and comment, with juror and criterion (CSV)' })
        .getAttribute('href');
      const download = await page.request.get(`${platform.url}${href}`);
      assert.equal(download.status(), 200);
      assert.match(await download.text(), /Trygga skolvägen/);
      await assertAccessible(page, 'results control');
    });
  });

  it('works in Swedish on a phone-sized screen', async () => {
    const page = await organizerPage('sv-SE', { width: 375, height: 812 });
    for (const [area, heading] of [
      ['criteria', 'Kriterier'],
      ['rounds', 'Omgångar'],
      ['assignments', 'Jurytilldelning'],
      ['results', 'Resultat'],
    ]) {
      await page.goto(`${platform.url}/events/${slug}/organize/${area}`);
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
      await settled(page);
      await assertAccessible(page, `${area} (sv)`);
      await assertFitsWidth(page, `${area} (sv)`);
      await screenshot(page, `judging-${area}-sv-SE-phone`);
    }
  });
});
