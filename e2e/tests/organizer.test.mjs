import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { promoteToAdmin } from '../support/accounts.mjs';
import { accessibilityViolations, launchBrowser, screenshot } from '../support/browser.mjs';
import { startPlatform } from '../support/platform.mjs';

const PASSWORD = 'correct horse battery staple';

/** Fails with the page and the violations when axe finds anything. */
async function assertAccessible(page, where) {
  assert.deepEqual(await accessibilityViolations(page), [], `accessibility violations on ${where}`);
}

/** The page is as wide as the screen: nothing needs sideways scrolling. */
async function assertFitsWidth(page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: globalThis.document.documentElement.scrollWidth,
    client: globalThis.document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `the page is ${scroll}px wide on a ${client}px screen`);
}

async function titleAndHeading(page) {
  return { title: await page.title(), h1: await page.locator('h1').count() };
}

describe('organizing an event', () => {
  let platform;
  let browser;
  const organizer = { name: 'Olivia Organizer', email: 'olivia@example.se' };
  const participant = { name: 'Pia Deltagare', email: 'pia@example.se' };
  const slug = 'spring-data-hack';
  const titles = new Map();

  before(async () => {
    platform = await startPlatform({ port: Number(process.env.E2E_ORGANIZER_PORT ?? 3101) });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await platform?.stop();
  });

  /** Every page visited has one h1 and a title no other page has. */
  async function recordPage(page, where) {
    const { title, h1 } = await titleAndHeading(page);
    assert.equal(h1, 1, `${where} has ${h1} h1 elements`);
    const seen = titles.get(title);
    assert.ok(seen === undefined || seen === where, `"${title}" is the title of both ${seen} and ${where}`);
    titles.set(title, where);
  }

  it('takes an organizer from registration to a public event in its next phase, and a participant into it', async (t) => {
    const organizerContext = await browser.newContext({ locale: 'en-GB' });
    organizerContext.setDefaultTimeout(15_000);
    const page = await organizerContext.newPage();
    const consoleUrl = `${platform.url}/events/${slug}/organize`;

    await t.test('registers with the password rules in view', async () => {
      await page.goto(`${platform.url}/register`);
      await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
      await page.getByText('at least 10 characters').waitFor();
      await assertAccessible(page, 'register');
      await recordPage(page, 'register');
      await page.getByLabel('Name', { exact: true }).fill(organizer.name);
      await page.getByLabel('Email address').fill(organizer.email);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      assert.equal(await page.getByLabel('English').isChecked(), true);
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('heading', { level: 1, name: 'My events' }).waitFor();
      await page.getByText('You do not take part in any event yet.').waitFor();
      await assertAccessible(page, 'my events (empty)');
      await recordPage(page, 'my events');
      await screenshot(page, 'my-events-empty-en-GB');
    });

    await t.test('becomes an admin and finds "Create event" in the account menu', async () => {
      promoteToAdmin(platform, organizer.email);
      await page.reload();
      const menu = page.getByRole('banner').getByRole('button', { name: new RegExp(organizer.name) });
      await menu.click();
      assert.equal(await menu.getAttribute('aria-expanded'), 'true');
      await assertAccessible(page, 'account menu open');
      await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Create event' }).click();
      await page.getByRole('heading', { level: 1, name: 'Create event' }).waitFor();
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      await assertAccessible(page, 'create event');
      await recordPage(page, 'create event');
    });

    await t.test('is told next to the field that the web address is taken, and creates the event', async () => {
      await page.getByLabel('Name', { exact: true }).fill('Spring Data Hack');
      assert.equal(await page.getByLabel('Web address').inputValue(), slug);
      await page.getByLabel('Web address').fill('open-data-hack-2026');
      await page.getByLabel('Tagline').fill('Open data from Swedish agencies, one spring weekend.');
      await page
        .getByLabel(/^Description/)
        .fill('Build with **open data** from the agencies.\n\n- Teams of up to five');
      await page.getByRole('button', { name: 'Show preview' }).click();
      await page.getByRole('region', { name: 'Preview of the description' }).locator('strong').waitFor();
      await page.getByRole('button', { name: 'Create event' }).click();

      const summary = page.getByRole('alert');
      await summary.getByText('Another event already uses this web address.').waitFor();
      const slugInput = page.getByLabel('Web address');
      assert.equal(await slugInput.getAttribute('aria-invalid'), 'true');
      assert.equal(
        await page.locator('#event-slug-error').textContent(),
        'Error: This is already taken. Choose another.',
      );
      assert.equal(await page.evaluate(() => globalThis.document.activeElement?.getAttribute('role')), 'alert');
      await assertAccessible(page, 'create event with an error');
      await screenshot(page, 'create-event-error-en-GB');

      await slugInput.fill(slug);
      await page.getByRole('button', { name: 'Create event' }).click();
      await page.waitForURL(consoleUrl);
      await page.getByRole('heading', { level: 1, name: 'Spring Data Hack' }).waitFor();
      await page.getByText('The event has been created as a draft.').waitFor();
      assert.equal(await page.title(), 'Settings – Spring Data Hack – Organizer console – Hackboard');
      await assertAccessible(page, 'console settings');
      await recordPage(page, 'console settings');
    });

    await t.test('fixes a timeline error shown next to its field', async () => {
      const deadline = page.getByLabel('Submission deadline');
      const hackingStarts = await page.getByLabel('Hacking starts').inputValue();
      const original = await deadline.inputValue();
      await deadline.fill(`${hackingStarts.slice(0, 10)}T08:00`);
      await page.getByRole('button', { name: 'Save settings' }).click();

      const link = page
        .getByRole('alert')
        .getByRole('link', { name: 'Submission deadline: Must be after “Hacking starts”.' });
      await link.waitFor();
      assert.equal(await deadline.getAttribute('aria-invalid'), 'true');
      assert.equal(
        await page.locator('#event-timeline-submissionDeadline-error').textContent(),
        'Error: Must be after “Hacking starts”.',
      );
      await assertAccessible(page, 'settings with a timeline error');
      await screenshot(page, 'organizer-settings-error-en-GB');

      await link.click();
      assert.equal(
        await page.evaluate(() => globalThis.document.activeElement?.id),
        'event-timeline-submissionDeadline',
      );
      // An hour later than suggested, so there is a change to save.
      await deadline.fill(`${original.slice(0, 10)}T16:00`);
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByRole('status').getByText('The settings have been saved.').waitFor();
      assert.equal(await page.getByRole('alert').count(), 0);
      assert.equal(await deadline.getAttribute('aria-invalid'), null);
    });

    await t.test('makes the event public and sees it on the home page', async () => {
      await page.getByLabel('Public', { exact: true }).check();
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByRole('status').getByText('The settings have been saved.').waitFor();
      await page.getByText('This event is a draft').waitFor({ state: 'detached' });
      await page.getByText('Upcoming', { exact: true }).waitFor();

      await page.getByRole('link', { name: 'Hackboard' }).click();
      await page.getByRole('heading', { level: 1, name: 'Hackathons' }).waitFor();
      await page.getByRole('link', { name: 'Spring Data Hack' }).waitFor();
      await assertAccessible(page, 'home page as an organizer');
    });

    await t.test('moves the event to its next phase after confirming', async () => {
      await page.goto(consoleUrl);
      await page.getByRole('navigation', { name: 'Organizer console' }).getByRole('link', { name: 'Phase' }).click();
      await page.getByRole('heading', { level: 2, name: 'Phase' }).waitFor();
      await recordPage(page, 'console phase');
      await assertAccessible(page, 'console phase');
      await page.getByRole('button', { name: 'Move to next phase' }).click();
      const dialog = page.getByRole('dialog', { name: 'Move on to “Registration open”?' });
      await dialog.waitFor();
      assert.equal(await page.evaluate(() => globalThis.document.activeElement?.textContent), 'Cancel');
      await assertAccessible(page, 'phase confirmation');
      await screenshot(page, 'organizer-phase-confirm-en-GB');
      await dialog.getByRole('button', { name: 'Move to “Registration open”' }).click();
      await page.getByRole('status').getByText('The event is now in the phase “Registration open”.').waitFor();
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(await page.evaluate(() => globalThis.document.activeElement?.textContent), 'Move to next phase');
    });

    await t.test('sees the phase change in the audit log', async () => {
      await page.getByRole('link', { name: 'Audit log' }).click();
      await page.getByRole('heading', { level: 2, name: 'Audit log' }).waitFor();
      const newest = page.locator('table tbody tr').first();
      await newest.getByText('Moved to the next phase').waitFor();
      await newest.getByText('From “Upcoming” to “Registration open”').waitFor();
      assert.equal(await newest.locator('td').nth(1).innerText(), organizer.name);
      await page.getByRole('cell', { name: 'Event created' }).waitFor();
      await page.getByRole('cell', { name: 'Changed: Public' }).waitFor();
      await recordPage(page, 'console audit');
      await assertAccessible(page, 'console audit');
      await screenshot(page, 'organizer-audit-en-GB');
    });

    await t.test('is refused removing the last organizer, with the reason', async () => {
      await page.getByRole('link', { name: 'Members' }).click();
      await page.getByRole('heading', { level: 2, name: 'Members' }).waitFor();
      await page.getByRole('rowheader', { name: `${organizer.name} (you)` }).waitFor();
      await recordPage(page, 'console members');
      await page.getByRole('button', { name: `Remove ${organizer.name} (Organizer)` }).click();
      const dialog = page.getByRole('dialog', { name: `Remove ${organizer.name}?` });
      await dialog.getByRole('button', { name: 'Remove' }).click();
      await page
        .getByRole('alert')
        .getByText('An event must keep at least one organizer. Appoint another organizer first.')
        .waitFor();
      await assertAccessible(page, 'console members with an error');
    });

    await t.test('a participant registers in Swedish and joins the event', async () => {
      const participantContext = await browser.newContext({ locale: 'sv-SE' });
      participantContext.setDefaultTimeout(15_000);
      const other = await participantContext.newPage();
      await other.goto(`${platform.url}/events/${slug}`);
      await other.getByRole('heading', { level: 1, name: 'Spring Data Hack' }).waitFor();
      await other.getByText(/^Hackandet börjar om \d+ dagar/).waitFor();
      await other.getByRole('region', { name: 'Delta' }).getByRole('link', { name: 'skapa ett konto' }).click();

      await other.getByRole('heading', { level: 1, name: 'Skapa ett konto' }).waitFor();
      await assertAccessible(other, 'register (sv)');
      await other.getByLabel('Namn', { exact: true }).fill(participant.name);
      await other.getByLabel('E-postadress').fill(participant.email);
      await other.getByLabel('Lösenord', { exact: true }).fill(PASSWORD);
      await other.getByRole('button', { name: 'Skapa konto' }).click();

      await other.waitForURL(`${platform.url}/events/${slug}`);
      await other.getByRole('button', { name: 'Gå med som deltagare' }).click();
      await other.getByRole('status').getByText('Du har gått med i Spring Data Hack som deltagare.').waitFor();
      await other.getByText('Deltagare', { exact: true }).waitFor();
      assert.equal(await other.getByRole('button', { name: 'Gå med som deltagare' }).count(), 0);
      await assertAccessible(other, 'event page after joining (sv)');
      await screenshot(other, 'event-joined-sv-SE');

      await other
        .getByRole('banner')
        .getByRole('button', { name: new RegExp(participant.name) })
        .click();
      await other.getByRole('link', { name: 'Mina evenemang' }).click();
      await other.getByRole('heading', { level: 1, name: 'Mina evenemang' }).waitFor();
      await other.getByRole('link', { name: 'Spring Data Hack', exact: true }).waitFor();
      await assertAccessible(other, 'my events (sv)');
      await screenshot(other, 'my-events-sv-SE');
      await participantContext.close();

      await page.reload();
      await page.getByRole('rowheader', { name: participant.name }).waitFor();
    });

    await t.test('saves the language switched to; signing in keeps the browser’s', async () => {
      const saved = page.waitForResponse(
        (response) => response.url().endsWith('/api/auth/me') && response.request().method() === 'PATCH',
      );
      await page.getByRole('button', { name: 'På svenska' }).click();
      assert.equal((await saved).status(), 200);
      await page.getByRole('heading', { level: 2, name: 'Medlemmar' }).waitFor();
      await assertAccessible(page, 'console members (sv)');

      await page
        .getByRole('banner')
        .getByRole('button', { name: new RegExp(organizer.name) })
        .click();
      await page.getByRole('button', { name: 'Logga ut' }).click();
      await page.getByRole('link', { name: 'Logga in' }).waitFor();
      await page.getByRole('button', { name: 'In English' }).click();
      await page.getByRole('link', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await recordPage(page, 'sign in');
      await assertAccessible(page, 'sign in');
      await page.getByLabel('Email address').fill(organizer.email);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      // The language chosen in this browser stays after signing in, whatever the account's.
      await page.getByRole('heading', { level: 1, name: 'My events' }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      await page.getByText('Organizer', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'På svenska' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mina evenemang' }).waitFor();
      await page.getByText('Arrangör', { exact: true }).waitFor();
    });

    await t.test('works on a phone-sized screen', async () => {
      await page.setViewportSize({ width: 375, height: 812 });
      for (const [path, heading] of [
        [`/events/${slug}/organize`, 'Spring Data Hack'],
        [`/events/${slug}/organize/audit`, 'Spring Data Hack'],
        [`/events/${slug}`, 'Spring Data Hack'],
        ['/account', 'Ditt konto'],
      ]) {
        await page.goto(`${platform.url}${path}`);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        // Parts of a page load side by side: wait until none of them is loading.
        await page.locator('[role="status"]:has-text("Laddar")').first().waitFor({ state: 'detached' });
        await assertFitsWidth(page);
        await assertAccessible(page, `${path} at 375 px (sv)`);
      }
      await screenshot(page, 'account-375-sv-SE');
      await page.goto(`${platform.url}/events/${slug}/organize`);
      await page.getByLabel('Namn', { exact: true }).waitFor();
      await screenshot(page, 'organizer-settings-375-sv-SE');
    });

    await organizerContext.close();
  });
});
