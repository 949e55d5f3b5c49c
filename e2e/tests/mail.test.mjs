import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, screenshot } from '../support/browser.mjs';
import { assertAccessible, assertFitsWidth, settled } from '../support/checks.mjs';
import { startPlatform } from '../support/platform.mjs';
import { linkIn, startSmtpServer } from '../support/smtp.mjs';

const DEMO_PASSWORD = 'hackboard-demo';
const participant = 'participant@demo.hackboard.se';
const NEW_PASSWORD = 'fyra ord som inte hör ihop';
const slug = 'open-data-hack-2026';

describe('mail that reaches people', () => {
  let smtp;
  let platform;
  let browser;

  before(async () => {
    smtp = await startSmtpServer();
    const port = Number(process.env.E2E_MAIL_PORT ?? 3108);
    platform = await startPlatform({
      port,
      env: {
        SMTP_URL: smtp.url,
        SEED_DEMO: 'true',
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        MAIL_POLL_MS: '200',
      },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await platform?.stop();
    await smtp?.stop();
  });

  it('gets a participant who forgot the password back in through a mailed link (sv)', async (t) => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();

    await t.test('asks for a link from the sign-in page', async () => {
      await page.goto(`${platform.url}/sign-in`);
      await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
      await assertAccessible(page, 'sign in (sv)');
      await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
      await page.getByRole('heading', { level: 1, name: 'Glömt lösenordet?' }).waitFor();
      await assertAccessible(page, 'forgot password (sv)');
      await page.getByLabel('E-postadress').fill(participant);
      await page.getByRole('button', { name: 'Skicka länken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Titta i din inkorg' }).waitFor();
      await page.getByText(`Om det finns ett konto för ${participant} har vi skickat en länk dit.`).waitFor();
      await assertAccessible(page, 'check your inbox (sv)');
      await screenshot(page, 'mail-forgot-password-sent-sv-SE');
    });

    let resetLink;
    await t.test('receives the link over SMTP', async () => {
      const mail = await smtp.waitForMail(
        (candidate) => candidate.to.includes(participant) && candidate.text.includes('/reset-password?token='),
      );
      resetLink = linkIn(mail, '/reset-password?token=');
      assert.ok(resetLink.startsWith(`${platform.url}/reset-password?token=`), resetLink);
    });

    await t.test('sets a new password and lands signed in', async () => {
      await page.goto(resetLink);
      await page.getByRole('heading', { level: 1, name: 'Välj ett nytt lösenord' }).waitFor();
      await assertAccessible(page, 'reset password (sv)');
      await page.getByLabel('Nytt lösenord', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('Nytt lösenord igen').fill('inte samma lösenord alls');
      await page.getByRole('button', { name: 'Spara det nya lösenordet' }).click();
      await page.getByRole('alert').getByText('De två lösenorden är inte likadana.', { exact: false }).waitFor();
      await assertAccessible(page, 'reset password with a problem (sv)');
      await page.getByLabel('Nytt lösenord igen').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Spara det nya lösenordet' }).click();

      await page
        .getByRole('status')
        .getByText('Ditt nya lösenord är sparat och du är inloggad.', { exact: false })
        .waitFor();
      assert.equal(new URL(page.url()).pathname, '/');
      await page.getByRole('button', { name: /Pia Deltagare/ }).waitFor();
      await page.getByRole('heading', { level: 1, name: 'Hackathons' }).waitFor();
      await settled(page);
      await assertAccessible(page, 'home after a new password (sv)');
      await screenshot(page, 'mail-signed-in-after-reset-sv-SE');
    });

    await t.test('the new password works and the old one does not; the link is used up', async () => {
      const fresh = await browser.newContext();
      const refused = await fresh.request.post(`${platform.url}/api/auth/login`, {
        data: { email: participant, password: DEMO_PASSWORD },
      });
      assert.equal(refused.status(), 401);
      const accepted = await fresh.request.post(`${platform.url}/api/auth/login`, {
        data: { email: participant, password: NEW_PASSWORD },
      });
      assert.equal(accepted.status(), 200);
      await fresh.close();

      await page.goto(resetLink);
      await page.getByLabel('Nytt lösenord', { exact: true }).fill(`${NEW_PASSWORD} igen`);
      await page.getByLabel('Nytt lösenord igen').fill(`${NEW_PASSWORD} igen`);
      await page.getByRole('button', { name: 'Spara det nya lösenordet' }).click();
      await page.getByRole('alert').getByText('har gått ut eller redan använts', { exact: false }).waitFor();
      await page.getByRole('link', { name: 'Be om en ny länk' }).waitFor();
    });

    await t.test('the new pages fit a phone-sized screen', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      for (const [path, heading] of [
        ['/forgot-password', 'Glömt lösenordet?'],
        ['/reset-password?token=exempel', 'Välj ett nytt lösenord'],
        ['/verify-email?token=exempel', 'Bekräfta din e-postadress'],
        ['/confirm-email?token=exempel', 'Bekräfta din nya e-postadress'],
        ['/unsubscribe?token=exempel', 'Stoppa de här mejlen'],
        ['/account#notifications', 'Ditt konto'],
      ]) {
        await page.goto(`${platform.url}${path}`);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await settled(page);
        await assertFitsWidth(page, `${path} at 390 px`);
        await assertAccessible(page, `${path} at 390 px (sv)`);
      }
      await page.getByRole('checkbox', { name: 'Utskick från arrangörer' }).waitFor();
      await screenshot(page, 'mail-account-390-sv-SE');
      assert.equal(await page.evaluate(() => globalThis.innerWidth), 390);
    });

    await context.close();
  });

  it('shows the platform admin the mail in the mailbox, and the organizer the console’s messages, on a phone', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 390, height: 844 } });
    context.setDefaultTimeout(15_000);
    const signIn = (email) =>
      context.request.post(`${platform.url}/api/auth/login`, { data: { email, password: DEMO_PASSWORD } });
    assert.equal((await signIn('admin@demo.hackboard.se')).status(), 200);
    // A mail of its own to look at, whatever ran before.
    const request = await context.request.post(`${platform.url}/api/auth/password-reset`, {
      data: { email: 'jury@demo.hackboard.se' },
    });
    assert.equal(request.status(), 202);
    await smtp.waitForMail((mail) => mail.to.includes('jury@demo.hackboard.se'));
    const page = await context.newPage();
    await page.goto(`${platform.url}/admin/mail`);
    await page.getByRole('heading', { level: 1, name: 'Utkorg' }).waitFor();
    await settled(page);
    await assertFitsWidth(page, '/admin/mail at 390 px');
    await assertAccessible(page, 'mailbox at 390 px (sv)');
    await page
      .getByRole('link', { name: /lösenord/i })
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: 'Ren text' }).waitFor();
    assert.equal(await page.locator('iframe.mail-html').getAttribute('sandbox'), '');
    await assertFitsWidth(page, 'a mail at 390 px');
    // The mail's own HTML is a frame without scripts, which axe cannot enter.
    await assertAccessible(page, 'a mail at 390 px (sv)', { exclude: ['iframe.mail-html'] });
    await screenshot(page, 'mail-mailbox-detail-390-sv-SE');

    // Admins count as organizers everywhere.
    await page.goto(`${platform.url}/events/${slug}/organize/messages`);
    await page.getByRole('heading', { level: 2, name: 'Utskick' }).waitFor();
    await page.getByRole('button', { name: 'Visa mottagare' }).click();
    await page.getByRole('status').getByText('skulle få utskicket nu (alla deltagare)', { exact: false }).waitFor();
    await settled(page);
    await assertFitsWidth(page, 'console messages at 390 px');
    await assertAccessible(page, 'console messages at 390 px (sv)');
    await screenshot(page, 'mail-console-messages-390-sv-SE');
    await context.close();
  });

  it('mails an announcement, and one button in the mail’s unsubscribe page turns such mails off (sv)', async () => {
    const organizer = await browser.newContext({ locale: 'sv-SE' });
    organizer.setDefaultTimeout(15_000);
    const login = await organizer.request.post(`${platform.url}/api/auth/login`, {
      data: { email: 'organizer@demo.hackboard.se', password: DEMO_PASSWORD },
    });
    assert.equal(login.status(), 200);
    const consolePage = await organizer.newPage();
    await consolePage.goto(`${platform.url}/events/${slug}/organize/announcements`);
    const body = 'Lunchen serveras i stora salen klockan tolv.';
    await consolePage.getByLabel('Meddelande', { exact: true }).fill(body);
    await consolePage.getByRole('checkbox', { name: 'Skicka också med e-post' }).check();
    await consolePage.getByRole('button', { name: 'Publicera meddelandet' }).click();
    await consolePage
      .getByRole('status')
      .getByText('Meddelandet har publicerats och mejlats till', { exact: false })
      .waitFor();
    await consolePage
      .getByText(/mejlat till \d+ person/)
      .first()
      .waitFor();
    await organizer.close();

    const mail = await smtp.waitForMail(
      (candidate) => candidate.to.includes(participant) && candidate.text.includes(body),
    );
    const unsubscribe = linkIn(mail, '/unsubscribe?token=');
    const context = await browser.newContext({ locale: 'sv-SE' });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto(unsubscribe);
    await page.getByRole('heading', { level: 1, name: 'Stoppa de här mejlen' }).waitFor();
    await assertAccessible(page, 'unsubscribe (sv)');
    await page.getByRole('button', { name: 'Stoppa de här mejlen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Du får inte de här mejlen längre' }).waitFor();
    await page.getByText('Mejl om ”Meddelanden” är avstängda.').waitFor();
    await assertAccessible(page, 'unsubscribed (sv)');

    // The participant's settings say the same once they sign in.
    const signedIn = await context.request.post(`${platform.url}/api/auth/login`, {
      data: { email: participant, password: NEW_PASSWORD },
    });
    assert.equal(signedIn.status(), 200);
    const settings = await page.getByRole('link', { name: 'Se alla dina e-postinställningar' }).getAttribute('href');
    assert.equal(settings, '/account#notifications');
    // A fresh load: the page met this visitor before the sign-in.
    await page.goto(`${platform.url}${settings}`);
    const announcements = page.getByRole('checkbox', { name: 'Meddelanden' });
    await announcements.waitFor();
    assert.equal(await announcements.isChecked(), false);
    assert.equal(await page.getByRole('checkbox', { name: 'Utskick från arrangörer' }).isChecked(), true);
    await context.close();
  });
});
