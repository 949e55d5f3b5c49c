import { MeDto, RegistrationPendingDto } from '@hackboard/contracts';
import request from 'supertest';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';
import { SmtpSink, tokenOf } from './support/smtp-sink.js';

const PASSWORD = 'correct horse battery';
let counter = 0;
const address = (name: string) => `${name}-${++counter}@example.test`;

describe.each(drivers())('accounts by mail on %s', (driver) => {
  let t: TestApp;
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await SmtpSink.start();
    t = await startTestApp(driver, { SMTP_URL: smtp.url, PUBLIC_URL: 'https://hackboard.test', MAIL_POLL_MS: '100' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  /** Registers through the API and follows the verification link from the mail: signed in. */
  async function registerAndVerify(email: string, language: 'sv' | 'en' = 'sv') {
    const agent = request.agent(t.http);
    const before = smtp.to(email).length;
    const registered = await agent
      .post('/api/auth/register')
      .send({ email, password: PASSWORD, displayName: 'Maja Svensson', language })
      .expect(202);
    expect(RegistrationPendingDto.parse(registered.body)).toEqual({ verificationSent: true, email });
    await waitForMail(email, before + 1);
    const link = smtp.last(email).link('/verify-email');
    const verified = await agent
      .post('/api/auth/verify-email')
      .send({ token: tokenOf(link) })
      .expect(200);
    expect(MeDto.parse(verified.body)).toMatchObject({ email, emailVerified: true });
    return agent;
  }

  async function waitForMail(email: string, count: number) {
    for (let i = 0; i < 100 && smtp.to(email).length < count; i++) await new Promise((r) => setTimeout(r, 50));
    expect(smtp.to(email)).toHaveLength(count);
  }

  it('verifies a new address through the mailed link, which signs the account in and works once', async () => {
    const email = address('maja');
    const agent = await registerAndVerify(email);
    const mail = smtp.last(email);
    expect(mail.subject).toBe('Bekräfta din e-postadress för Hackboard');
    expect(mail.html).toContain('lang="sv"');
    expect(mail.link('/verify-email')).toMatch(/^https:\/\/hackboard\.test\/verify-email\?token=/);
    expect(mail.text).toContain('https://hackboard.test/account#notifications');
    await agent.get('/api/auth/me').expect(200);
    const again = await request(t.http)
      .post('/api/auth/verify-email')
      .send({ token: tokenOf(mail.link('/verify-email')) })
      .expect(400);
    expect(again.body.code).toBe('VERIFICATION_TOKEN_INVALID');
  });

  it('answers a registration with a known address as any other and mails the owner instead', async () => {
    const email = address('known');
    await registerAndVerify(email, 'en');
    const again = await request(t.http)
      .post('/api/auth/register')
      .send({ email, password: 'some other password', displayName: 'Someone' })
      .expect(202);
    expect(again.body).toEqual({ verificationSent: true, email });
    expect(again.headers['set-cookie']).toBeUndefined();
    await waitForMail(email, 2);
    expect(smtp.last(email).subject).toBe('You already have a Hackboard account');
    // The original password still signs in: nothing about the account changed.
    await request(t.http).post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
  });

  it('recovers a forgotten password by mail, in Swedish, ending every other session', async () => {
    const email = address('glomsk');
    const oldSession = await registerAndVerify(email);
    const requested = await request(t.http).post('/api/auth/password-reset').send({ email }).expect(202);
    expect(requested.body).toEqual({ sent: true });
    await waitForMail(email, 2);
    const mail = smtp.last(email);
    expect(mail.subject).toBe('Välj ett nytt lösenord för Hackboard');
    expect(mail.text).toContain('Länken gäller i 60 minuter');
    const token = tokenOf(mail.link('/reset-password'));

    const browser = request.agent(t.http);
    const reset = await browser
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'a brand new password' })
      .expect(200);
    expect(reset.body.email).toBe(email);
    await browser.get('/api/auth/me').expect(200);
    await oldSession.get('/api/auth/me').expect(401);
    await request(t.http).post('/api/auth/login').send({ email, password: PASSWORD }).expect(401);
    await request(t.http).post('/api/auth/login').send({ email, password: 'a brand new password' }).expect(200);
    await waitForMail(email, 3);
    expect(smtp.last(email).subject).toBe('Ditt lösenord för Hackboard är bytt');

    const reused = await request(t.http)
      .post('/api/auth/password-reset/confirm')
      .send({ token, password: 'yet another password' })
      .expect(400);
    expect(reused.body.code).toBe('RESET_TOKEN_INVALID');
  });

  it('answers a reset for an unknown address the same way and mails nobody', async () => {
    const before = smtp.received.length;
    const response = await request(t.http)
      .post('/api/auth/password-reset')
      .send({ email: 'nobody-here@example.test' })
      .expect(202);
    expect(response.body).toEqual({ sent: true });
    await new Promise((r) => setTimeout(r, 400));
    expect(smtp.received.length).toBe(before);
  });

  it('refuses a reset link after 60 minutes, and a newer link replaces an older one', async () => {
    const email = address('late');
    await registerAndVerify(email);
    await request(t.http).post('/api/auth/password-reset').send({ email }).expect(202);
    await waitForMail(email, 2);
    const first = tokenOf(smtp.last(email).link('/reset-password'));
    await request(t.http).post('/api/auth/password-reset').send({ email }).expect(202);
    await waitForMail(email, 3);
    const second = tokenOf(smtp.last(email).link('/reset-password'));
    const replaced = await request(t.http)
      .post('/api/auth/password-reset/confirm')
      .send({ token: first, password: 'a brand new password' })
      .expect(400);
    expect(replaced.body.code).toBe('RESET_TOKEN_INVALID');
    const now = t.clock.now();
    t.clock.set(new Date(now.getTime() + 61 * 60_000).toISOString());
    try {
      await request(t.http)
        .post('/api/auth/password-reset/confirm')
        .send({ token: second, password: 'a brand new password' })
        .expect(400);
    } finally {
      t.clock.set(now.toISOString());
    }
  });

  it('changes the address only once the new one confirms it, and tells the old one', async () => {
    const email = address('flyttar');
    const agent = await registerAndVerify(email, 'en');
    const newEmail = address('moved');
    const wrong = await agent.post('/api/auth/email-change').send({ newEmail, password: 'wrong password' }).expect(403);
    expect(wrong.body.fields).toEqual({ password: 'is wrong' });
    await agent.post('/api/auth/email-change').send({ newEmail, password: PASSWORD }).expect(202);
    await waitForMail(newEmail, 1);
    expect((await agent.get('/api/auth/me').expect(200)).body.email).toBe(email);
    const link = smtp.last(newEmail).link('/confirm-email');
    const changed = await request(t.http)
      .post('/api/auth/email-change/confirm')
      .send({ token: tokenOf(link) })
      .expect(200);
    expect(changed.body).toMatchObject({ email: newEmail, emailVerified: true });
    await waitForMail(email, 2);
    expect(smtp.last(email).subject).toBe('Your Hackboard account has a new email address');
    await request(t.http).post('/api/auth/login').send({ email: newEmail, password: PASSWORD }).expect(200);
  });

  it('refuses malformed tokens and addresses with a message per field', async () => {
    const response = await request(t.http)
      .post('/api/auth/password-reset/confirm')
      .send({ token: '', password: 'x' })
      .expect(400);
    expect(Object.keys(response.body.fields).sort()).toEqual(['password', 'token']);
    await request(t.http).post('/api/auth/password-reset').send({ email: 'not an address' }).expect(400);
  });
});
