import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, screenshot } from '../support/browser.mjs';
import { assertAccessible, assertFitsWidth, assertOwnTitle, settled } from '../support/checks.mjs';
import { startOidcProvider } from '../support/oidc-provider.mjs';
import { startPlatform } from '../support/platform.mjs';

// The demo seed holds this event; the juror below has no account on the platform yet.
const slug = 'open-data-hack-2026';
const port = Number(process.env.E2E_SSO_PORT ?? 3107);
const platformUrl = `http://127.0.0.1:${port}`;
const juror = { login: 'juni.juror', email: 'juni.juror@trafikverket.test', name: 'Juni Juror' };

describe('signing in through an organization’s identity provider', () => {
  let provider;
  let platform;
  let browser;
  const titles = new Map();

  before(async () => {
    provider = await startOidcProvider({
      clients: {
        'hackboard-agency': `${platformUrl}/api/sso/agency/callback`,
        'hackboard-kommun': `${platformUrl}/api/sso/kommun/callback`,
      },
      postLogoutRedirectUris: [`${platformUrl}/`],
      accounts: { [juror.login]: { email: juror.email, name: juror.name } },
    });
    platform = await startPlatform({
      port,
      env: {
        OIDC_PROVIDERS: 'agency,kommun',
        OIDC_AGENCY_ISSUER: provider.issuer,
        OIDC_AGENCY_CLIENT_ID: 'hackboard-agency',
        OIDC_AGENCY_CLIENT_SECRET: provider.clientSecret,
        OIDC_AGENCY_NAME: 'Trafikverket ID',
        OIDC_KOMMUN_ISSUER: provider.issuer,
        OIDC_KOMMUN_CLIENT_ID: 'hackboard-kommun',
        OIDC_KOMMUN_CLIENT_SECRET: provider.clientSecret,
        OIDC_KOMMUN_NAME: 'Södertälje ID',
      },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await platform?.stop();
    await provider?.close();
  });

  async function visited(page, where) {
    await settled(page);
    await assertOwnTitle(page, where, titles);
    await assertAccessible(page, where);
  }

  /** The provider's own sign-in and consent pages, as a person fills them in. */
  async function atTheProvider(page, { login } = {}) {
    await page.waitForURL((url) => url.origin === provider.issuer);
    if (login) {
      await page.locator('input[name="login"]').fill(login);
      await page.locator('input[name="password"]').fill('whatever the organization asks');
      await page.getByRole('button', { name: 'Sign-in' }).click();
    }
    await page.getByRole('button', { name: 'Continue' }).click();
  }

  it('signs a juror in with their organization’s account, back on the event, and links a second provider', async (t) => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();

    await t.test('the sign-in page offers each provider, on a phone', async () => {
      await page.goto(`${platformUrl}/events/${slug}`);
      await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' }).click();
      await page.getByRole('link', { name: 'Sign in with Trafikverket ID' }).waitFor();
      await page.getByRole('link', { name: 'Sign in with Södertälje ID' }).waitFor();
      await visited(page, 'sign-in with providers');
      await assertFitsWidth(page, 'the sign-in page');
      await screenshot(page, 'sso-sign-in-phone');
    });

    await t.test('signing in at the provider lands the new account, signed in, back on the event', async () => {
      await page.getByRole('link', { name: 'Sign in with Trafikverket ID' }).click();
      await atTheProvider(page, { login: juror.login });
      await page.waitForURL(`${platformUrl}/events/${slug}`);
      await page.getByRole('button', { name: /Juni Juror/ }).waitFor();
      const session = await page.evaluate(() => fetch('/api/auth/session').then((response) => response.json()));
      assert.equal(session.user.email, juror.email);
    });

    await t.test('the profile shows the linked provider, no password, and links a second provider', async () => {
      await page.goto(`${platformUrl}/account`);
      await page.getByText('No password: you sign in through your organization').waitFor();
      await page.getByText('(your only way in, so it stays)').waitFor();
      await visited(page, 'profile with sign-in methods');
      await assertFitsWidth(page, 'the profile page');
      await page.getByRole('button', { name: 'Link Södertälje ID' }).click();
      // Signed in at the provider already: it only asks to share the details with the second client.
      await atTheProvider(page);
      await page.waitForURL(`${platformUrl}/account?linked=kommun`);
      await page.getByText('Södertälje ID is now linked: you can sign in with it.').waitFor();
      await page.getByRole('button', { name: 'Unlink Trafikverket ID' }).waitFor();
      await page.getByRole('button', { name: 'Unlink Södertälje ID' }).waitFor();
      await assertAccessible(page, 'profile with two providers');
      await screenshot(page, 'sso-profile-linked');
    });

    await context.close();
  });

  it('explains a cancelled sign-in in the reader’s language, on a readable page', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 390, height: 844 } });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto(`${platformUrl}/sign-in?next=/events/${slug}`);
    await page.getByRole('link', { name: 'Logga in med Trafikverket ID' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole('link', { name: /Cancel/ }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in/problem');
    await page.getByRole('heading', { level: 1, name: 'Inloggningen fungerade inte' }).waitFor();
    await page.getByText('Inloggningen avbröts, så du är inte inloggad.').waitFor();
    await visited(page, 'sign-in problem');
    await assertFitsWidth(page, 'the problem page');
    await page.getByRole('link', { name: 'Tillbaka till inloggningen' }).click();
    await page.waitForURL(`${platformUrl}/sign-in?next=${encodeURIComponent(`/events/${slug}`)}`);
    await context.close();
  });
});
