import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, screenshot } from '../support/browser.mjs';
import { assertAccessible, settled } from '../support/checks.mjs';
import { startPlatform } from '../support/platform.mjs';

// The demo seed puts participant@demo.hackboard.se in a team with a submitted project, open to
// changes until the deadline (the event is in its hacking phase).
const slug = 'open-data-hack-2026';

describe('a write budget met while saving', () => {
  let platform;
  let browser;

  before(async () => {
    // A tight budget for submission edits, so the third save in a minute meets it.
    platform = await startPlatform({
      port: Number(process.env.E2E_BUDGET_PORT ?? 3107),
      env: { WRITE_BUDGET_SUBMISSIONS: '2/1m' },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('says so calmly and keeps the typed text', async () => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1100, height: 900 } });
    context.setDefaultTimeout(15_000);
    const login = await context.request.post(`${platform.url}/api/auth/login`, {
      data: { email: 'participant@demo.hackboard.se', password: 'hackboard-demo' },
    });
    assert.equal(login.status(), 200);
    const list = await (await context.request.get(`${platform.url}/api/events/${slug}/submissions`)).json();
    const [own] = list.items;
    assert.ok(own, 'the demo participant has a submission');

    const page = await context.newPage();
    await page.goto(`${platform.url}/events/${slug}/team/submissions/${own.id}`);
    const summary = page.getByLabel(/^Summary/);
    const save = page.getByRole('button', { name: /^Save (draft|changes)$/ });
    for (const text of ['First pass at the summary.', 'Second pass at the summary.']) {
      await summary.fill(text);
      await save.click();
      await page.getByText('Everything is saved.').waitFor();
    }

    const typed = 'A third pass, typed with care, that must not be lost.';
    await summary.fill(typed);
    await save.click();
    const notice = page.getByRole('status').filter({
      has: page.getByRole('heading', { name: 'Saving is paused for a moment' }),
    });
    await notice.getByText(/Nothing you typed is lost: try again in \d+ seconds/).waitFor();
    await settled(page);
    assert.equal(await summary.inputValue(), typed);
    await assertAccessible(page, 'the submission editor with a paused save');
    await screenshot(page, 'write-budget-paused-save');
    await context.close();
  });
});
