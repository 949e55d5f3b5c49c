import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { SessionEntity } from '../src/auth/session.entity.js';
import { SsoIdentityEntity } from '../src/sso/sso-identity.entity.js';
import { UserEntity } from '../src/users/user.entity.js';
import { createEvent, grantRole, registerUser } from './support/actors.js';
import { ProviderBrowser, type TestOidcProvider, startOidcProvider } from './support/oidc-test-provider.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

// The platform's public address as the provider knows it; the tests carry the callback over to the API.
const BASE = 'http://hackboard.test';
const CALLBACK = `${BASE}/api/sso/agency/callback`;

const cookiesOf = (response: request.Response): string[] => {
  const header = response.headers['set-cookie'] as unknown;
  return Array.isArray(header) ? header : typeof header === 'string' ? [header] : [];
};
const problemOf = (response: request.Response) => {
  expect(response.status).toBe(303);
  const location = new URL(response.headers['location'] as string, BASE);
  expect(location.pathname).toBe('/sign-in/problem');
  return { code: location.searchParams.get('code'), ref: location.searchParams.get('ref'), location };
};

describe.each(drivers())('single sign-on through OpenID Connect on %s', (driver) => {
  let provider: TestOidcProvider;
  let t: TestApp;
  let login = 0;

  beforeAll(async () => {
    provider = await startOidcProvider({ redirectUris: [CALLBACK], postLogoutRedirectUris: [`${BASE}/`] });
    t = await startTestApp(driver, {
      OIDC_PROVIDERS: 'agency,offline',
      OIDC_REDIRECT_BASE_URL: BASE,
      OIDC_AGENCY_ISSUER: provider.issuer,
      OIDC_AGENCY_CLIENT_ID: provider.clientId,
      OIDC_AGENCY_CLIENT_SECRET: provider.clientSecret,
      OIDC_AGENCY_NAME: 'Agency ID',
      // A provider that is down: nothing listens on this port.
      OIDC_OFFLINE_ISSUER: 'http://127.0.0.1:9',
      OIDC_OFFLINE_CLIENT_ID: 'hackboard',
      OIDC_OFFLINE_NAME: 'Offline ID',
    });
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
  });
  // The provider's tokens and the platform's cookies both follow the real clock here.
  beforeEach(() => t.clock.set(new Date().toISOString()));
  afterEach(() => (provider.tamperIdToken = null));

  /** A person at the provider with a fresh login. */
  function person(account: { email?: string; emailVerified?: boolean; name?: string } = {}) {
    login += 1;
    const id = `person-${login}-${Date.now()}`;
    provider.accounts.set(id, { email: `${id}@agency.test`, name: `Person ${login}`, ...account });
    return id;
  }

  /** Starts a sign-in on the platform and signs in at the provider: the provider's redirect back. */
  async function throughProvider(agent: TestAgent, who: string, returnTo = '/events') {
    const start = await agent
      .get(`/api/sso/agency/start?returnTo=${encodeURIComponent(returnTo)}&language=en`)
      .expect(303);
    const authorization = new URL(start.headers['location'] as string);
    const callback = await new ProviderBrowser(provider.issuer).signIn(authorization.toString(), who);
    return { authorization, callback, flowCookie: cookiesOf(start).find((c) => c.startsWith('hb_sso='))! };
  }

  const callbackPath = (url: URL) => `${url.pathname}${url.search}`;

  it('lists the configured providers for the sign-in page', async () => {
    const response = await request(t.http).get('/api/sso/providers').expect(200);
    expect(response.body).toEqual([
      { id: 'agency', name: 'Agency ID' },
      { id: 'offline', name: 'Offline ID' },
    ]);
  });

  it('runs the whole code flow: discovery, PKCE, state and nonce, sign-in at the provider, a platform session', async () => {
    const agent = request.agent(t.http);
    const who = person({ name: 'Juni Juror' });
    const { authorization, callback, flowCookie } = await throughProvider(agent, who, '/events/x/jury');

    expect(authorization.origin).toBe(provider.issuer);
    expect(Object.fromEntries(authorization.searchParams)).toMatchObject({
      client_id: provider.clientId,
      redirect_uri: CALLBACK,
      response_type: 'code',
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    for (const parameter of ['state', 'nonce', 'code_challenge']) {
      expect(authorization.searchParams.get(parameter)).toMatch(/^[\w-]{40,}$/);
    }
    expect(flowCookie).toMatch(/Path=\/api\/sso; .*HttpOnly; SameSite=Lax/);
    expect(callback.toString()).toMatch(new RegExp(`^${CALLBACK}\\?code=`));

    const landed = await agent.get(callbackPath(callback)).expect(303);
    expect(landed.headers['location']).toBe('/events/x/jury');
    const cookies = cookiesOf(landed);
    expect(cookies.find((c) => c.startsWith('hb_access='))).toMatch(/HttpOnly; SameSite=Lax/);
    expect(cookies.find((c) => c.startsWith('hb_refresh='))).toMatch(/Path=\/api\/auth; .*HttpOnly/);
    expect(cookies.find((c) => c.startsWith('hb_sso='))).toMatch(/hb_sso=;/);

    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({ email: `${who}@agency.test`, displayName: 'Juni Juror', language: 'en' });
    const account = await t.app.get(DataSource).getRepository(UserEntity).findOneByOrFail({ id: me.body.id });
    expect(account.passwordHash).toBeNull();
    const methods = await agent.get('/api/sso/identities').expect(200);
    expect(methods.body).toMatchObject({
      hasPassword: false,
      identities: [{ providerId: 'agency', providerName: 'Agency ID', email: `${who}@agency.test` }],
    });

    // The platform's own session: it refreshes and signs out like a password session.
    await agent.post('/api/auth/refresh').expect(204);
    await agent.get('/api/auth/me').expect(200);
    const end = await agent.get('/api/sso/end-session').expect(200);
    const endSession = new URL(end.body.redirectTo as string);
    expect(endSession.origin).toBe(provider.issuer);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${BASE}/`);
    expect(endSession.searchParams.get('client_id')).toBe(provider.clientId);
    await agent.post('/api/auth/logout').expect(204);
    await agent.get('/api/auth/me').expect(401);
  });

  it('signs the same person in to the same account the next time', async () => {
    const who = person();
    const first = request.agent(t.http);
    await first.get(callbackPath((await throughProvider(first, who)).callback)).expect(303);
    const second = request.agent(t.http);
    await second.get(callbackPath((await throughProvider(second, who)).callback)).expect(303);
    const [a, b] = await Promise.all([first.get('/api/auth/me'), second.get('/api/auth/me')]);
    expect(a.body.id).toBe(b.body.id);
    expect(await t.app.get(DataSource).getRepository(SsoIdentityEntity).countBy({ userId: a.body.id })).toBe(1);
  });

  it('links a first sign-in with a verified email to the existing account with that email', async () => {
    const existing = await registerUser(t, 'Existing');
    const who = person({ email: existing.email, emailVerified: true });
    const agent = request.agent(t.http);
    await agent.get(callbackPath((await throughProvider(agent, who)).callback)).expect(303);
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body.id).toBe(existing.id);
    const methods = await agent.get('/api/sso/identities').expect(200);
    expect(methods.body.hasPassword).toBe(true);
  });

  it('refuses an email the provider has not verified, for an existing account and for a new one', async () => {
    const existing = await registerUser(t, 'Careful');
    for (const email of [existing.email, `unverified-${Date.now()}@agency.test`]) {
      const who = person({ email, emailVerified: false });
      const agent = request.agent(t.http);
      const refused = await agent.get(callbackPath((await throughProvider(agent, who)).callback));
      expect(problemOf(refused).code).toBe('SSO_EMAIL_NOT_VERIFIED');
      expect(cookiesOf(refused).some((c) => c.startsWith('hb_access='))).toBe(false);
      await agent.get('/api/auth/me').expect(401);
    }
    expect(await t.app.get(DataSource).getRepository(SsoIdentityEntity).countBy({ userId: existing.id })).toBe(0);
  });

  it('refuses a tampered state, and a callback without the browser that started the sign-in', async () => {
    const agent = request.agent(t.http);
    const { callback } = await throughProvider(agent, person());
    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const refused = await agent.get(callbackPath(tampered));
    const problem = problemOf(refused);
    expect(problem.code).toBe('SSO_STATE_MISMATCH');
    expect(problem.ref).toMatch(/^[\w-]+$/);
    expect(refused.headers['x-request-id']).toBe(problem.ref);
    expect(problemOf(await request(t.http).get(callbackPath(callback))).code).toBe('SSO_STATE_MISMATCH');
    await agent.get('/api/auth/me').expect(401);
  });

  it('refuses a replayed code, even with a copy of the flow cookie', async () => {
    const agent = request.agent(t.http);
    const { callback, flowCookie } = await throughProvider(agent, person());
    await agent.get(callbackPath(callback)).expect(303);
    const replay = await request(t.http).get(callbackPath(callback)).set('Cookie', flowCookie.split(';')[0]!);
    expect(problemOf(replay).code).toBe('SSO_CODE_REJECTED');
    expect(cookiesOf(replay).some((c) => c.startsWith('hb_access='))).toBe(false);
  });

  it('refuses an ID token issued for another client', async () => {
    provider.tamperIdToken = (claims) => ({ ...claims, aud: 'another-client' });
    const agent = request.agent(t.http);
    const refused = await agent.get(callbackPath((await throughProvider(agent, person())).callback));
    expect(problemOf(refused).code).toBe('SSO_TOKEN_INVALID');
    await agent.get('/api/auth/me').expect(401);
  });

  it('refuses an expired ID token', async () => {
    const now = Math.floor(Date.now() / 1000);
    provider.tamperIdToken = (claims) => ({ ...claims, iat: now - 7200, exp: now - 3600 });
    const agent = request.agent(t.http);
    const refused = await agent.get(callbackPath((await throughProvider(agent, person())).callback));
    expect(problemOf(refused).code).toBe('SSO_TOKEN_INVALID');
  });

  it('refuses an ID token with another nonce', async () => {
    provider.tamperIdToken = (claims) => ({ ...claims, nonce: 'not-the-nonce-sent' });
    const agent = request.agent(t.http);
    const refused = await agent.get(callbackPath((await throughProvider(agent, person())).callback));
    expect(problemOf(refused).code).toBe('SSO_TOKEN_INVALID');
  });

  it('tells a person who cancelled at the provider, and one whose provider is down', async () => {
    const agent = request.agent(t.http);
    const start = await agent.get('/api/sso/agency/start?returnTo=/events').expect(303);
    const back = await new ProviderBrowser(provider.issuer).cancel(start.headers['location'] as string);
    const cancelled = problemOf(await agent.get(callbackPath(back)));
    expect(cancelled.code).toBe('SSO_CANCELLED');
    expect(cancelled.location.searchParams.get('next')).toBe('/events');

    expect(problemOf(await agent.get('/api/sso/offline/start')).code).toBe('SSO_PROVIDER_UNAVAILABLE');
    expect(problemOf(await agent.get('/api/sso/nowhere/start')).code).toBe('SSO_PROVIDER_UNKNOWN');
  });

  it('never sends the browser to another site after the sign-in', async () => {
    const agent = request.agent(t.http);
    const { callback } = await throughProvider(agent, person(), '//evil.example/steal');
    const landed = await agent.get(callbackPath(callback)).expect(303);
    expect(landed.headers['location']).toBe('/');
  });

  it('links a provider to a signed-in password account and unlinks it, never the last way in', async () => {
    const user = await registerUser(t, 'Linker');
    const who = person({ email: `someone-else-${Date.now()}@agency.test` });
    const started = await user.agent.post('/api/sso/agency/link').send({ returnTo: '/account' }).expect(200);
    const callback = await new ProviderBrowser(provider.issuer).signIn(started.body.redirectTo as string, who);
    const linked = await user.agent.get(callbackPath(callback)).expect(303);
    expect(linked.headers['location']).toBe('/account?linked=agency');
    const methods = await user.agent.get('/api/sso/identities').expect(200);
    expect(methods.body.identities).toHaveLength(1);
    await user.agent.post('/api/sso/agency/link').send({}).expect(409);

    // Signing in through the provider now reaches this account, whatever email it reports.
    const elsewhere = request.agent(t.http);
    await elsewhere.get(callbackPath((await throughProvider(elsewhere, who)).callback)).expect(303);
    expect((await elsewhere.get('/api/auth/me').expect(200)).body.id).toBe(user.id);

    const identityId = methods.body.identities[0].id as string;
    const stranger = await registerUser(t, 'Stranger');
    await stranger.agent.delete(`/api/sso/identities/${identityId}`).expect(404);
    const after = await user.agent.delete(`/api/sso/identities/${identityId}`).expect(200);
    expect(after.body).toEqual({ hasPassword: true, identities: [] });

    // A passwordless account keeps its only identity.
    const passwordless = request.agent(t.http);
    await passwordless.get(callbackPath((await throughProvider(passwordless, person())).callback)).expect(303);
    const only = (await passwordless.get('/api/sso/identities').expect(200)).body.identities[0].id as string;
    const refused = await passwordless.delete(`/api/sso/identities/${only}`).expect(409);
    expect(refused.body.code).toBe('SSO_LAST_SIGN_IN_METHOD');
  });

  it('refuses to link an identity that belongs to another account, or after the session ended', async () => {
    const who = person();
    const owner = request.agent(t.http);
    await owner.get(callbackPath((await throughProvider(owner, who)).callback)).expect(303);

    const other = await registerUser(t, 'Other');
    const started = await other.agent.post('/api/sso/agency/link').send({}).expect(200);
    const callback = await new ProviderBrowser(provider.issuer).signIn(started.body.redirectTo as string, who);
    expect(problemOf(await other.agent.get(callbackPath(callback))).code).toBe('SSO_IDENTITY_LINKED_ELSEWHERE');

    const leaving = await registerUser(t, 'Leaving');
    const begun = await leaving.agent.post('/api/sso/agency/link').send({}).expect(200);
    const back = await new ProviderBrowser(provider.issuer).signIn(begun.body.redirectTo as string, person());
    await leaving.agent.post('/api/auth/logout').expect(204);
    expect(problemOf(await leaving.agent.get(callbackPath(back))).code).toBe('SSO_LINK_SESSION_CHANGED');
    await request(t.http).post('/api/sso/agency/link').send({}).expect(401);
  });

  it('lets organizers require the provider for jurors: invitations and jury work need a session from it', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    await organizer.agent.put(`/api/events/${event.id}/sso-requirements`).send({ jury: 'nowhere' }).expect(404);
    const bad = await organizer.agent.put(`/api/events/${event.id}/sso-requirements`).send({ jury: 'No!' }).expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['jury']);
    const set = await organizer.agent
      .put(`/api/events/${event.id}/sso-requirements`)
      .send({ jury: 'agency' })
      .expect(200);
    expect(set.body).toEqual({ jury: 'agency', agency: null });
    expect((await organizer.agent.get(`/api/events/${event.id}/sso-requirements`).expect(200)).body).toEqual(set.body);

    // A juror with a password is refused the invitation and, once a juror, the jury work.
    const passwordJuror = await registerUser(t, 'Juror');
    const invitation = await organizer.agent
      .post(`/api/events/${event.id}/invitations`)
      .send({ email: passwordJuror.email, role: 'jury' })
      .expect(201);
    const refused = await passwordJuror.agent.post(`/api/invitations/${invitation.body.token}/accept`).expect(403);
    expect(refused.body).toMatchObject({ code: 'SSO_REQUIRED', fields: { provider: 'agency' } });
    await grantRole(t, event.id, passwordJuror, 'jury');
    expect((await passwordJuror.agent.get(`/api/events/${event.id}/jury/me`).expect(403)).body.code).toBe(
      'SSO_REQUIRED',
    );
    // Pages open to every member are not affected.
    await passwordJuror.agent.get(`/api/events/${event.id}/announcements`).expect(200);

    // Invited by email, the juror signs in through the provider (no password ever), accepts and works.
    const email = `juror-${Date.now()}@agency.test`;
    const ssoInvitation = await organizer.agent
      .post(`/api/events/${event.id}/invitations`)
      .send({ email, role: 'jury' })
      .expect(201);
    const juror = request.agent(t.http);
    await juror.get(callbackPath((await throughProvider(juror, person({ email }))).callback)).expect(303);
    await juror.post(`/api/invitations/${ssoInvitation.body.token}/accept`).expect(200);
    await juror.get(`/api/events/${event.id}/jury/me`).expect(200);
    // After a refresh the session still counts as signed in through the provider.
    await juror.post('/api/auth/refresh').expect(204);
    await juror.get(`/api/events/${event.id}/jury/me`).expect(200);
    const sessions = await t.app
      .get(DataSource)
      .getRepository(SessionEntity)
      .findBy({ userId: (await juror.get('/api/auth/me')).body.id });
    expect(sessions.every((session) => session.ssoProviderId === 'agency')).toBe(true);

    // Only organizers see or change the requirement.
    await juror.get(`/api/events/${event.id}/sso-requirements`).expect(403);
    await juror.put(`/api/events/${event.id}/sso-requirements`).send({ jury: null }).expect(403);
    await organizer.agent.put(`/api/events/${event.id}/sso-requirements`).send({ jury: null }).expect(200);
    await passwordJuror.agent.get(`/api/events/${event.id}/jury/me`).expect(200);
  });

  it('exports the linked identities with the personal data and erases them with the account', async () => {
    const user = await registerUser(t, 'Private');
    const who = person();
    const started = await user.agent.post('/api/sso/agency/link').send({}).expect(200);
    const callback = await new ProviderBrowser(provider.issuer).signIn(started.body.redirectTo as string, who);
    await user.agent.get(callbackPath(callback)).expect(303);

    const exported = await user.agent.get('/api/me/data').expect(200);
    expect(exported.body.records['sso_identities']).toEqual([
      expect.objectContaining({ provider_id: 'agency', subject: who, email: `${who}@agency.test` }),
    ]);
    await user.agent.delete('/api/me').send({ password: user.password, confirm: 'ERASE' }).expect(204);
    expect(await t.app.get(DataSource).getRepository(SsoIdentityEntity).countBy({ userId: user.id })).toBe(0);

    // The person can sign in again through the provider, but only as a new account.
    const again = request.agent(t.http);
    await again.get(callbackPath((await throughProvider(again, who)).callback)).expect(303);
    expect((await again.get('/api/auth/me').expect(200)).body.id).not.toBe(user.id);
  });

  it('erases an account without a password only shortly after a sign-in at its provider', async () => {
    const agent = request.agent(t.http);
    await agent.get(callbackPath((await throughProvider(agent, person())).callback)).expect(303);
    const id = (await agent.get('/api/auth/me').expect(200)).body.id as string;
    t.clock.set(new Date(Date.now() + 11 * 60_000).toISOString());
    const stale = await agent.delete('/api/me').send({ confirm: 'ERASE' }).expect(403);
    expect(stale.body.code).toBe('SSO_RECENT_SIGN_IN_REQUIRED');
    t.clock.set(new Date().toISOString());
    await agent.delete('/api/me').send({ confirm: 'ERASE' }).expect(204);
    expect(await t.app.get(DataSource).getRepository(SsoIdentityEntity).countBy({ userId: id })).toBe(0);

    // An account with a password still needs it.
    const withPassword = await registerUser(t, 'Keeper');
    const refused = await withPassword.agent.delete('/api/me').send({ confirm: 'ERASE' }).expect(403);
    expect(refused.body.code).toBe('WRONG_PASSWORD');
  });
});
