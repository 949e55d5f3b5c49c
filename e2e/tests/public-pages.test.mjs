import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { accessibilityViolations, launchBrowser, screenshot } from '../support/browser.mjs';
import { startPlatform } from '../support/platform.mjs';

describe('public pages', () => {
  let platform;
  let browser;

  before(async () => {
    platform = await startPlatform({ port: Number(process.env.E2E_PORT ?? 3100) });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await platform?.stop();
  });

  for (const [locale, texts] of [
    ['en-GB', { heading: 'Hackathons', phase: 'Hacking', timeline: 'Timeline', switchTo: 'På svenska' }],
    ['sv-SE', { heading: 'Hackathons', phase: 'Hackande pågår', timeline: 'Tidslinje', switchTo: 'In English' }],
  ]) {
    it(`shows the demo event on the home page and its own page, without accessibility violations (${locale})`, async () => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(platform.url);
      await page.getByRole('heading', { level: 1, name: texts.heading }).waitFor();
      const link = page.getByRole('link', { name: 'Open Data Hack Södertälje 2026' });
      await link.waitFor();
      assert.equal(await page.getByText(texts.phase, { exact: true }).count(), 1);
      assert.equal(await page.locator('html').getAttribute('lang'), locale.slice(0, 2));
      assert.deepEqual(await accessibilityViolations(page), []);
      await screenshot(page, `home-${locale}`);

      await link.click();
      await page.getByRole('heading', { level: 2, name: texts.timeline }).waitFor();
      assert.match(await page.title(), /Open Data Hack Södertälje 2026/);
      assert.equal(await page.locator('.prose strong').first().textContent(), 'open data');
      assert.deepEqual(await accessibilityViolations(page), []);
      await screenshot(page, `event-${locale}`);
      await context.close();
    });
  }

  it('switches language with the keyboard and remembers the choice', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(platform.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Tab order: skip link, brand, Events, language switch.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => globalThis.document.activeElement?.textContent), 'På svenska');
    await page.keyboard.press('Enter');
    await page.getByText('Evenemang där team bygger på öppna data', { exact: false }).waitFor();
    await page.reload();
    await page.getByText('Evenemang där team bygger på öppna data', { exact: false }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
    await context.close();
  });

  it('shows a not-found page for an unknown address and the accessibility statement', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${platform.url}/no/such/page`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.goto(`${platform.url}/accessibility`);
    await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await context.close();
  });
});
