import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { promoteToAdmin } from '../support/accounts.mjs';
import { launchBrowser, screenshot } from '../support/browser.mjs';
import { assertAccessible, assertFitsWidth, settled } from '../support/checks.mjs';
import { apiWrite, grantEventRole, registerIn } from '../support/event-day.mjs';
import { startPlatform } from '../support/platform.mjs';

const PASSWORD = 'correct horse battery staple';
const SLUG = 'open-data-hack-2026';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('the event day', () => {
  let platform;
  let browser;

  before(async () => {
    platform = await startPlatform({ port: Number(process.env.E2E_EVENT_DAY_PORT ?? 3108) });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('shows the agenda on a phone, a volunteer checks a participant in by typing the ticket code, and the team gets a mentor', async (t) => {
    const organizer = await browser.newContext({ locale: 'en-GB', ...PHONE });
    const participant = await browser.newContext({ locale: 'sv-SE', ...PHONE });
    const volunteer = await browser.newContext({ locale: 'en-GB', ...PHONE });
    for (const context of [organizer, participant, volunteer]) context.setDefaultTimeout(15_000);
    const now = Date.now();

    await t.test('the organizer puts a talk on now and a meal later on the agenda', async () => {
      const email = 'olle@example.se';
      await registerIn(organizer, platform, { name: 'Olle Organizer', email, password: PASSWORD });
      promoteToAdmin(platform, email);
      await apiWrite(organizer, platform, 'POST', `/events/${SLUG}/schedule`, {
        kind: 'talk',
        title: 'Öppna data i kommunen',
        startsAt: new Date(now - 10 * 60_000).toISOString(),
        endsAt: new Date(now + 50 * 60_000).toISOString(),
        place: 'Stora salen',
        speaker: 'Sara Södertälje',
        language: 'sv',
      });
      await apiWrite(organizer, platform, 'POST', `/events/${SLUG}/schedule`, {
        kind: 'meal',
        title: 'Dinner',
        startsAt: new Date(now + 2 * 3600_000).toISOString(),
        endsAt: new Date(now + 3 * 3600_000).toISOString(),
        streamUrl: 'https://stream.example.se/dinner',
      });
    });

    const participantPage = await participant.newPage();
    let code;
    await t.test('a participant sees the agenda with what is on now and next, in Swedish', async () => {
      await registerIn(participant, platform, { name: 'Pia Deltagare', email: 'pia@example.se', password: PASSWORD });
      await apiWrite(participant, platform, 'POST', `/events/${SLUG}/join`);
      await participantPage.goto(`${platform.url}/events/${SLUG}/agenda`);
      await participantPage.getByRole('heading', { level: 1, name: 'Program' }).waitFor();
      const now = participantPage.locator('section', {
        has: participantPage.getByRole('heading', { name: 'Pågår nu' }),
      });
      await now.getByText('Öppna data i kommunen').first().waitFor();
      assert.ok(await now.getByText('Dinner').count(), 'the meal is next');
      assert.ok(await participantPage.getByRole('link', { name: 'Prenumerera på programmet' }).count());
      assert.ok((await participantPage.getByRole('link', { name: 'Lägg till i kalendern' }).count()) >= 2);
      await assertAccessible(participantPage, 'the agenda on a phone');
      await assertFitsWidth(participantPage, 'the agenda on a phone');
      await screenshot(participantPage, 'event-day-agenda-phone');
    });

    await t.test('the participant has a ticket with a QR code on the event page', async () => {
      await participantPage.goto(`${platform.url}/events/${SLUG}`);
      await participantPage.getByRole('heading', { level: 2, name: 'Din biljett' }).waitFor();
      await participantPage.getByRole('img', { name: 'QR-kod för din biljett' }).waitFor();
      code = (await participantPage.locator('.ticket-code').textContent()).trim();
      assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      await participantPage.getByText('Inte incheckad än.').waitFor();
      await settled(participantPage);
      await assertAccessible(participantPage, 'the event page with a ticket');
      await assertFitsWidth(participantPage, 'the event page with a ticket');
    });

    await t.test('a volunteer types the code at the door and the participant is checked in, once', async () => {
      const email = 'vera@example.se';
      await registerIn(volunteer, platform, { name: 'Vera Volunteer', email, password: PASSWORD });
      grantEventRole(platform, { email, slug: SLUG, role: 'volunteer' });
      const page = await volunteer.newPage();
      await page.goto(`${platform.url}/events/${SLUG}`);
      await page.getByRole('link', { name: 'Open the check-in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Check-in' }).waitFor();
      await assertAccessible(page, 'the check-in page on a phone');
      await assertFitsWidth(page, 'the check-in page on a phone');
      await page.getByLabel('Ticket code').fill(code.toLowerCase().replace(/-/g, ''));
      await page.getByRole('button', { name: 'Check in', exact: true }).click();
      await page.getByRole('status').getByText('Pia Deltagare is checked in.').waitFor();
      await page.getByLabel('Ticket code').fill(code);
      await page.getByRole('button', { name: 'Check in', exact: true }).click();
      await page
        .getByRole('status')
        .getByText(/Pia Deltagare was already checked in/)
        .waitFor();
      await page.getByRole('searchbox', { name: 'Name' }).fill('pia');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByText(/^Checked in /).waitFor();
      await assertAccessible(page, 'the check-in page after a check-in');
      await screenshot(page, 'event-day-check-in-phone');

      await participantPage.reload();
      await participantPage.getByText(/^Incheckad /).waitFor();
    });

    await t.test('the team books a mentor, joins the help queue and sees its place move', async () => {
      const mentor = await browser.newContext({ locale: 'en-GB' });
      const other = await browser.newContext({ locale: 'en-GB' });
      const mentorEmail = 'maja@example.se';
      await registerIn(mentor, platform, { name: 'Maja Mentor', email: mentorEmail, password: PASSWORD });
      grantEventRole(platform, { email: mentorEmail, slug: SLUG, role: 'mentor' });
      await apiWrite(mentor, platform, 'PUT', `/events/${SLUG}/mentoring/me`, { skills: ['Öppna data', 'Kartor'] });
      await apiWrite(mentor, platform, 'POST', `/events/${SLUG}/mentoring/slots`, {
        startsAt: new Date(now + 3600_000).toISOString(),
        endsAt: new Date(now + 5400_000).toISOString(),
      });
      await apiWrite(participant, platform, 'POST', `/events/${SLUG}/teams`, { name: 'Kartlaget' });
      await registerIn(other, platform, { name: 'Otto Other', email: 'otto@example.se', password: PASSWORD });
      await apiWrite(other, platform, 'POST', `/events/${SLUG}/join`);
      await apiWrite(other, platform, 'POST', `/events/${SLUG}/teams`, { name: 'Först i kön' });
      const first = await apiWrite(other, platform, 'POST', `/events/${SLUG}/help-queue`, { topic: 'Deploy' });

      await participantPage.goto(`${platform.url}/events/${SLUG}`);
      await participantPage.getByRole('link', { name: 'Öppna mentorskapet' }).click();
      await participantPage.getByRole('heading', { level: 1, name: 'Mentorer' }).waitFor();
      await participantPage.getByRole('heading', { level: 3, name: 'Maja Mentor' }).waitFor();
      await participantPage.getByLabel('Vad behöver ni hjälp med?').fill('Vår karttjänst');
      await participantPage.getByRole('button', { name: 'Boka', exact: true }).click();
      await participantPage.getByText('Bokad av Kartlaget: Vår karttjänst').waitFor();
      await participantPage.getByRole('button', { name: 'Ställ er i hjälpkön' }).click();
      await participantPage.getByText('Ert team är nummer 2 i kön.').waitFor();
      await assertAccessible(participantPage, 'the mentoring page on a phone');
      await assertFitsWidth(participantPage, 'the mentoring page on a phone');
      await screenshot(participantPage, 'event-day-mentoring-phone');

      // A mentor takes the team ahead: the page moves the team up without reloading.
      await apiWrite(mentor, platform, 'POST', `/events/${SLUG}/help-queue/${first.id}/claim`);
      await participantPage.getByText('Ert team är nummer 1 i kön.').waitFor();

      const mentorPage = await mentor.newPage();
      await mentorPage.goto(`${platform.url}/events/${SLUG}/mentoring`);
      await mentorPage.getByRole('heading', { level: 2, name: 'Teams waiting for help' }).waitFor();
      await mentorPage.getByText('Booked by Kartlaget: Vår karttjänst').waitFor();
      await mentorPage.getByRole('button', { name: 'Done' }).click();
      await mentorPage.getByRole('button', { name: 'Take this request' }).click();
      await participantPage.getByText('Maja Mentor är på väg till ert team.').waitFor();
      await assertAccessible(mentorPage, "the mentor's page");
      await mentor.close();
      await other.close();
    });

    for (const context of [organizer, participant, volunteer]) await context.close();
  });
});
