import type {
  ClientToServerMessages,
  ScheduleDto,
  ServerToClientMessages,
  ScheduleSessionDto,
} from '@hackboard/contracts';
import ICAL from 'ical.js';
import type { AddressInfo } from 'node:net';
import { type Socket, io } from 'socket.io-client';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity.js';
import { type TestUser, createEvent, grantRole, registerUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

type Client = Socket<ServerToClientMessages, ClientToServerMessages>;

const talk = (overrides: Record<string, unknown> = {}) => ({
  kind: 'talk',
  title: 'Opening talk',
  startsAt: '2026-05-19T18:00:00+02:00',
  endsAt: '2026-05-19T18:30:00+02:00',
  place: 'Main hall',
  speaker: 'Ada Lovelace',
  language: 'sv',
  ...overrides,
});

/** The VEVENTs of a feed as ical.js reads them, with the feed's own VTIMEZONEs registered. */
function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

describe.each(drivers())('the schedule on %s', (driver) => {
  let t: TestApp;
  let url: string;
  const sockets: Client[] = [];
  beforeAll(async () => {
    t = await startTestApp(driver);
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.http.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    ICAL.TimezoneService.reset();
    await t.close();
  });

  async function visitorSocket(): Promise<Client> {
    const socket: Client = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
    sockets.push(socket);
    await new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(undefined));
      socket.once('connect_error', reject);
    });
    return socket;
  }

  async function eventWithOrganizer(overrides = {}) {
    const organizer = await registerUser(t, 'Organizer');
    const event = await createEvent(t, organizer, overrides);
    return { organizer, event, path: (suffix: string) => `/api/events/${event.id}${suffix}` };
  }

  const add = async (organizer: TestUser, path: string, body: object) =>
    (await organizer.agent.post(path).send(body).expect(201)).body as ScheduleSessionDto;

  it('shows visitors the public sessions and members those for members too, by start, with the milestones', async () => {
    const { organizer, event, path } = await eventWithOrganizer();
    const late = await add(
      organizer,
      path('/schedule'),
      talk({
        title: 'Dinner',
        kind: 'meal',
        startsAt: '2026-05-19T19:00:00+02:00',
        endsAt: '2026-05-19T20:00:00+02:00',
      }),
    );
    const early = await add(organizer, path('/schedule'), talk());
    const briefing = await add(
      organizer,
      path('/schedule'),
      talk({
        title: 'Jury briefing',
        audience: 'members',
        startsAt: '2026-05-19T17:00:00+02:00',
        endsAt: '2026-05-19T17:30:00+02:00',
      }),
    );
    expect(early).toMatchObject({ startsAt: '2026-05-19T16:00:00.000Z', place: 'Main hall', audience: 'everyone' });

    const visitor = await request(t.http).get(path('/schedule')).expect(200);
    const seen = visitor.body as ScheduleDto;
    expect(seen.timezone).toBe('Europe/Stockholm');
    expect(seen.sessions.map((s) => s.id)).toEqual([early.id, late.id]);
    expect(seen.milestones.map((m) => m.key)).toEqual(['hacking', 'deadline', 'judging']);
    expect(seen.milestones[0]!.startsAt).toBe(new Date(event.timeline.hackingStartsAt).toISOString());

    const participant = await registerUser(t, 'Participant');
    await grantRole(t, event.id, participant, 'participant');
    const member = (await participant.agent.get(path('/schedule')).expect(200)).body as ScheduleDto;
    expect(member.sessions.map((s) => s.id)).toEqual([briefing.id, early.id, late.id]);

    // By slug as by id; the public feed leaves the members' session out.
    const feed = await request(t.http).get(`/api/events/${event.slug}/calendar.ics`).expect(200);
    expect(feed.text).not.toContain('Jury briefing');
    expect(feed.text).toContain('Dinner');
  });

  it('keeps a hidden event and its feed from visitors', async () => {
    const { organizer, event, path } = await eventWithOrganizer();
    await add(organizer, path('/schedule'), talk());
    await organizer.agent.patch(path('')).send({ isPublic: false }).expect(200);
    await request(t.http).get(path('/schedule')).expect(404);
    await request(t.http).get(path('/calendar.ics')).expect(404);
    expect((await organizer.agent.get(`/api/events/${event.slug}/schedule`).expect(200)).body.sessions).toHaveLength(1);
  });

  it('lets only organizers change it, refuses bad input without changing anything, and audits each change', async () => {
    const { organizer, event, path } = await eventWithOrganizer();
    const session = await add(organizer, path('/schedule'), talk());
    const participant = await registerUser(t, 'Participant');
    await grantRole(t, event.id, participant, 'participant');
    await participant.agent.post(path('/schedule')).send(talk()).expect(403);
    await participant.agent
      .patch(path(`/schedule/${session.id}`))
      .send({ title: 'Mine' })
      .expect(403);
    await request(t.http)
      .delete(path(`/schedule/${session.id}`))
      .expect(401);

    const backwards = await organizer.agent
      .post(path('/schedule'))
      .send(talk({ endsAt: '2026-05-19T17:00:00+02:00' }))
      .expect(400);
    expect(backwards.body.fields).toEqual({ endsAt: 'must not be before the start' });
    const badPatch = await organizer.agent
      .patch(path(`/schedule/${session.id}`))
      .send({ endsAt: '2026-05-19T15:00:00Z' })
      .expect(400);
    expect(badPatch.body.code).toBe('SESSION_ENDS_BEFORE_START');
    await organizer.agent
      .post(path('/schedule'))
      .send(talk({ streamUrl: 'javascript:alert(1)' }))
      .expect(400);
    await organizer.agent
      .post(path('/schedule'))
      .send(talk({ kind: 'party' }))
      .expect(400);
    let schedule = (await request(t.http).get(path('/schedule')).expect(200)).body as ScheduleDto;
    expect(schedule.sessions).toEqual([session]);

    const moved = await organizer.agent
      .patch(path(`/schedule/${session.id}`))
      .send({
        place: null,
        streamUrl: 'https://stream.example.test/opening',
        startsAt: '2026-05-19T18:15:00+02:00',
        endsAt: '2026-05-19T18:45:00+02:00',
      })
      .expect(200);
    expect(moved.body).toMatchObject({
      place: null,
      streamUrl: 'https://stream.example.test/opening',
      startsAt: '2026-05-19T16:15:00.000Z',
    });

    // Another event's organizer cannot reach this event's session through their own event.
    const other = await eventWithOrganizer();
    await other.organizer.agent.delete(other.path(`/schedule/${session.id}`)).expect(404);
    await organizer.agent.delete(path(`/schedule/${session.id}`)).expect(204);
    await organizer.agent.delete(path(`/schedule/${session.id}`)).expect(404);
    schedule = (await request(t.http).get(path('/schedule')).expect(200)).body as ScheduleDto;
    expect(schedule.sessions).toEqual([]);

    const audit = await t.app
      .get(DataSource)
      .getRepository(AuditEntryEntity)
      .find({ where: { eventId: event.id, targetId: session.id }, order: { createdAt: 'ASC' } });
    expect(audit.map((entry) => entry.action).sort()).toEqual(
      ['schedule.session-added', 'schedule.session-changed', 'schedule.session-removed'].sort(),
    );
  });

  it('tells open pages, visitors included, that the schedule changed', async () => {
    const { organizer, event, path } = await eventWithOrganizer();
    const socket = await visitorSocket();
    expect(await socket.emitWithAck('subscribe', { eventSlug: event.slug })).toMatchObject({ ok: true });
    const pushed = new Promise((resolve) => socket.once('schedule.changed', resolve));
    await add(organizer, path('/schedule'), talk());
    expect(await pushed).toEqual({ eventId: event.id, at: expect.any(String) });
  });

  it('serves a feed that ical.js reads, with the event timezone placing sessions right on both sides of the DST change', async () => {
    // Sweden leaves summer time on 25 October 2026 at 03:00.
    const { organizer, event, path } = await eventWithOrganizer({
      timeline: {
        registrationOpensAt: '2026-10-01T08:00:00Z',
        hackingStartsAt: '2026-10-24T07:00:00Z',
        submissionDeadline: '2026-10-25T14:00:00Z',
        judgingEndsAt: '2026-10-26T14:00:00Z',
      },
    });
    const saturday = await add(
      organizer,
      path('/schedule'),
      talk({
        title: 'Saturday breakfast',
        kind: 'meal',
        startsAt: '2026-10-24T09:00:00+02:00',
        endsAt: '2026-10-24T10:00:00+02:00',
      }),
    );
    const sunday = await add(
      organizer,
      path('/schedule'),
      talk({
        title: 'Sunday breakfast',
        kind: 'meal',
        startsAt: '2026-10-25T09:00:00+01:00',
        endsAt: '2026-10-25T10:00:00+01:00',
      }),
    );

    const answer = await request(t.http).get(path('/calendar.ics?lang=en')).expect(200);
    expect(answer.headers['content-type']).toMatch(/^text\/calendar/);
    const { calendar, events } = parseFeed(answer.text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual([
      'Europe/Stockholm',
    ]);
    const byTitle = new Map(events.map((e) => [e.summary, e]));
    const sat = byTitle.get('Saturday breakfast')!;
    const sun = byTitle.get('Sunday breakfast')!;
    // Written as 09:00 local on both days, in the event's zone…
    expect(sat.startDate.zone?.tzid).toBe('Europe/Stockholm');
    expect([sat.startDate.hour, sun.startDate.hour]).toEqual([9, 9]);
    expect(answer.text).toContain('DTSTART;TZID=Europe/Stockholm:20261024T090000');
    expect(answer.text).toContain('DTSTART;TZID=Europe/Stockholm:20261025T090000');
    // …which the VTIMEZONE turns into instants an hour apart in UTC.
    expect(sat.startDate.toJSDate().toISOString()).toBe(saturday.startsAt);
    expect(sun.startDate.toJSDate().toISOString()).toBe(sunday.startsAt);
    expect(sun.startDate.toJSDate().toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(sat.uid).toBe(`${saturday.id}@hackboard`);
    // The timeline's milestones are in the feed too.
    const deadline = byTitle.get(`${event.name}: Submission deadline`)!;
    expect(deadline.startDate.toJSDate().toISOString()).toBe('2026-10-25T14:00:00.000Z');
    expect(deadline.startDate.hour).toBe(15);

    // "Add to calendar" for one session, and for one milestone.
    const one = await request(t.http)
      .get(path(`/calendar.ics?item=${sunday.id}`))
      .expect(200);
    expect(one.headers['content-disposition']).toMatch(/^attachment/);
    expect(parseFeed(one.text).events.map((e) => e.summary)).toEqual(['Sunday breakfast']);
    const milestone = await request(t.http).get(path('/calendar.ics?item=hacking&lang=sv')).expect(200);
    expect(parseFeed(milestone.text).events.map((e) => e.summary)).toEqual([`${event.name}: Hackandet pågår`]);
    await request(t.http)
      .get(path(`/calendar.ics?item=${crypto.randomUUID()}`))
      .expect(404);
    await request(t.http).get(path('/calendar.ics?item=lunch')).expect(400);

    // The feed follows the schedule: a moved session keeps its UID and shows its new time.
    await organizer.agent
      .patch(path(`/schedule/${sunday.id}`))
      .send({ startsAt: '2026-10-25T09:30:00+01:00' })
      .expect(200);
    const again = parseFeed((await request(t.http).get(path('/calendar.ics')).expect(200)).text);
    const movedSunday = again.events.find((e) => e.uid === `${sunday.id}@hackboard`)!;
    expect(movedSunday.startDate.toJSDate().toISOString()).toBe('2026-10-25T08:30:00.000Z');
  });

  it('writes a feed in another zone across its own DST change', async () => {
    // New York leaves daylight time on 1 November 2026.
    const { organizer, path } = await eventWithOrganizer({ timezone: 'America/New_York' });
    await add(
      organizer,
      path('/schedule'),
      talk({ title: 'Before', startsAt: '2026-10-31T18:00:00-04:00', endsAt: '2026-10-31T19:00:00-04:00' }),
    );
    await add(
      organizer,
      path('/schedule'),
      talk({ title: 'After', startsAt: '2026-11-01T18:00:00-05:00', endsAt: '2026-11-01T19:00:00-05:00' }),
    );
    const { events } = parseFeed((await request(t.http).get(path('/calendar.ics')).expect(200)).text);
    const byTitle = new Map(events.map((e) => [e.summary, e]));
    expect(byTitle.get('Before')!.startDate.toJSDate().toISOString()).toBe('2026-10-31T22:00:00.000Z');
    expect(byTitle.get('After')!.startDate.toJSDate().toISOString()).toBe('2026-11-01T23:00:00.000Z');
    expect([byTitle.get('Before')!.startDate.hour, byTitle.get('After')!.startDate.hour]).toEqual([18, 18]);
  });
});
