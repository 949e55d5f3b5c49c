import request from 'supertest';
import { registerUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

const cookiesOf = (response: request.Response): string[] => {
  const header = response.headers['set-cookie'] as unknown;
  return Array.isArray(header) ? header : typeof header === 'string' ? [header] : [];
};

describe.each(drivers())('accounts on %s', (driver) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(driver)));
  afterAll(() => t.close());

  it('registers an account, signs it in with httpOnly cookies and tells who it is', async () => {
    const agent = request.agent(t.http);
    const registered = await agent
      .post('/api/auth/register')
      .send({
        email: ' Anna@Example.TEST ',
        password: 'long enough password',
        displayName: 'Anna Andersson',
        language: 'en',
      })
      .expect(201);
    expect(registered.body).toMatchObject({
      email: 'anna@example.test',
      displayName: 'Anna Andersson',
      language: 'en',
      isAdmin: false,
      memberships: [],
    });
    const cookies = cookiesOf(registered);
    expect(cookies.find((c) => c.startsWith('hb_access='))).toMatch(/HttpOnly; SameSite=Lax/);
    expect(cookies.find((c) => c.startsWith('hb_refresh='))).toMatch(/Path=\/api\/auth; .*HttpOnly/);
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body.id).toBe(registered.body.id);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    await request(t.http)
      .post('/api/auth/register')
      .send({ email: 'bo@example.test', password: 'long enough password', displayName: 'Bo' })
      .expect(201);
    const again = await request(t.http)
      .post('/api/auth/register')
      .send({ email: 'BO@example.test', password: 'another long password', displayName: 'Bo 2' })
      .expect(409);
    expect(again.body).toMatchObject({ code: 'EMAIL_TAKEN', fields: { email: 'is already registered' } });
  });

  it('refuses bad registrations with a message per field and creates nothing', async () => {
    const response = await request(t.http)
      .post('/api/auth/register')
      .send({ email: 'not-an-email', password: 'short', displayName: '', role: 'admin' })
      .expect(400);
    expect(Object.keys(response.body.fields).sort()).toEqual(['displayName', 'email', 'password', 'role']);
    await request(t.http).post('/api/auth/login').send({ email: 'not-an-email', password: 'short' }).expect(400);
  });

  it('signs in with the right password and gives the same answer for a wrong password and an unknown email', async () => {
    const user = await registerUser(t, 'Cecilia');
    const ok = await request(t.http)
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(200);
    expect(ok.body.id).toBe(user.id);
    const wrongPassword = await request(t.http)
      .post('/api/auth/login')
      .send({ email: user.email, password: 'wrong password!' })
      .expect(401);
    const unknownEmail = await request(t.http)
      .post('/api/auth/login')
      .send({ email: 'nobody@example.test', password: 'wrong password!' })
      .expect(401);
    expect(wrongPassword.body).toEqual(unknownEmail.body);
    expect(wrongPassword.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('accepts the access token as a Bearer header too', async () => {
    const user = await registerUser(t, 'Dag');
    const login = await request(t.http)
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(200);
    const token = cookiesOf(login)
      .find((c) => c.startsWith('hb_access='))!
      .split(';')[0]!
      .slice('hb_access='.length);
    const me = await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body.email).toBe(user.email);
  });

  it('rotates the refresh token: each works once', async () => {
    const user = await registerUser(t, 'Eva');
    const login = await request(t.http)
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(200);
    const refreshCookie = cookiesOf(login)
      .find((c) => c.startsWith('hb_refresh='))!
      .split(';')[0]!;
    const refreshed = await request(t.http).post('/api/auth/refresh').set('Cookie', refreshCookie).expect(204);
    expect(cookiesOf(refreshed).some((c) => c.startsWith('hb_access='))).toBe(true);
    const replay = await request(t.http).post('/api/auth/refresh').set('Cookie', refreshCookie).expect(401);
    expect(replay.body.code).toBe('SESSION_EXPIRED');
    // The dead refresh cookie is cleared, so pages stop asking to refresh with it.
    expect(cookiesOf(replay).find((c) => c.startsWith('hb_refresh='))).toMatch(/Expires=Thu, 01 Jan 1970/);
  });

  it('tells pages who is signed in: null for a visitor, 401 to refresh an expired access token, the user after', async () => {
    const visitor = await request(t.http).get('/api/auth/session').expect(200);
    expect(visitor.body).toEqual({ user: null });

    const user = await registerUser(t, 'Greta');
    const login = await request(t.http)
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(200);
    const cookies = cookiesOf(login).map((c) => c.split(';')[0]!);
    const signedIn = await request(t.http).get('/api/auth/session').set('Cookie', cookies).expect(200);
    expect(signedIn.body.user).toMatchObject({
      email: user.email.toLowerCase(),
      displayName: expect.stringMatching(/^Greta/),
    });

    // Only the refresh cookie left, as when the access cookie has expired.
    const refreshCookie = cookies.find((c) => c.startsWith('hb_refresh='))!;
    const expired = await request(t.http).get('/api/auth/session').set('Cookie', refreshCookie).expect(401);
    expect(expired.body.code).toBe('SESSION_EXPIRED');
    const refreshed = await request(t.http).post('/api/auth/refresh').set('Cookie', refreshCookie).expect(204);
    const renewed = cookiesOf(refreshed).map((c) => c.split(';')[0]!);
    const again = await request(t.http).get('/api/auth/session').set('Cookie', renewed).expect(200);
    expect(again.body.user.id).toBe(signedIn.body.user.id);
  });

  it('signs out: the session ends at once, even for its unexpired access token', async () => {
    const user = await registerUser(t, 'Filip');
    const login = await request(t.http)
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(200);
    const cookies = cookiesOf(login).map((c) => c.split(';')[0]!);
    await request(t.http).get('/api/auth/me').set('Cookie', cookies).expect(200);
    await request(t.http).post('/api/auth/logout').set('Cookie', cookies).expect(204);
    await request(t.http).get('/api/auth/me').set('Cookie', cookies).expect(401);
  });

  it('refuses a write sent by a browser from another site, and accepts one from the same site', async () => {
    const user = await registerUser(t, 'Hanna');
    const foreign = await user.agent
      .patch('/api/auth/me')
      .set('Origin', 'https://evil.example')
      .send({ language: 'en' })
      .expect(403);
    expect(foreign.body.code).toBe('CROSS_SITE_REQUEST');
    await request(t.http)
      .post('/api/auth/login')
      .set('Host', 'hackboard.test')
      .set('Origin', 'https://hackboard.test')
      .send({ email: user.email, password: user.password })
      .expect(200);
    const me = await user.agent.get('/api/auth/me').set('Origin', 'https://evil.example').expect(200);
    expect(me.body.language).toBe('sv');
  });

  it('treats a forged token as no token', async () => {
    const response = await request(t.http)
      .get('/api/auth/me')
      .set('Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad')
      .expect(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });

  it('updates the profile language', async () => {
    const user = await registerUser(t, 'Greta');
    const updated = await user.agent.patch('/api/auth/me').send({ language: 'en' }).expect(200);
    expect(updated.body.language).toBe('en');
    await user.agent.patch('/api/auth/me').send({}).expect(400);
    await user.agent.patch('/api/auth/me').send({ language: 'de' }).expect(400);
  });
});
