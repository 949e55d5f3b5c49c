import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { launchBrowser, screenshot } from '../support/browser.mjs';
import { assertAccessible, assertFitsWidth, settled } from '../support/checks.mjs';
import { startPlatform } from '../support/platform.mjs';

const SLUG = 'open-data-hack-2026';

/** Moves the demo event's submission deadline into the past, so its submitted projects are public. */
function closeSubmissions(platform) {
  const db = new Database(join(platform.dataDir, 'hackboard.sqlite'));
  try {
    db.pragma('busy_timeout = 5000');
    const { submission_deadline: stored } = db
      .prepare('SELECT submission_deadline FROM events WHERE slug = ?')
      .get(SLUG);
    const iso = stored.includes('T') ? stored : `${stored.replace(' ', 'T')}Z`;
    const earlier = new Date(Date.parse(iso) - 2 * 86_400_000).toISOString();
    const value = stored.includes('T') ? earlier : earlier.replace('T', ' ').replace('Z', '');
    db.prepare('UPDATE events SET submission_deadline = ? WHERE slug = ?').run(value, SLUG);
  } finally {
    db.close();
  }
}

describe('open data pages', () => {
  let platform;
  let browser;

  before(async () => {
    platform = await startPlatform({ port: Number(process.env.E2E_PORT ?? 3100) });
    closeSubmissions(platform);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('sends OpenGraph tags and JSON-LD to a client that runs no script', async () => {
    const response = await fetch(`${platform.url}/events/${SLUG}?lang=en`, { headers: { Accept: 'text/html' } });
    const html = await response.text();
    assert.match(html, /<meta property="og:title" content="Open Data Hack Södertälje 2026" \/>/);
    assert.match(html, /<html lang="en"/);
    const [, json] = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
    assert.equal(JSON.parse(json)['@type'], 'Event');
    // The app still starts from the page.
    assert.match(html, /<script type="module"/);
  });

  for (const [locale, texts] of [
    [
      'en-GB',
      { builtOn: 'Built on this challenge’s data', link: 'What was built on Schools and preschools in Södertälje' },
    ],
    ['sv-SE', { builtOn: 'Byggt på utmaningens data', link: 'Vad som byggts på Schools and preschools in Södertälje' }],
  ]) {
    it(`goes from a challenge to what was built on its data and to the agency's page, on a phone (${locale})`, async () => {
      const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(platform.url);
      await page.getByRole('link', { name: 'Open Data Hack Södertälje 2026' }).click();
      await page.getByRole('link', { name: 'Safer routes to school' }).first().click();
      await page.getByRole('heading', { level: 2, name: texts.builtOn }).waitFor();
      await settled(page);
      const built = page.locator('section[aria-labelledby="challenge-built-on-heading"]');
      await built.getByRole('link', { name: 'Trygga skolvägen', exact: true }).first().waitFor();
      await assertAccessible(page, `challenge page (${locale})`);
      await assertFitsWidth(page);

      await page.getByRole('link', { name: texts.link }).click();
      await page.getByRole('heading', { level: 1, name: 'Schools and preschools in Södertälje' }).waitFor();
      await settled(page);
      await page.getByRole('link', { name: 'Trygga skolvägen', exact: true }).waitFor();
      await assertAccessible(page, `data set page (${locale})`);
      await assertFitsWidth(page);
      await screenshot(page, `dataset-${locale}`);

      await page.getByRole('link', { name: 'Södertälje kommun' }).click();
      await page.getByRole('heading', { level: 1, name: 'Södertälje kommun' }).waitFor();
      await settled(page);
      assert.ok((await page.getByRole('link', { name: 'Trygga skolvägen', exact: true }).count()) >= 1);
      await assertAccessible(page, `organization page (${locale})`);
      await assertFitsWidth(page);
      await screenshot(page, `organization-${locale}`);
      await context.close();
    });
  }
});
