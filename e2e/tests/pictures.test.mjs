import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { launchBrowser, screenshot } from '../support/browser.mjs';
import { assertAccessible, assertFitsWidth, settled } from '../support/checks.mjs';
import { startPlatform } from '../support/platform.mjs';

// The demo seed: Olle organizes the event, Sara speaks for Södertälje kommun (which has a
// challenge in it) and Pia is in team Skolvägen with a submitted project.
const slug = 'open-data-hack-2026';
const DEMO_PASSWORD = 'hackboard-demo';
const phone = { width: 390, height: 844 };

/** A picture with a place in its EXIF, as phones write them. */
function picture(colour, width, height) {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .withExif({
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 11/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '17/1 37/1 0/1' },
    })
    .jpeg()
    .toBuffer();
}

describe('banners, logos and team pictures', () => {
  let platform;
  let browser;

  before(async () => {
    platform = await startPlatform({ port: Number(process.env.E2E_PICTURES_PORT ?? 3113) });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function signedIn(email, locale) {
    const context = await browser.newContext({ locale, viewport: phone });
    context.setDefaultTimeout(15_000);
    const login = await context.request.post(`${platform.url}/api/auth/login`, {
      data: { email, password: DEMO_PASSWORD },
    });
    assert.equal(login.status(), 200, await login.text());
    return context;
  }

  /** Uploads into the region named `region`: the file, its alt text, then the button. */
  async function upload(page, region, { file, alt, fileLabel, altLabel, button, done }) {
    const section = page.getByRole('region', { name: region });
    await section.getByLabel(fileLabel).setInputFiles({ name: 'picture.jpg', mimeType: 'image/jpeg', buffer: file });
    await section.getByLabel(altLabel).fill(alt);
    await section.getByRole('button', { name: button }).click();
    await section.getByText(done).waitFor();
    await section.getByRole('img', { name: alt }).waitFor();
    return section;
  }

  it('are uploaded with alt text on a phone, in English and Swedish, and shown where their owners appear', async () => {
    const banner = 'Cyclists on the bridge over Södertälje canal';
    const logo = 'The coat of arms of Södertälje kommun';
    const avatar = 'Laget Skolvägen framför en karta';

    // The organizer: without alt text nothing is sent; with it the banner is stored.
    const organizer = await signedIn('organizer@demo.hackboard.se', 'en-GB');
    const settings = await organizer.newPage();
    await settings.goto(`${platform.url}/events/${slug}/organize`);
    await settled(settings);
    const bannerSection = settings.getByRole('region', { name: 'Event banner' });
    await bannerSection
      .getByLabel('Image')
      .setInputFiles({ name: 'b.jpg', mimeType: 'image/jpeg', buffer: await picture('#c8501e', 2000, 600) });
    await bannerSection.getByRole('button', { name: 'Upload banner' }).click();
    await bannerSection.getByRole('alert').waitFor();
    await assertAccessible(settings, 'the settings with a banner missing its alt text');
    await upload(settings, 'Event banner', {
      file: await picture('#c8501e', 2000, 600),
      alt: banner,
      fileLabel: 'Image',
      altLabel: 'Alt text',
      button: 'Upload banner',
      done: 'The banner is uploaded.',
    });
    await assertFitsWidth(settings, 'the settings with the banner on a phone');
    await assertAccessible(settings, 'the settings with the banner');
    await organizer.close();

    // The organization's own person uploads its logo under Our challenges.
    const agency = await signedIn('agency@demo.hackboard.se', 'en-GB');
    const own = await agency.newPage();
    await own.goto(`${platform.url}/events/${slug}/challenges/manage`);
    await settled(own);
    await upload(own, /^Logo of /, {
      file: await picture('#1e3c8c', 400, 400),
      alt: logo,
      fileLabel: 'Image',
      altLabel: 'Alt text',
      button: 'Upload logo',
      done: 'The logo is uploaded.',
    });
    await assertFitsWidth(own, 'our challenges with the logo on a phone');
    await assertAccessible(own, 'our challenges with the logo');
    await agency.close();

    // A team member, in Swedish, gives the team its picture on the team page.
    const member = await signedIn('participant@demo.hackboard.se', 'sv-SE');
    const team = await member.newPage();
    await team.goto(`${platform.url}/events/${slug}/team`);
    await settled(team);
    await upload(team, 'Lagets bild', {
      file: await picture('#2a9d54', 800, 800),
      alt: avatar,
      fileLabel: 'Bild',
      altLabel: 'Alternativtext',
      button: 'Ladda upp lagets bild',
      done: 'Lagets bild är uppladdad.',
    });
    await team.locator('.team-panel').getByRole('img', { name: avatar }).waitFor();
    await assertFitsWidth(team, 'the team page with its picture on a phone');
    await assertAccessible(team, 'the team page with its picture, in Swedish');
    await screenshot(team, 'pictures-team-avatar');
    await member.close();

    // A visitor on a phone sees the banner on the event page and the logo on the challenge.
    const visitor = await browser.newContext({ locale: 'en-GB', viewport: phone });
    visitor.setDefaultTimeout(15_000);
    const event = await visitor.newPage();
    await event.goto(`${platform.url}/events/${slug}`);
    await settled(event);
    const hero = event.locator('.page-header').getByRole('img', { name: banner });
    await hero.waitFor();
    await event.locator('.challenge-card').getByRole('img', { name: logo }).first().waitFor();
    await event.waitForFunction(() =>
      [...globalThis.document.querySelectorAll('.event-banner img, .organization-logo img')].every(
        (img) => img.complete && img.naturalWidth > 0,
      ),
    );
    await assertFitsWidth(event, 'the event page with its banner on a phone');
    await assertAccessible(event, 'the event page with its banner and a logo');
    await screenshot(event, 'pictures-event-banner');

    // What is served is re-encoded, without the place, and cached as a content-named file.
    const served = await visitor.request.get(`${platform.url}${await hero.getAttribute('src')}`);
    assert.equal(served.status(), 200);
    assert.match(served.headers()['cache-control'], /^public, max-age=31536000, immutable$/);
    assert.equal((await sharp(await served.body()).metadata()).exif, undefined);

    // After the deadline the gallery card shows the team's picture.
    const db = new Database(join(platform.dataDir, 'hackboard.sqlite'));
    try {
      db.pragma('busy_timeout = 5000');
      db.prepare("UPDATE events SET submission_deadline = datetime('now', '-1 hour') WHERE slug = ?").run(slug);
    } finally {
      db.close();
    }
    const gallery = await visitor.newPage();
    await gallery.goto(`${platform.url}/events/${slug}/gallery`);
    await settled(gallery);
    await gallery.locator('.project-list .card').getByRole('img', { name: avatar }).waitFor();
    await assertFitsWidth(gallery, 'the gallery with a team picture on a phone');
    await assertAccessible(gallery, 'the gallery with a team picture');
    await screenshot(gallery, 'pictures-gallery-avatar');
    await visitor.close();
  });
});
