import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { launchBrowser, screenshot } from '../support/browser.mjs';
import { assertAccessible, assertFitsWidth, settled } from '../support/checks.mjs';
import { startPlatform } from '../support/platform.mjs';

// The demo seed puts participant@demo.hackboard.se in team Skolvägen with a submitted project,
// open to changes until the deadline.
const slug = 'open-data-hack-2026';

/** A screenshot-like picture with a place in its EXIF, as phones write them. */
function picture(colour) {
  return sharp({ create: { width: 1400, height: 800, channels: 3, background: colour } })
    .withExif({
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 19/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '18/1 3/1 0/1' },
    })
    .jpeg()
    .toBuffer();
}

describe('project screenshots', () => {
  let platform;
  let browser;

  before(async () => {
    platform = await startPlatform({ port: Number(process.env.E2E_IMAGES_PORT ?? 3112) });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('are uploaded with alt text by the team and shown in the gallery with a keyboard lightbox', async () => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1100, height: 900 } });
    context.setDefaultTimeout(15_000);
    const login = await context.request.post(`${platform.url}/api/auth/login`, {
      data: { email: 'participant@demo.hackboard.se', password: 'hackboard-demo' },
    });
    assert.equal(login.status(), 200);
    const [own] = (await (await context.request.get(`${platform.url}/api/events/${slug}/submissions`)).json()).items;
    assert.ok(own, 'the demo participant has a submission');

    const page = await context.newPage();
    await page.goto(`${platform.url}/events/${slug}/team/submissions/${own.id}`);
    await settled(page);
    const section = page.getByRole('region', { name: 'Screenshots' });
    const upload = section.getByRole('button', { name: 'Upload image' });

    // Without alt text nothing is sent.
    await section
      .getByLabel('Image')
      .setInputFiles({ name: 'map.jpg', mimeType: 'image/jpeg', buffer: await picture('#1e78c8') });
    await upload.click();
    await section.getByRole('alert').waitFor();
    await assertAccessible(page, 'the submission editor with an image missing its alt text');

    const shots = [
      ['#1e78c8', 'The map with the safest route to school highlighted'],
      ['#2a9d54', 'The list of crossings ranked by risk'],
    ];
    for (const [colour, alt] of shots) {
      await section
        .getByLabel('Image')
        .setInputFiles({ name: 'shot.jpg', mimeType: 'image/jpeg', buffer: await picture(colour) });
      await section.getByLabel('Alt text').fill(alt);
      await upload.click();
      await section.getByText('The image is uploaded.').waitFor();
      await section.getByRole('img', { name: alt }).waitFor();
    }
    await assertAccessible(page, 'the submission editor with two screenshots');
    await context.close();

    // The deadline passes: the project is in the public gallery.
    const db = new Database(join(platform.dataDir, 'hackboard.sqlite'));
    try {
      db.pragma('busy_timeout = 5000');
      db.prepare("UPDATE events SET submission_deadline = datetime('now', '-1 hour') WHERE slug = ?").run(slug);
    } finally {
      db.close();
    }

    const visitor = await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } });
    visitor.setDefaultTimeout(15_000);
    const gallery = await visitor.newPage();
    await gallery.goto(`${platform.url}/events/${slug}/gallery`);
    await settled(gallery);
    const open = gallery.getByRole('button', { name: `Open image 1: ${shots[0][1]}` });
    await open.waitFor();
    const loaded = await gallery.waitForFunction(() =>
      [...globalThis.document.querySelectorAll('.project-images img')].every(
        (img) => img.complete && img.naturalWidth > 0,
      ),
    );
    assert.ok(loaded);
    await assertFitsWidth(gallery, 'the gallery with screenshots on a phone');
    await assertAccessible(gallery, 'the gallery with screenshots');

    await open.focus();
    await gallery.keyboard.press('Enter');
    const dialog = gallery.getByRole('dialog');
    await dialog.getByRole('heading', { name: /image 1 of 2$/ }).waitFor();
    await gallery.keyboard.press('ArrowRight');
    await dialog.getByRole('heading', { name: /image 2 of 2$/ }).waitFor();
    await dialog.getByText(shots[1][1]).waitFor();
    await assertAccessible(gallery, 'the lightbox');
    await screenshot(gallery, 'project-images-lightbox');
    await gallery.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(
      await open.evaluate((button) => button === globalThis.document.activeElement),
      true,
      'focus is back on the thumbnail',
    );

    // The image served to a visitor is re-encoded: no EXIF left.
    const src = await gallery.locator('.project-images img').first().getAttribute('src');
    const served = await visitor.request.get(`${platform.url}${src}`);
    assert.equal(served.status(), 200);
    assert.match(served.headers()['cache-control'], /^public, max-age=31536000, immutable$/);
    assert.equal((await sharp(await served.body()).metadata()).exif, undefined);
    await visitor.close();
  });
});
