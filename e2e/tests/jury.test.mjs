import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, screenshot } from '../support/browser.mjs';
import { assertAccessible, assertFitsWidth, assertOwnTitle, settled } from '../support/checks.mjs';
import { startPlatform } from '../support/platform.mjs';

// The demo seed (on by default with SQLite) holds an event in its hacking phase with a heat per
// challenge, two jurors on each panel, their assignments and a few scores already given.
const slug = 'open-data-hack-2026';
const DEMO_PASSWORD = 'hackboard-demo';
const juror = 'jury2@demo.hackboard.se';
const organizer = 'organizer@demo.hackboard.se';
const heat = 'Safer routes to school';

describe('a juror’s pages', () => {
  let platform;
  let browser;
  const titles = new Map();

  before(async () => {
    platform = await startPlatform({ port: Number(process.env.E2E_JURY_PORT ?? 3105) });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function signedIn(email, locale = 'en-GB') {
    const context = await browser.newContext({ locale, viewport: { width: 1100, height: 900 } });
    context.setDefaultTimeout(15_000);
    const response = await context.request.post(`${platform.url}/api/auth/login`, {
      data: { email, password: DEMO_PASSWORD },
    });
    assert.equal(response.status(), 200);
    return context;
  }

  async function visited(page, where, key = where) {
    await settled(page);
    await assertOwnTitle(page, key, titles);
    await assertAccessible(page, where);
  }

  it('takes a juror from the event to a scored project, from the keyboard, and through a conflict', async (t) => {
    const context = await signedIn(juror);
    const page = await context.newPage();
    const queueUrl = `${platform.url}/events/${slug}/jury`;

    await t.test('the event page and My events lead a juror to their jury work', async () => {
      await page.goto(`${platform.url}/events/${slug}`);
      await page.getByRole('link', { name: 'Open your jury work' }).click();
      await page.waitForURL(queueUrl);
      await page.goto(`${platform.url}/my-events`);
      await page.getByRole('link', { name: /^Open your jury work/ }).click();
      await page.waitForURL(queueUrl);
    });

    await t.test('before judging, the queue shows the assignments and says scores cannot be saved yet', async () => {
      await page.getByText('Scores cannot be saved now: the event is in the phase “Hacking”.').waitFor();
      const round = page.getByRole('region', { name: heat });
      await round.getByText('Scored 0 of 1').waitFor();
      await round.getByText('Incomplete').waitFor();
      await visited(page, 'jury queue before judging');
      await page.getByRole('link', { name: 'Trygga skolvägen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Trygga skolvägen' }).waitFor();
      await page.getByText(/^Scores cannot be saved now/).waitFor();
      assert.equal(
        await page.getByRole('group', { name: 'Impact' }).getByRole('radio', { name: '9' }).isChecked(),
        true,
      );
      assert.equal(
        await page.getByRole('group', { name: 'Impact' }).getByRole('radio', { name: '9' }).isDisabled(),
        true,
      );
      await visited(page, 'scoring form before judging', 'scoring form');
    });

    await t.test('an organizer opens judging', async () => {
      const organizerContext = await signedIn(organizer);
      const response = await organizerContext.request.post(`${platform.url}/api/events/${slug}/phase/advance`);
      assert.equal(response.status(), 200);
      assert.equal((await response.json()).phase, 'judging');
      await organizerContext.close();
    });

    await t.test('the juror scores the missing criterion without the mouse and moves on with Ctrl+Enter', async () => {
      await page.goto(queueUrl);
      await page.getByText(/^Judging is open/).waitFor();
      await page.getByRole('link', { name: 'Trygga skolvägen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Trygga skolvägen' }).waitFor();
      await page.getByText(/^Judging is open/).waitFor();
      await visited(page, 'scoring form');
      // Tab reaches one criterion at a time: Impact, Use of open data, Execution.
      const focusedCriterion = () =>
        page.evaluate(
          () => globalThis.document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent,
        );
      let tabs = 0;
      while ((await focusedCriterion()) !== 'Impact') {
        await page.keyboard.press('Tab');
        assert.ok(++tabs < 15, 'Tab never reached the first criterion');
      }
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      assert.equal(await focusedCriterion(), 'Execution');
      await page.keyboard.press('7');
      await page.keyboard.press('ArrowRight');
      const execution = page.getByRole('group', { name: 'Execution' });
      assert.equal(await execution.getByRole('radio', { name: '8' }).isChecked(), true);
      await page.keyboard.press('Tab');
      await page.keyboard.type('Clear value for parents, 3 routes tested.');
      await page.keyboard.press('Control+Enter');
      await page.waitForURL(queueUrl);
      await page.getByText(`Every project assigned to you in “${heat}” is scored. Thank you!`).waitFor();
      await page.getByRole('region', { name: heat }).getByText('Scored 1 of 1').waitFor();

      const roundId = (await page.getByRole('link', { name: 'Trygga skolvägen' }).getAttribute('href')).split('/')[5];
      const submissionId = (await page.getByRole('link', { name: 'Trygga skolvägen' }).getAttribute('href')).split(
        '/',
      )[7];
      const review = await (
        await context.request.get(`${platform.url}/api/events/${slug}/rounds/${roundId}/reviews/${submissionId}`)
      ).json();
      assert.deepEqual(review.scores, { impact: 9, 'open-data': 7, execution: 8 });
      assert.equal(review.comment, 'Clear value for parents, 3 routes tested.');
    });

    await t.test('a phone-sized screen shows the scoring form without sideways scrolling', async () => {
      await page.setViewportSize({ width: 375, height: 740 });
      await page.getByRole('link', { name: 'Försenad? Förklarad.' }).click();
      await page.getByRole('heading', { level: 1, name: 'Försenad? Förklarad.' }).waitFor();
      await settled(page);
      await assertFitsWidth(page, 'scoring form on a phone');
      await screenshot(page, 'jury-scoring-phone');
      await page.setViewportSize({ width: 1100, height: 900 });
    });

    await t.test(
      'leaving a form with an unsaved score asks first; Escape stays, and leaving saves nothing',
      async () => {
        const scores = page.getByRole('group', { name: 'Impact' });
        const before = await scores.getByRole('radio', { name: '6' }).isChecked();
        await scores.getByRole('radio', { name: '6' }).check();
        const backToQueue = page.getByRole('link', { name: 'Back to your jury work' }).last();
        await backToQueue.click();
        const question = page.getByRole('dialog', { name: 'Leave without saving?' });
        await question.waitFor();
        await assertAccessible(page, 'the question before leaving unsaved scores');
        await page.keyboard.press('Escape');
        await question.waitFor({ state: 'hidden' });
        assert.equal(await scores.getByRole('radio', { name: '6' }).isChecked(), true);
        await backToQueue.click();
        await question.getByRole('button', { name: 'Leave without saving' }).click();
        await page.waitForURL(queueUrl);
        await page.getByRole('link', { name: 'Försenad? Förklarad.' }).click();
        await page.getByRole('heading', { level: 1, name: 'Försenad? Förklarad.' }).waitFor();
        assert.equal(
          await page.getByRole('group', { name: 'Impact' }).getByRole('radio', { name: '6' }).isChecked(),
          before,
        );
      },
    );

    await t.test('declaring a conflict takes the project off the list, and it can be withdrawn', async () => {
      await page.goto(`${platform.url}/events/${slug}/jury/conflicts`);
      await page.getByRole('heading', { level: 1, name: 'Conflicts of interest' }).waitFor();
      await page.getByRole('button', { name: 'Declare the conflict' }).click();
      await page
        .getByRole('alert')
        .getByRole('link', { name: /^Project:/ })
        .waitFor();
      await visited(page, 'conflicts with problems');
      await page
        .getByLabel('Project')
        .selectOption({ label: 'Försenad? Förklarad. – team Signalfel (Predict and explain train delays)' });
      await page.getByLabel('Reason').fill('I worked with two of the team members last year.');
      await page.getByRole('button', { name: 'Declare the conflict' }).click();
      await page
        .getByRole('status')
        .getByText(
          'Conflict declared with “Försenad? Förklarad.”. It was taken off your list in Predict and explain train delays, and any scores you gave it were removed.',
        )
        .waitFor();
      await page.getByRole('region', { name: 'Your declared conflicts' }).getByText('I worked with two').waitFor();

      await page.goto(queueUrl);
      await page.getByRole('link', { name: 'Conflicts of interest (you have declared 1)' }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'Försenad? Förklarad.' }).count(), 0);

      await page.getByRole('link', { name: 'Conflicts of interest (you have declared 1)' }).click();
      await page.getByRole('button', { name: 'Withdraw – Försenad? Förklarad.' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Withdraw the conflict' }).click();
      await page.getByRole('status').getByText('Your conflict with “Försenad? Förklarad.” is withdrawn.').waitFor();
      await page.getByText('You have declared no conflicts of interest.').waitFor();
    });

    await t.test('the pairwise screen explains itself in an event judged with the rubric', async () => {
      const roundId = '00000000-0000-4000-8000-000000000000';
      await page.goto(`${platform.url}/events/${slug}/jury/rounds/${roundId}/compare`);
      await page.getByText('This event is judged with scores per criterion, not by comparing pairs.').waitFor();
    });

    await context.close();
  });

  it('reads in Swedish, accessibly', async () => {
    const context = await signedIn(juror, 'sv-SE');
    const page = await context.newPage();
    await page.goto(`${platform.url}/events/${slug}/jury`);
    await page.getByRole('heading', { level: 1, name: 'Ditt juryarbete' }).waitFor();
    await settled(page);
    await assertAccessible(page, 'jury queue in Swedish');
    await page.getByRole('link', { name: 'Trygga skolvägen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Dina poäng' }).waitFor();
    await page.getByRole('heading', { name: 'Kortkommandon' }).waitFor();
    await assertAccessible(page, 'scoring form in Swedish');
    await page.goto(`${platform.url}/events/${slug}/jury/conflicts`);
    await page.getByRole('heading', { level: 1, name: 'Jäv' }).waitFor();
    await settled(page);
    await assertAccessible(page, 'conflicts in Swedish');
    await context.close();
  });

  it('lets a juror compare projects in pairs from the keyboard once the event is judged that way', async () => {
    const api = `${platform.url}/api/events/${slug}`;
    const organizerContext = await signedIn(organizer);
    const request = organizerContext.request;
    assert.equal((await request.patch(api, { data: { judgingMode: 'pairwise' } })).status(), 200);
    const final = await (await request.post(`${api}/rounds`, { data: { name: 'Final', kind: 'final' } })).json();
    const gallery = await (await request.get(`${api}/gallery`)).json();
    const promoted = await request.post(`${api}/rounds/${final.id}/promote`, {
      data: { submissionIds: gallery.items.map((item) => item.id) },
    });
    assert.equal(promoted.status(), 200);
    const context = await signedIn(juror);
    const me = await (await context.request.get(`${platform.url}/api/auth/me`)).json();
    assert.equal((await request.put(`${api}/rounds/${final.id}/panel`, { data: { jurorIds: [me.id] } })).status(), 200);
    await organizerContext.close();

    const page = await context.newPage();
    await page.goto(`${platform.url}/events/${slug}/jury`);
    await page.getByRole('link', { name: 'Compare projects – Final' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare projects: Final' }).waitFor();
    const a = await page.locator('#project-a').textContent();
    const b = await page.locator('#project-b').textContent();
    assert.deepEqual([a, b].sort(), ['Försenad? Förklarad.', 'Trygga skolvägen']);
    await visited(page, 'pairwise comparison');
    await page.setViewportSize({ width: 375, height: 740 });
    await assertFitsWidth(page, 'pairwise comparison on a phone');
    await page.setViewportSize({ width: 1100, height: 900 });

    await page.keyboard.press('ArrowRight');
    await page.getByRole('status').getByText(`Saved: “${b}” is better than “${a}”.`).waitFor();
    // Two projects make one pair: nothing is left after the verdict.
    await page.getByText('There is nothing left for you to compare in this round. Thank you!').waitFor();
    await page.getByText('You have judged 1 pair in this round.').waitFor();
    await context.close();
  });
});
