import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MailDto, MailPageDto, MailSummaryDto, UnsubscribedDto } from '@hackboard/contracts';
import type { INestApplication } from '@nestjs/common';
import { simpleParser } from 'mailparser';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { MailService, type Recipient } from '../src/mail/mail.service.js';
import { OutboxMailEntity } from '../src/mail/outbox-mail.entity.js';
import { makeAdmin, registerUser } from './support/actors.js';
import { SmtpSink } from './support/smtp-sink.js';
import { type TestApp, startAnotherInstance, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

const recipient = (address: string): Recipient => ({
  userId: null,
  address,
  language: 'en',
  name: '',
  optOuts: '',
});

/** Queues invitation mails to `addresses`, as a feature does inside its own transaction. */
async function queue(app: INestApplication, addresses: string[]): Promise<void> {
  await app.get(DataSource).transaction((manager) =>
    app.get(MailService).enqueue(manager, {
      template: 'invitation',
      recipients: addresses.map(recipient),
      params: {
        inviterName: 'Olle',
        eventName: 'Hack',
        roleName: 'juror',
        expiresAt: 'soon',
        link: 'https://x.test/i',
      },
    }),
  );
}

const outbox = (t: TestApp) => t.app.get(DataSource).getRepository(OutboxMailEntity);

describe.each(drivers())('mail delivery on %s', (driver) => {
  describe('through SMTP', () => {
    let t: TestApp;
    let smtp: SmtpSink;
    beforeAll(async () => {
      smtp = await SmtpSink.start();
      t = await startTestApp(driver, {
        SMTP_URL: smtp.url,
        MAIL_POLL_MS: '60000',
        MAIL_MAX_ATTEMPTS: '3',
        MAIL_RETRY_SECONDS: '30',
      });
    });
    afterAll(async () => {
      await t.close();
      await smtp.stop();
    });
    const drain = () => t.app.get(MailService).drain();
    const later = (seconds: number) => t.clock.set(new Date(t.clock.now().getTime() + seconds * 1000).toISOString());

    it('retries a mail the server refuses for now (4xx) and delivers it once the server takes it', async () => {
      smtp.refuseWith = 451;
      await queue(t.app, ['busy@example.test']);
      await drain();
      let row = await outbox(t).findOneByOrFail({ toAddress: 'busy@example.test' });
      expect(row).toMatchObject({ status: 'pending', attempts: 1 });
      expect(row.lastError).toContain('451');
      expect(row.nextAttemptAt.getTime()).toBe(t.clock.now().getTime() + 30_000);
      await drain(); // not due yet: nothing is tried
      expect((await outbox(t).findOneByOrFail({ id: row.id })).attempts).toBe(1);

      smtp.refuseWith = null;
      later(31);
      await drain();
      row = await outbox(t).findOneByOrFail({ id: row.id });
      expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
      expect(smtp.to('busy@example.test')).toHaveLength(1);
      expect(smtp.last('busy@example.test').parsed.messageId).toBe(`<${row.id}@hackboard>`);
    });

    it('keeps a mail while the SMTP server is down and delivers it when the server is back', async () => {
      await smtp.stop();
      try {
        await queue(t.app, ['patient@example.test']);
        await drain();
        const row = await outbox(t).findOneByOrFail({ toAddress: 'patient@example.test' });
        expect(row.status).toBe('pending');
        expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
      } finally {
        await smtp.listen();
      }
      later(31);
      await drain();
      expect(smtp.to('patient@example.test')).toHaveLength(1);
    });

    it('marks a mail failed after the last try, shows it to the admin, and sends it on retry', async () => {
      const admin = await makeAdmin(t, await registerThroughMail(t));
      smtp.refuseWith = 550;
      await queue(t.app, ['nowhere@example.test']);
      for (let i = 0; i < 3; i++) {
        await drain();
        later(3600);
      }
      const row = await outbox(t).findOneByOrFail({ toAddress: 'nowhere@example.test' });
      expect(row).toMatchObject({ status: 'failed', attempts: 3 });
      expect(row.lastError).toContain('550');

      const failed = await admin.agent.get('/api/admin/mail?status=failed').expect(200);
      MailPageDto.parse(failed.body);
      expect(failed.body.items.map((m: { id: string }) => m.id)).toContain(row.id);
      const detail = await admin.agent.get(`/api/admin/mail/${row.id}`).expect(200);
      expect(detail.body).toMatchObject({ to: 'nowhere@example.test', status: 'failed', subject: expect.any(String) });
      expect(detail.body.html).toContain('<html lang="en">');
      MailDto.parse(detail.body);

      smtp.refuseWith = null;
      const retried = await admin.agent.post(`/api/admin/mail/${row.id}/retry`).expect(200);
      expect(MailSummaryDto.parse(retried.body)).toMatchObject({ status: 'pending', attempts: 0 });
      await drain();
      expect(smtp.to('nowhere@example.test')).toHaveLength(1);
      const again = await admin.agent.post(`/api/admin/mail/${row.id}/retry`).expect(409);
      expect(again.body.code).toBe('MAIL_NOT_FAILED');
    });

    /** With mail delivered, registration mails a link: the account is signed in by following it. */
    async function registerThroughMail(app: TestApp) {
      const email = `admin-${Date.now()}@example.test`;
      await request(app.http)
        .post('/api/auth/register')
        .send({ email, password: 'correct horse battery', displayName: 'Admin' })
        .expect(202);
      await drain();
      const token = new URL(smtp.last(email).link('/verify-email')).searchParams.get('token');
      const agent = request.agent(app.http);
      const verified = await agent.post('/api/auth/verify-email').send({ token }).expect(200);
      return { id: verified.body.id as string, email, password: 'correct horse battery', agent };
    }
  });

  describe('embedded, without SMTP', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp(driver, { MAIL_POLL_MS: '60000' })));
    afterAll(() => t.close());

    it('writes every mail as an .eml file under DATA_DIR/mail and keeps it readable in the mailbox', async () => {
      const user = await registerUser(t, 'Embedded');
      await t.app.get(MailService).drain();
      const directory = join(t.config.dataDir, 'mail');
      const files = readdirSync(directory).filter((file) => file.endsWith('.eml'));
      const parsed = await Promise.all(files.map((file) => simpleParser(readFileSync(join(directory, file)))));
      const verification = parsed.find((mail) => (mail.to as { text: string }).text === user.email);
      expect(verification?.subject).toBe('Bekräfta din e-postadress för Hackboard');
      expect(verification?.text).toContain('/verify-email?token=');

      const admin = await makeAdmin(t, await registerUser(t, 'Admin'));
      const mailbox = await admin.agent.get('/api/admin/mail').expect(200);
      const listed = mailbox.body.items.find((mail: { to: string }) => mail.to === user.email);
      expect(listed).toMatchObject({ template: 'verify-email', status: 'sent', language: 'sv' });
      await user.agent.get('/api/admin/mail').expect(403);
    });

    it('turns a topic off from a one-click unsubscribe (RFC 8058) without signing in', async () => {
      const user = await registerUser(t, 'Quiet');
      const token = t.app.get(MailService).unsubscribeToken(user.id, 'team');
      const response = await request(t.http)
        .post(`/api/mail/unsubscribe?token=${encodeURIComponent(token)}`)
        .type('form')
        .send('List-Unsubscribe=One-Click')
        .expect(200);
      expect(UnsubscribedDto.parse(response.body)).toMatchObject({ topic: 'team', settings: { team: false } });
      expect((await user.agent.get('/api/auth/me/notifications').expect(200)).body.team).toBe(false);
      const tampered = await request(t.http)
        .post('/api/mail/unsubscribe')
        .send({ token: token.replace('.team.', '.results.') })
        .expect(400);
      expect(tampered.body.code).toBe('UNSUBSCRIBE_TOKEN_INVALID');
      const saved = await user.agent
        .patch('/api/auth/me/notifications')
        .send({ team: true, results: false })
        .expect(200);
      expect(saved.body).toMatchObject({ team: true, results: false });
      await user.agent.patch('/api/auth/me/notifications').send({}).expect(400);
    });

    it("exports a person's mail log and erases their address from the outbox", async () => {
      const user = await registerUser(t, 'Private');
      await t.app.get(MailService).drain();
      const exported = await user.agent.get('/api/me/data').expect(200);
      expect(exported.body.records.outbox_mails?.[0]).toMatchObject({
        to_address: user.email,
        template: 'verify-email',
      });
      await user.agent.delete('/api/me').send({ password: user.password, confirm: 'ERASE' }).expect(204);
      expect(await outbox(t).countBy({ toAddress: user.email })).toBe(0);
    });
  });
});

describe('mail from two instances on PostgreSQL', () => {
  const run = drivers().includes('postgres') ? it : it.skip;
  run(
    'delivers 500 queued mails exactly once between them',
    async () => {
      const smtp = await SmtpSink.start();
      const a = await startTestApp('postgres', { SMTP_URL: smtp.url, MAIL_POLL_MS: '50' });
      let b: INestApplication | undefined;
      try {
        b = await startAnotherInstance(a, { SMTP_URL: smtp.url, MAIL_POLL_MS: '50' });
        const addresses = Array.from({ length: 500 }, (_, i) => `bulk-${i}@example.test`);
        await queue(a.app, addresses);
        await smtp.waitFor(500, 60_000);
        await Promise.all([a.app.get(MailService).drain(), b.get(MailService).drain()]);
        const ids = smtp.received.map((mail) => mail.parsed.messageId);
        expect(ids).toHaveLength(500);
        expect(new Set(ids).size).toBe(500);
        expect(new Set(smtp.received.flatMap((mail) => mail.to))).toEqual(new Set(addresses));
        expect(await outbox(a).countBy({ status: 'sent' })).toBe(500);
      } finally {
        await b?.close();
        await a.close();
        await smtp.stop();
      }
    },
    90_000,
  );
});
