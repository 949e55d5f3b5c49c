import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, screenshot } from '../support/browser.mjs';
import { assertAccessible, assertFitsWidth, settled } from '../support/checks.mjs';
import { startPlatform } from '../support/platform.mjs';

// The demo event is in its hacking phase; Pia (participant@demo) is in team Skolvägen with Ali,
// two of five places taken.
const slug = 'open-data-hack-2026';
const DEMO_PASSWORD = 'hackboard-demo';

describe('finding a team through the team finder', () => {
  let platform;
  let browser;

  before(async () => {
    platform = await startPlatform({ port: Number(process.env.E2E_FINDER_PORT ?? 3111) });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function signedIn(email, password, locale, viewport) {
    const context = await browser.newContext({ locale, viewport });
    context.setDefaultTimeout(15_000);
    const login = await context.request.post(`${platform.url}/api/auth/login`, { data: { email, password } });
    assert.equal(login.status(), 200, await login.text());
    return context;
  }

  it('lets a newcomer with no team ask Skolvägen, whose member accepts in Swedish', async () => {
    const api = (suffix) => `${platform.url}/api/events/${slug}${suffix}`;
    const organizer = await signedIn('organizer@demo.hackboard.se', DEMO_PASSWORD, 'en-GB');
    const settings = await organizer.request.put(api('/finder/settings'), {
      data: { skills: ['Design', 'Data', 'Frontend'] },
    });
    assert.equal(settings.status(), 200, await settings.text());

    const captain = await signedIn('participant@demo.hackboard.se', DEMO_PASSWORD, 'sv-SE', {
      width: 1100,
      height: 900,
    });
    const team = await (await captain.request.get(api('/teams/mine'))).json();
    const listing = await captain.request.put(api(`/finder/teams/${team.id}`), {
      data: {
        lookingForMembers: true,
        wantedSkills: ['Design'],
        pitch: 'We need someone for the map.',
        challengeIds: [],
      },
    });
    assert.equal(listing.status(), 200, await listing.text());

    const email = 'nyfiken@example.se';
    const password = 'a long newcomer password';
    const registration = await organizer.request.post(`${platform.url}/api/auth/register`, {
      data: { email, password, displayName: 'Nina Nykomling' },
    });
    assert.equal(registration.status(), 201, await registration.text());
    const newcomer = await signedIn(email, password, 'en-GB', { width: 390, height: 844 });
    assert.equal((await newcomer.request.post(api('/join'))).status(), 200);

    const page = await newcomer.newPage();
    await page.goto(`${platform.url}/events/${slug}/finder`);
    await settled(page);
    await page.getByRole('heading', { level: 1, name: 'Team finder' }).waitFor();
    await page.getByLabel('Design').check();
    await page.getByLabel('Languages you speak').fill('sv, en');
    await page.getByLabel('I am looking for a team').check();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Your profile is saved.').waitFor();

    const card = page.getByRole('article', { name: 'Skolvägen' });
    await card.getByText('You bring: Design').waitFor();
    await card.getByRole('button', { name: 'Ask to join Skolvägen' }).click();
    await page.getByText('Your request to join Skolvägen is sent.').waitFor();
    await card.getByText('You have asked to join: waiting for the team.').waitFor();
    await settled(page);
    await assertFitsWidth(page, 'the team finder on a phone');
    await assertAccessible(page, 'the team finder after asking to join');
    await screenshot(page, 'team-finder-asked');

    const captainPage = await captain.newPage();
    await captainPage.goto(`${platform.url}/events/${slug}/finder`);
    await settled(captainPage);
    await captainPage.getByText('Nina Nykomling vill gå med i Skolvägen.').waitFor();
    await assertAccessible(captainPage, 'the team finder with a request waiting');
    await captainPage.getByRole('button', { name: 'Ta emot Nina Nykomling' }).click();
    await captainPage.getByText('Nina Nykomling är nu med i Skolvägen.').waitFor();

    await page.reload();
    await settled(page);
    await page.getByText('You are in a team.').waitFor();
    const mine = await (await newcomer.request.get(api('/teams/mine'))).json();
    assert.equal(mine.name, 'Skolvägen');
    assert.ok(mine.members.some((member) => member.displayName === 'Nina Nykomling'));
    await assertAccessible(page, 'the team finder once in a team');

    await Promise.all([organizer.close(), captain.close(), newcomer.close()]);
  });
});
