import { OrganizerMessagePageDto } from '@hackboard/contracts';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ChallengeEntity } from '../src/challenges/challenge.entity.js';
import { MailScheduleService } from '../src/mail-schedule/mail-schedule.service.js';
import { MailService } from '../src/mail/mail.service.js';
import { OrganizationEntity } from '../src/organizations/organization.entity.js';
import { type TestUser, createEvent, registerUser, registerWithEmail } from './support/actors.js';
import { CLOSED, JUDGING, expectStatus, judgingWorld, readyToScore } from './support/judging-world.js';
import { SmtpSink, tokenOf } from './support/smtp-sink.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

const HOUR = 3600_000;

describe.each(drivers())('mails of an event on %s', (driver) => {
  let t: TestApp;
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await SmtpSink.start();
    t = await startTestApp(driver, {
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://hack.test',
      MAIL_POLL_MS: '60000',
      MESSAGE_RATE_LIMIT_PER_HOUR: '2',
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });
  afterEach(() => t.clock.set('2026-05-20T10:00:00Z'));

  const drain = () => t.app.get(MailService).drain();
  const scan = async () => {
    await t.app.get(MailScheduleService).runDue();
    await drain();
  };
  const subjects = (user: TestUser) => smtp.to(user.email).map((mail) => mail.subject);

  async function participantOf(eventId: string, name = 'Deltagare'): Promise<TestUser> {
    const user = await registerUser(t, name);
    await expectStatus(user.agent.post(`/api/events/${eventId}/join`), 200);
    return user;
  }

  async function challengeIn(eventId: string): Promise<string> {
    const db = t.app.get(DataSource);
    const organization = await db
      .getRepository(OrganizationEntity)
      .save({ name: `Kommun ${randomBytes(3).toString('hex')}`, kind: 'municipality', website: null });
    const challenge = await db
      .getRepository(ChallengeEntity)
      .save({ eventId, organizationId: organization.id, title: 'Bättre bussar' });
    return challenge.id;
  }

  async function teamOf(eventId: string, captain: TestUser, members: TestUser[] = []) {
    const team = await expectStatus<{ id: string; inviteCode: string; name: string }>(
      captain.agent.post(`/api/events/${eventId}/teams`).send({ name: `Lag ${randomBytes(3).toString('hex')}` }),
      201,
    );
    for (const member of members) {
      await expectStatus(
        member.agent.post(`/api/events/${eventId}/teams/join`).send({ inviteCode: team.inviteCode }),
        200,
      );
    }
    return team;
  }

  it('mails an invitation with its link in the chosen language, and the invited person accepts from the mail', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const invited = `juror-${randomBytes(3).toString('hex')}@example.test`;
    const created = await expectStatus<{ emailed: boolean }>(
      organizer.agent
        .post(`/api/events/${event.id}/invitations`)
        .send({ email: invited, role: 'jury', language: 'en' }),
      201,
    );
    expect(created.emailed).toBe(true);
    await drain();
    const mail = smtp.last(invited);
    expect(mail.subject).toBe(`Invitation to ${event.name} as juror`);
    const link = mail.link('/invitations/');
    expect(link).toMatch(/^https:\/\/hack\.test\/invitations\/[\w-]+$/);

    const juror = await registerWithEmail(t, invited, 'Juror');
    await expectStatus(juror.agent.post(`/api/invitations/${link.split('/').pop()}/accept`), 200);
    const me = await expectStatus<{ memberships: { role: string; eventId: string }[] }>(
      juror.agent.get('/api/auth/me'),
      200,
    );
    expect(me.memberships).toContainEqual(expect.objectContaining({ eventId: event.id, role: 'jury' }));
  });

  it('confirms a registration for the event with its timeline as a calendar file', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const participant = await participantOf(event.id);
    await drain();
    const mail = smtp.find(participant.email, `Du är anmäld till ${event.name}`);
    expect(mail.text).toContain('21 maj 2026 kl. 18:00 CEST');
    const calendar = mail.parsed.attachments.find((a) => a.filename === `${event.slug}.ics`);
    expect(calendar?.contentType).toBe('text/calendar');
    const ics = calendar!.content.toString('utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain('DTSTART:20260521T160000Z');
    // Joining again sends nothing new.
    await participant.agent.post(`/api/events/${event.id}/join`);
    await drain();
    expect(subjects(participant).filter((s) => s.startsWith('Du är anmäld'))).toHaveLength(1);
  });

  it('refuses to let an unverified address join an event that requires verified ones', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer, { requireVerifiedEmail: true });
    const email = `unverified-${randomBytes(3).toString('hex')}@example.test`;
    await request(t.http)
      .post('/api/auth/register')
      .send({ email, password: 'correct horse battery', displayName: 'U' })
      .expect(202);
    const agent = request.agent(t.http);
    await agent.post('/api/auth/login').send({ email, password: 'correct horse battery' }).expect(200);
    const refused = await agent.post(`/api/events/${event.id}/join`).expect(403);
    expect(refused.body.code).toBe('EMAIL_NOT_VERIFIED');
    await drain();
    await agent
      .post('/api/auth/verify-email')
      .send({ token: tokenOf(smtp.last(email).link('/verify-email')) })
      .expect(200);
    await agent.post(`/api/events/${event.id}/join`).expect(200);
  });

  it('tells a team who joined, who left and who became captain, with a one-click unsubscribe', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const captain = await participantOf(event.id, 'Kapten');
    const member = await participantOf(event.id, 'Medlem');
    const team = await teamOf(event.id, captain, [member]);
    await drain();
    const joined = smtp.find(captain.email, new RegExp(`gick med i ${team.name}$`));
    expect(joined.header('List-Unsubscribe')).toMatch(/^<https:\/\/hack\.test\/api\/mail\/unsubscribe\?token=/);
    expect(joined.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    await expectStatus(captain.agent.post(`/api/events/${event.id}/teams/${team.id}/leave`), 204);
    await drain();
    expect(subjects(member)).toEqual(
      expect.arrayContaining([`Du är nu lagkapten för ${team.name}`, expect.stringMatching(/lämnade /)]),
    );

    // The member turns team mails off with the link from the header: the next join is not mailed to them.
    const header = smtp
      .find(member.email, /lämnade /)
      .header('List-Unsubscribe')!
      .slice(1, -1);
    const path = header.replace('https://hack.test', '');
    await request(t.http).post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);
    const before = smtp.to(member.email).length;
    const newcomer = await participantOf(event.id, 'Ny');
    await expectStatus(
      newcomer.agent.post(`/api/events/${event.id}/teams/join`).send({ inviteCode: team.inviteCode }),
      200,
    );
    await drain();
    expect(smtp.to(member.email)).toHaveLength(before);
  });

  it('sends every member a receipt of exactly what was submitted', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const challengeId = await challengeIn(event.id);
    const captain = await participantOf(event.id, 'Kapten');
    const member = await participantOf(event.id, 'Medlem');
    await teamOf(event.id, captain, [member]);
    const draft = await expectStatus<{ id: string; version: number }>(
      captain.agent.post(`/api/events/${event.id}/submissions`).send({
        challengeId,
        title: 'Busskollen',
        summary: 'Realtidsdata för bussar',
        repositoryUrl: 'https://git.example.test/busskollen',
      }),
      201,
    );
    await expectStatus(
      captain.agent.post(`/api/events/${event.id}/submissions/${draft.id}/submit`).send({ version: draft.version }),
      200,
    );
    await drain();
    for (const person of [captain, member]) {
      const receipt = smtp.find(person.email, `Kvitto: Busskollen är inskickat till ${event.name}`);
      expect(receipt.text).toContain('Utmaning: Bättre bussar');
      expect(receipt.text).toContain('Kod: https://git.example.test/busskollen');
      expect(receipt.text).toContain('Version: 2');
    }
  });

  it('reminds teams without a submitted project 24 h and 1 h before the deadline, once each, and again when it moves', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const late = await participantOf(event.id, 'Sen');
    await teamOf(event.id, late);
    const deadline = Date.parse(event.timeline.submissionDeadline);
    const reminders = () => subjects(late).filter((s) => s.includes(' h kvar'));

    t.clock.set(new Date(deadline - 25 * HOUR).toISOString());
    await scan();
    expect(reminders()).toHaveLength(0);
    t.clock.set(new Date(deadline - 23 * HOUR).toISOString());
    await scan();
    await scan();
    expect(reminders()).toEqual([expect.stringMatching(/^24 h kvar: /)]);
    t.clock.set(new Date(deadline - 30 * 60_000).toISOString());
    await scan();
    expect(reminders()).toHaveLength(2);
    expect(reminders()[1]).toMatch(/^1 h kvar: /);

    const moved = new Date(deadline + 24 * HOUR).toISOString();
    await expectStatus(
      organizer.agent.patch(`/api/events/${event.id}`).send({ timeline: { submissionDeadline: moved } }),
      200,
    );
    await scan();
    expect(reminders()).toHaveLength(2);
    t.clock.set(new Date(Date.parse(moved) - 23 * HOUR).toISOString());
    await scan();
    expect(reminders()).toHaveLength(3);
  });

  it('tells jurors judging has started with their queue, and everyone when the results are published, once', async () => {
    const w = await judgingWorld(t, { challenges: 1, perChallenge: 2, jurors: 2 });
    await readyToScore(w);
    t.clock.set(JUDGING);
    await scan();
    await scan();
    for (const juror of w.jurors) {
      const opened = smtp.to(juror.email).filter((m) => m.subject === `Bedömningen av ${w.event.name} har börjat`);
      expect(opened).toHaveLength(1);
      expect(opened[0]!.text).toContain('Du har 2 bidrag att bedöma');
      expect(opened[0]!.link('/jury')).toBe(`https://hack.test/events/${w.event.slug}/jury`);
    }
    t.clock.set(CLOSED);
    await expectStatus(w.organizer.agent.post(w.path('/leaderboard/publish')), 200);
    await drain();
    await scan();
    for (const person of [w.participant, w.agency, ...w.jurors]) {
      expect(subjects(person).filter((s) => s === `Resultaten från ${w.event.name} är publicerade`)).toHaveLength(1);
    }
  });

  it('mails an announcement to everyone in the event when the organizer asks for it', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const participant = await participantOf(event.id);
    const quiet = await expectStatus<{ emailedTo: number | null }>(
      organizer.agent.post(`/api/events/${event.id}/announcements`).send({ body: 'Bara på sidan' }),
      201,
    );
    expect(quiet.emailedTo).toBeNull();
    const mailed = await expectStatus<{ emailedTo: number }>(
      organizer.agent
        .post(`/api/events/${event.id}/announcements`)
        .send({ body: 'Lunch kl 12 <b>i aulan</b>', email: true }),
      201,
    );
    expect(mailed.emailedTo).toBe(2);
    await drain();
    const mail = smtp.find(participant.email, `Meddelande från ${event.name}`);
    expect(mail.text).toContain('Lunch kl 12 <b>i aulan</b>');
    expect(mail.html).toContain('Lunch kl 12 &lt;b&gt;i aulan&lt;/b&gt;');
    const listed = await expectStatus<{ items: { emailedTo: number | null }[] }>(
      participant.agent.get(`/api/events/${event.id}/announcements`),
      200,
    );
    expect(listed.items.map((a) => a.emailedTo).sort()).toEqual([2, null]);
  });

  it('lets an organizer preview, send and follow a message to a segment, within a rate limit', async () => {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer);
    const challengeId = await challengeIn(event.id);
    const done = await participantOf(event.id, 'Klar');
    const busy = await participantOf(event.id, 'Upptagen');
    await teamOf(event.id, done);
    await teamOf(event.id, busy);
    const draft = await expectStatus<{ id: string; version: number }>(
      done.agent.post(`/api/events/${event.id}/submissions`).send({ challengeId, title: 'Klart' }),
      201,
    );
    await expectStatus(
      done.agent.post(`/api/events/${event.id}/submissions/${draft.id}/submit`).send({ version: 1 }),
      200,
    );
    const path = `/api/events/${event.id}/messages`;

    const preview = await expectStatus(
      organizer.agent.post(`${path}/preview`).send({ segment: 'teams-without-submission' }),
      200,
    );
    expect(preview).toEqual({ recipients: 1 });
    const nobody = await organizer.agent
      .post(path)
      .send({ segment: 'jurors', subject: 'Hej', body: 'Text' })
      .expect(400);
    expect(nobody.body.code).toBe('NO_RECIPIENTS');
    const bad = await organizer.agent
      .post(path)
      .send({ segment: 'challenge-teams', subject: '', body: 'x' })
      .expect(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['challengeId', 'subject']);

    const sent = await expectStatus<{ id: string; recipients: number }>(
      organizer.agent
        .post(path)
        .send({ segment: 'teams-without-submission', subject: 'Glöm inte', body: 'Skicka in!' }),
      201,
    );
    expect(sent.recipients).toBe(1);
    await drain();
    smtp.find(busy.email, `Glöm inte – ${event.name}`);
    expect(subjects(done)).not.toContain(`Glöm inte – ${event.name}`);
    const history = OrganizerMessagePageDto.parse(await expectStatus(organizer.agent.get(path), 200));
    expect(history.items[0]).toMatchObject({ id: sent.id, delivery: { pending: 0, sent: 1, failed: 0 } });

    await expectStatus(organizer.agent.post(path).send({ segment: 'participants', subject: 'Två', body: 'x' }), 201);
    const limited = await organizer.agent
      .post(path)
      .send({ segment: 'participants', subject: 'Tre', body: 'x' })
      .expect(429);
    expect(limited.body.code).toBe('TOO_MANY_MESSAGES');
    await done.agent.post(path).send({ segment: 'participants', subject: 'x', body: 'x' }).expect(403);
  });
});
