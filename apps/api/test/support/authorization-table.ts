import { DataSource } from 'typeorm';
import { EventRoleEntity } from '../../src/access/event-role.entity.js';
import { DatasetEntity } from '../../src/challenges/dataset.entity.js';
import { MailService } from '../../src/mail/mail.service.js';
import { OutboxMailEntity } from '../../src/mail/outbox-mail.entity.js';

import { SsoIdentityEntity } from '../../src/sso/sso-identity.entity.js';
import { TeamEntity } from '../../src/teams/team.entity.js';
import { JoinRequestEntity } from '../../src/team-finder/join-request.entity.js';
import { ImageStorage } from '../../src/uploads/image-storage.js';
import { SubmissionImageEntity } from '../../src/uploads/submission-image.entity.js';
import { PictureEntity } from '../../src/pictures/picture.entity.js';
import { SubmissionEntity } from '../../src/submissions/submission.entity.js';
import {
  type AuthorizationWorld,
  type Moment,
  ROLES,
  type Role,
  restoreTimeline,
  storedTimeline,
} from './authorization-world.js';
import { type TestUser, grantRole, registerUser } from './actors.js';
import { cookieOf } from './live-sockets.js';

/** One request of the matrix: a route asked by one role. */
export interface Case {
  w: AuthorizationWorld;
  role: Role;
  /** The route's path parameters for this case: the world's resources, or fresh ones from `prepare`. */
  params: Record<string, string>;
}

export interface Answer {
  status: number;
  body: unknown;
  text: string;
}

export type Expected = Record<Role, number>;

export interface Row {
  /** Method and path exactly as the OpenAPI document lists them. */
  route: string;
  expect: Expected;
  /** The moment of the event's timeline the case runs at (default: judging). */
  at?: Moment;
  query?: (c: Case) => string;
  /** A valid body, so that the answer is about who asks and not about what they sent. */
  body?: (c: Case) => unknown;
  /** Runs before each case: makes what the case may use up (a fresh resource) and names it. */
  prepare?: (c: Case) => Promise<Record<string, string> | void>;
  /** Runs after each case: undoes what a successful case changed, so later cases see the same world. */
  cleanup?: (c: Case, answer: Answer) => Promise<void>;
  /** What a successful answer must not reveal to this role; returns the problem, if any. */
  check?: (c: Case, answer: Answer) => string | null;
  /** The case signs in anew, because the request ends or rotates the session it is sent with. */
  ownSession?: true;
  /** Cases whose expectation the API does not meet yet, skipped by name with the bug. */
  knownBugs?: Partial<Record<Role, string>>;
}

// ---- Who is who ---------------------------------------------------------------------------------

const ORGANIZERS = ['organizer', 'admin'] as const satisfies readonly Role[];
const PARTICIPANTS = ['participant', 'teammate', 'otherTeam'] as const satisfies readonly Role[];
const AGENCIES = ['agency', 'agencyOtherOrg'] as const satisfies readonly Role[];
const JURORS = ['jurorAssigned', 'jurorUnassigned', 'jurorConflicted'] as const satisfies readonly Role[];
const EVENT_DAY = ['volunteer', 'mentor'] as const satisfies readonly Role[];
const MEMBERS = [...PARTICIPANTS, ...AGENCIES, ...JURORS, ...ORGANIZERS, ...EVENT_DAY] as const;
const SIGNED_IN = ROLES.filter((role) => role !== 'anonymous');

/** Every role gets `status`, except those named. */
function everyone(status: number, exceptions: Partial<Expected> = {}): Expected {
  return { ...(Object.fromEntries(ROLES.map((role) => [role, status])) as Expected), ...exceptions };
}

/**
 * `roles` get `status`; a visitor is asked to sign in (401) and every other role is refused (403),
 * except those named.
 */
function only(status: number, roles: readonly Role[], exceptions: Partial<Expected> = {}): Expected {
  const expected = everyone(403, { anonymous: 401 });
  for (const role of roles) expected[role] = status;
  return { ...expected, ...exceptions };
}

// ---- Small tools for bodies, fresh resources and clean-ups -----------------------------------------

let counter = 0;
const unique = (name: string) => `${name}-${++counter}-${Date.now().toString(36)}`;

const db = (c: Case) => c.w.t.app.get(DataSource);
const bodyOf = <T = Record<string, unknown>>(answer: Answer) => answer.body as T;
const succeeded = (answer: Answer) => answer.status >= 200 && answer.status < 300;

async function versionOf(c: Case, submissionId: string): Promise<number> {
  return (await db(c).getRepository(SubmissionEntity).findOneByOrFail({ id: submissionId })).version;
}

async function statusOf(c: Case, submissionId: string): Promise<string> {
  return (await db(c).getRepository(SubmissionEntity).findOneByOrFail({ id: submissionId })).status;
}

/** The draft to challenge B as the case needs it: submitted or not. */
async function draftIn(c: Case, status: 'draft' | 'submitted'): Promise<Record<string, string>> {
  const id = c.w.ids.draft;
  if ((await statusOf(c, id)) !== status) {
    const action = status === 'submitted' ? 'submit' : 'withdraw';
    const answer = await c.w
      .send('teammate', 'post', c.w.path(`/submissions/${id}/${action}`))
      .send({ version: await versionOf(c, id) });
    if (answer.status !== 200) throw new Error(`could not ${action} the draft: ${answer.status}`);
  }
  return { submissionId: id };
}

/** The assigned juror's review of the submission at hand, saved as given. */
async function reviewAtHand(c: Case, scores: Record<string, number | null>, comment?: null) {
  await c.w
    .send('jurorAssigned', 'put', c.w.path(`/rounds/${c.w.ids.round}/reviews/${c.w.ids.submission}`))
    .send({ scores, ...(comment === undefined ? {} : { comment }) })
    .expect(200);
}

/** Someone whose membership the organizers may remove, again and again. */
const members = new WeakMap<AuthorizationWorld, TestUser>();

/** The timeline before a case that moves it, by case. */
const timelines = new Map<Case, Awaited<ReturnType<typeof storedTimeline>>>();

/** A mail in the outbox with no event: every account's verification link is one. */
async function anyMail(c: Case): Promise<Record<string, string>> {
  const mail = await db(c).getRepository(OutboxMailEntity).findOneByOrFail({ template: 'verify-email' });
  return { mailId: mail.id };
}

const IMAGE_HASH = '0123456789abcdef0123456789abcdef';

/** An image of the submission at hand, stored as an upload would leave it. */
async function storedImage(c: Case): Promise<SubmissionImageEntity> {
  await c.w.t.app.get(ImageStorage).put(`${IMAGE_HASH}-320.jpg`, Buffer.from('ffd8ffe000104a464946', 'hex'));
  return db(c)
    .getRepository(SubmissionImageEntity)
    .save({
      eventId: c.w.event.id,
      submissionId: c.w.ids.submission,
      position: 0,
      alt: 'Screenshot',
      contentHash: IMAGE_HASH,
      width: 320,
      height: 200,
      widths: [320],
      uploadedBy: null,
    });
}

/** The event's banner, stored as an upload would leave it. */
async function storedPicture(c: Case): Promise<PictureEntity> {
  await c.w.t.app.get(ImageStorage).put(`${IMAGE_HASH}-320.jpg`, Buffer.from('ffd8ffe000104a464946', 'hex'));
  await db(c).getRepository(PictureEntity).delete({ kind: 'event-banner', ownerId: c.w.event.id });
  return db(c)
    .getRepository(PictureEntity)
    .save({
      kind: 'event-banner',
      ownerId: c.w.event.id,
      alt: 'Banner',
      contentHash: IMAGE_HASH,
      width: 320,
      height: 100,
      widths: [320],
      uploadedBy: null,
    });
}

/** A fresh invitation from team Alpha to `participant`, the only one open for the team. */
async function freshInvitation(c: Case): Promise<Record<string, string>> {
  await db(c).getRepository(JoinRequestEntity).delete({ teamId: c.w.ids.team });
  const answer = await c.w
    .send('teammate', 'post', c.w.path(`/finder/teams/${c.w.ids.team}/invitations`))
    .send({ userId: c.w.users.participant.id, message: '' });
  if (answer.status !== 201) throw new Error(`could not invite: ${answer.status}`);
  return { requestId: answer.body.id };
}

async function leaveTeamIfIn(c: Case, role: Role) {
  const answer = await c.w.send(role, 'get', c.w.path('/teams/mine'));
  if (answer.status !== 200) return;
  await c.w.send(role, 'post', c.w.path(`/teams/${answer.body.id}/leave`)).expect(204);
}

/**
 * What a non-organizer is shown must hold no one else's e-mail address, and no juror's name or id
 * but their own: jurors are anonymised outside the organizer view.
 */
function noOneElsesIdentity(c: Case, answer: Answer): string | null {
  if ((ORGANIZERS as readonly Role[]).includes(c.role)) return null;
  const own = c.role === 'anonymous' ? null : c.w.users[c.role].email;
  const emails = (answer.text.match(/[\w.+-]+@example\.test/g) ?? []).filter((email) => email !== own);
  if (emails.length > 0) return `shows e-mail addresses ${emails.join(', ')}`;
  const jurors = [...c.w.jurorIdentities]
    .filter(([juror]) => juror !== c.role)
    .flatMap(([, identity]) => identity)
    .filter((identity) => answer.text.includes(identity));
  return jurors.length > 0 ? `shows jurors ${jurors.join(', ')}` : null;
}

/** A session of the event's schedule, made by its organizer. */
const SCHEDULE_SESSION = {
  kind: 'talk',
  title: 'Opening talk',
  startsAt: '2026-05-19T18:00:00+02:00',
  endsAt: '2026-05-19T18:30:00+02:00',
};
async function freshSession(c: Case): Promise<Record<string, string>> {
  const session = await c.w.asOrganizer<{ id: string }>('post', '/schedule', SCHEDULE_SESSION);
  return { sessionId: session.id };
}

/** A slot of the world's mentor, free, or booked by team Alpha. */
async function freshSlot(c: Case, booked = false): Promise<Record<string, string>> {
  const slot = await expectOk<{ id: string }>(
    c.w.send('mentor', 'post', c.w.path('/mentoring/slots')).send({
      startsAt: '2026-05-20T10:00:00+02:00',
      endsAt: '2026-05-20T10:30:00+02:00',
    }),
  );
  if (booked) {
    await c.w
      .send('teammate', 'post', c.w.path(`/mentoring/slots/${slot.id}/booking`))
      .send({ topic: 'API' })
      .expect(201);
  }
  return { slotId: slot.id };
}

/** Team Beta's help request, new and waiting (any open one withdrawn first), or claimed by the mentor. */
async function freshRequest(c: Case, claimed = false): Promise<Record<string, string>> {
  const open = await c.w.send('otherTeam', 'get', c.w.path('/help-queue/mine')).expect(200);
  if (open.body.request) {
    await c.w.send('otherTeam', 'post', c.w.path(`/help-queue/${open.body.request.id}/cancel`)).expect(200);
  }
  const request = await expectOk<{ id: string }>(
    c.w.send('otherTeam', 'post', c.w.path('/help-queue')).send({ topic: 'Deploying' }),
  );
  if (claimed) await c.w.send('mentor', 'post', c.w.path(`/help-queue/${request.id}/claim`)).expect(200);
  return { requestId: request.id };
}

async function expectOk<T>(pending: PromiseLike<{ status: number; body: unknown; text: string }>): Promise<T> {
  const answer = await pending;
  if (answer.status < 200 || answer.status >= 300) throw new Error(`${answer.status} ${answer.text}`);
  return answer.body as T;
}

// ---- The table ------------------------------------------------------------------------------------

export const AUTHORIZATION_TABLE: Row[] = [
  // Operations
  { route: 'GET /api/health', expect: everyone(200) },
  { route: 'GET /api/health/ready', expect: everyone(200) },
  { route: 'GET /api/metrics', expect: everyone(200) },

  // Accounts and sessions
  {
    route: 'POST /api/auth/register',
    expect: everyone(201),
    body: () => ({ email: `${unique('new')}@example.test`, password: 'correct horse battery', displayName: 'New' }),
  },
  {
    route: 'POST /api/auth/login',
    expect: everyone(200),
    body: (c) => {
      const user = c.role === 'anonymous' ? c.w.teammate2 : c.w.users[c.role];
      return { email: user.email, password: user.password };
    },
  },
  { route: 'POST /api/auth/refresh', expect: everyone(204, { anonymous: 401 }), ownSession: true },
  { route: 'POST /api/auth/logout', expect: everyone(204), ownSession: true },
  { route: 'GET /api/auth/session', expect: everyone(200) },
  { route: 'GET /api/auth/me', expect: only(200, SIGNED_IN) },
  { route: 'PATCH /api/auth/me', expect: only(200, SIGNED_IN), body: () => ({ language: 'en' }) },
  { route: 'GET /api/me/data', expect: only(200, SIGNED_IN), check: noOneElsesIdentity },

  // Accounts by mail: a mailed link's token is what authorizes, so a made-up one is refused for all
  {
    route: 'POST /api/auth/password-reset',
    expect: everyone(202),
    body: (c) => ({ email: c.role === 'anonymous' ? c.w.teammate2.email : c.w.users[c.role].email }),
  },
  {
    route: 'POST /api/auth/password-reset/confirm',
    expect: everyone(400),
    body: () => ({ token: 'not-a-mailed-token', password: 'correct horse battery' }),
  },
  { route: 'POST /api/auth/verify-email', expect: everyone(400), body: () => ({ token: 'not-a-mailed-token' }) },
  { route: 'POST /api/auth/verify-email/resend', expect: only(202, SIGNED_IN) },
  {
    route: 'POST /api/auth/email-change',
    expect: only(202, SIGNED_IN),
    body: (c) => ({
      newEmail: `${unique('moved')}@example.test`,
      password: c.role === 'anonymous' ? 'whatever it is' : c.w.users[c.role].password,
    }),
  },
  {
    route: 'POST /api/auth/email-change/confirm',
    expect: everyone(400),
    body: () => ({ token: 'not-a-mailed-token' }),
  },
  { route: 'GET /api/auth/me/notifications', expect: only(200, SIGNED_IN) },
  { route: 'PATCH /api/auth/me/notifications', expect: only(200, SIGNED_IN), body: () => ({ results: true }) },
  {
    // The signed token names the person: anyone holding the link may use it, signed in or not.
    route: 'POST /api/mail/unsubscribe',
    expect: everyone(200),
    body: (c) => ({ token: c.w.t.app.get(MailService).unsubscribeToken(c.w.teammate2.id, 'results') }),
  },

  // The platform's mailbox, and an event's mail for its organizers
  { route: 'GET /api/admin/mail', expect: only(200, ['admin']) },
  { route: 'GET /api/admin/mail/{mailId}', expect: only(200, ['admin']), prepare: anyMail },
  // A mail that was sent is not retried: the admin is told so.
  { route: 'POST /api/admin/mail/{mailId}/retry', expect: only(409, ['admin']), prepare: anyMail },
  { route: 'GET /api/events/{event}/mail', expect: only(200, ORGANIZERS) },
  // A mail of no event (a verification link) is not this event's to retry.
  { route: 'POST /api/events/{event}/mail/{mailId}/retry', expect: only(404, ORGANIZERS), prepare: anyMail },

  // Single sign-on (the suite configures the provider `agency`, a real one started by the suite)
  { route: 'GET /api/sso/providers', expect: everyone(200) },
  // Browser navigations: always a redirect, to the provider or to the problem page.
  { route: 'GET /api/sso/{provider}/start', expect: everyone(303), prepare: async () => ({ provider: 'agency' }) },
  { route: 'GET /api/sso/{provider}/callback', expect: everyone(303), prepare: async () => ({ provider: 'agency' }) },
  {
    route: 'POST /api/sso/{provider}/link',
    expect: only(200, SIGNED_IN),
    prepare: async () => ({ provider: 'agency' }),
    body: () => ({ returnTo: '/account' }),
  },
  { route: 'GET /api/sso/identities', expect: only(200, SIGNED_IN), check: noOneElsesIdentity },
  {
    // The participant's own identity: everyone else is told there is no such thing.
    route: 'DELETE /api/sso/identities/{identityId}',
    expect: only(404, SIGNED_IN, { participant: 200 }),
    prepare: async (c) => {
      const identity = await db(c)
        .getRepository(SsoIdentityEntity)
        .save({
          userId: c.w.users.participant.id,
          providerId: 'agency',
          subject: unique('subject'),
          email: null,
          emailVerified: false,
          lastSignInAt: null,
        });
      return { identityId: identity.id };
    },
    cleanup: async (c) => {
      await db(c).getRepository(SsoIdentityEntity).delete({ id: c.params['identityId']! });
    },
  },
  { route: 'GET /api/sso/end-session', expect: everyone(200) },

  // Events
  { route: 'GET /api/events', expect: everyone(200) },
  {
    route: 'POST /api/events',
    // Platform admins, and organizers of any event.
    expect: only(201, [...ORGANIZERS, 'organizerElsewhere']),
    body: () => ({
      slug: unique('created'),
      name: 'Another hackathon',
      timeline: {
        registrationOpensAt: '2026-09-01T08:00:00Z',
        hackingStartsAt: '2026-09-10T08:00:00Z',
        submissionDeadline: '2026-09-12T08:00:00Z',
        judgingEndsAt: '2026-09-14T08:00:00Z',
      },
    }),
  },
  { route: 'GET /api/events/{event}', expect: everyone(200) },
  { route: 'PATCH /api/events/{event}', expect: only(200, ORGANIZERS), body: () => ({ tagline: 'Open data' }) },
  {
    route: 'POST /api/events/{event}/phase/advance',
    expect: only(200, ORGANIZERS),
    prepare: async (c) => {
      timelines.set(c, await storedTimeline(c.w.t, c.w.event.id));
    },
    cleanup: async (c) => {
      await restoreTimeline(c.w.t, c.w.event.id, timelines.get(c)!);
      timelines.delete(c);
    },
  },
  {
    route: 'POST /api/events/{event}/join',
    at: 'hacking',
    // Anyone may join while teams form; a juror may not compete in the event they judge.
    expect: only(200, SIGNED_IN, { jurorAssigned: 409, jurorUnassigned: 409, jurorConflicted: 409 }),
    cleanup: async (c, answer) => {
      if (!succeeded(answer) || (PARTICIPANTS as readonly Role[]).includes(c.role) || c.role === 'anonymous') return;
      await db(c)
        .getRepository(EventRoleEntity)
        .delete({ eventId: c.w.event.id, userId: c.w.users[c.role].id, role: 'participant' });
    },
  },
  { route: 'GET /api/events/{event}/members', expect: only(200, ORGANIZERS) },
  {
    route: 'DELETE /api/events/{event}/members/{membershipId}',
    expect: only(204, ORGANIZERS),
    prepare: async (c) => {
      const user = members.get(c.w) ?? (await registerUser(c.w.t, 'Member'));
      members.set(c.w, user);
      const roles = db(c).getRepository(EventRoleEntity);
      let row = await roles.findOneBy({ eventId: c.w.event.id, userId: user.id });
      if (!row) {
        await grantRole(c.w.t, c.w.event.id, user, 'participant');
        row = await roles.findOneByOrFail({ eventId: c.w.event.id, userId: user.id });
      }
      return { membershipId: row.id };
    },
  },

  // Invitations
  {
    route: 'POST /api/events/{event}/invitations',
    expect: only(201, ORGANIZERS),
    body: () => ({ email: `${unique('invited')}@example.test`, role: 'jury' }),
  },
  { route: 'GET /api/events/{event}/invitations', expect: only(200, ORGANIZERS) },
  {
    route: 'DELETE /api/events/{event}/invitations/{invitationId}',
    expect: only(204, ORGANIZERS),
    prepare: async (c) => {
      const created = await c.w.asOrganizer<{ id: string }>('post', '/invitations', {
        email: `${unique('invited')}@example.test`,
        role: 'agency',
        organizationId: c.w.ids.organization,
      });
      return { invitationId: created.id };
    },
  },
  { route: 'GET /api/invitations/{token}', expect: everyone(200) },
  { route: 'GET /api/events/{event}/sso-requirements', expect: only(200, ORGANIZERS) },
  // Setting no requirement leaves the world as it was for the rows after it.
  {
    route: 'PUT /api/events/{event}/sso-requirements',
    expect: only(200, ORGANIZERS),
    body: () => ({ jury: null, agency: null }),
  },
  // Only the invited address may accept, and none of the roles is it.
  { route: 'POST /api/invitations/{token}/accept', expect: only(403, []) },

  // Organizations
  { route: 'GET /api/organizations', expect: everyone(200) },
  { route: 'GET /api/organizations/{organizationId}', expect: everyone(200) },
  {
    route: 'POST /api/organizations',
    expect: only(201, [...ORGANIZERS, 'organizerElsewhere']),
    body: () => ({ name: unique('Kommun'), kind: 'municipality' }),
  },
  {
    route: 'PATCH /api/organizations/{organizationId}',
    // The organization's own agency members, and platform admins.
    expect: only(200, ['agency', 'admin']),
    body: () => ({ kind: 'national-agency' }),
  },

  // Challenges
  { route: 'GET /api/events/{event}/challenges', expect: everyone(200), check: noOneElsesIdentity },
  {
    route: 'POST /api/events/{event}/challenges',
    at: 'hacking',
    expect: only(201, ['agency', ...ORGANIZERS]),
    body: (c) => ({
      organizationId: c.w.ids.organization,
      title: unique('Challenge'),
      description: 'Use the open data.',
      contactName: 'Kim',
    }),
    cleanup: async (c, answer) => {
      if (succeeded(answer)) await c.w.asOrganizer('delete', `/challenges/${bodyOf(answer)['id']}`);
    },
  },
  { route: 'GET /api/events/{event}/challenges/{challengeId}', expect: everyone(200) },
  {
    route: 'PATCH /api/events/{event}/challenges/{challengeId}',
    at: 'hacking',
    expect: only(200, ['agency', ...ORGANIZERS]),
    body: () => ({ prizes: 'A study visit' }),
  },
  {
    route: 'DELETE /api/events/{event}/challenges/{challengeId}',
    at: 'hacking',
    expect: only(204, ['agency', ...ORGANIZERS]),
    prepare: async (c) => ({ challengeId: await c.w.freshChallenge() }),
  },
  { route: 'GET /api/events/{event}/datasets', expect: everyone(200) },

  // Teams
  {
    route: 'POST /api/events/{event}/teams',
    at: 'hacking',
    // A participant in no team starts one; members of a team must leave theirs first.
    expect: only(201, ['participant'], { teammate: 409, otherTeam: 409 }),
    body: () => ({ name: unique('Team') }),
    cleanup: async (c, answer) => {
      if (succeeded(answer)) await leaveTeamIfIn(c, c.role);
    },
  },
  { route: 'GET /api/events/{event}/teams', expect: only(200, ORGANIZERS) },
  {
    route: 'GET /api/events/{event}/teams/mine',
    expect: only(200, ['teammate', 'otherTeam'], { participant: 404 }),
    check: noOneElsesIdentity,
  },
  {
    route: 'POST /api/events/{event}/teams/join',
    at: 'hacking',
    expect: only(200, ['participant'], { teammate: 409, otherTeam: 409 }),
    body: async (c) => ({
      inviteCode: (await db(c).getRepository(TeamEntity).findOneByOrFail({ id: c.w.ids.team })).inviteCode,
    }),
    cleanup: async (c, answer) => {
      if (succeeded(answer)) await leaveTeamIfIn(c, c.role);
    },
  },
  {
    route: 'GET /api/events/{event}/teams/{teamId}',
    expect: everyone(200),
    check: (c, answer) => {
      const seesAll = ['teammate', ...ORGANIZERS].includes(c.role);
      const team = bodyOf(answer);
      if (!seesAll && ('inviteCode' in team || 'members' in team)) return 'shows the invite code or the members';
      if (seesAll && !('inviteCode' in team)) return 'hides the team from its own member or an organizer';
      return noOneElsesIdentity(c, answer);
    },
  },
  {
    route: 'PATCH /api/events/{event}/teams/{teamId}',
    at: 'hacking',
    expect: only(200, ['teammate']),
    body: () => ({ name: 'Alpha' }),
  },
  {
    route: 'POST /api/events/{event}/teams/{teamId}/leave',
    // After the deadline the team holds still, even for its own members.
    expect: only(409, ['teammate']),
  },
  { route: 'POST /api/events/{event}/teams/{teamId}/invite-code', at: 'hacking', expect: only(200, ['teammate']) },
  {
    route: 'POST /api/events/{event}/teams/{teamId}/captain',
    at: 'hacking',
    expect: only(200, ['teammate']),
    body: (c) => ({ userId: c.w.teammate2.id }),
    cleanup: async (c, answer) => {
      if (!succeeded(answer)) return;
      await c.w
        .send(
          'anonymous',
          'post',
          c.w.path(`/teams/${c.w.ids.team}/captain`),
          await cookieOf(c.w.t.http, c.w.teammate2),
        )
        .send({ userId: c.w.users.teammate.id })
        .expect(200);
    },
  },

  // Project images: the team changes them; a submitted project's images are public after the deadline
  {
    route: 'POST /api/events/{event}/submissions/{submissionId}/images',
    at: 'hacking',
    // Sent without a file: the team's own member gets as far as being asked for one.
    expect: only(400, ['teammate'], { participant: 404, otherTeam: 404 }),
    body: () => ({ alt: 'Screenshot' }),
  },
  { route: 'GET /api/events/{event}/submissions/{submissionId}/images', expect: everyone(200) },
  {
    route: 'DELETE /api/events/{event}/submissions/{submissionId}/images/{imageId}',
    at: 'hacking',
    expect: only(204, ['teammate'], { participant: 404, otherTeam: 404 }),
    prepare: async (c) => ({ imageId: (await storedImage(c)).id }),
    cleanup: async (c) => {
      await db(c).getRepository(SubmissionImageEntity).delete({ submissionId: c.w.ids.submission });
    },
  },
  {
    route: 'GET /api/events/{event}/submissions/{submissionId}/images/{imageId}/file',
    expect: everyone(200),
    prepare: async (c) => ({ imageId: (await storedImage(c)).id }),
    query: () => `name=${IMAGE_HASH}-320.jpg`,
    cleanup: async (c) => {
      await db(c).getRepository(SubmissionImageEntity).delete({ submissionId: c.w.ids.submission });
    },
  },

  // Banners, logos and avatars: public to see; the organizers, the organization's own people and the team change them
  {
    route: 'PUT /api/events/{event}/banner',
    // Sent without a file: the organizers get as far as being asked for one.
    expect: only(400, ORGANIZERS),
    body: () => ({ alt: 'Banner' }),
  },
  { route: 'GET /api/events/{event}/banner', expect: everyone(200) },
  {
    route: 'PUT /api/events/{event}/teams/{teamId}/avatar',
    at: 'hacking',
    expect: only(400, ['teammate']),
    body: () => ({ alt: 'Avatar' }),
  },
  { route: 'GET /api/events/{event}/teams/{teamId}/avatar', expect: everyone(200) },
  {
    route: 'PUT /api/organizations/{organizationId}/logo',
    // Like editing the organization: its own agency members, and platform admins.
    expect: only(400, ['agency', 'admin']),
    body: () => ({ alt: 'Logo' }),
  },
  { route: 'GET /api/organizations/{organizationId}/logo', expect: everyone(200) },
  {
    route: 'GET /api/pictures/{pictureId}/file',
    expect: everyone(200),
    prepare: async (c) => ({ pictureId: (await storedPicture(c)).id }),
    query: () => `name=${IMAGE_HASH}-320.jpg`,
    cleanup: async (c) => {
      await db(c).getRepository(PictureEntity).delete({ kind: 'event-banner', ownerId: c.w.event.id });
    },
  },

  // Team finder: the event's participants and organizers only, never the public
  { route: 'GET /api/events/{event}/finder/settings', expect: only(200, [...PARTICIPANTS, ...ORGANIZERS]) },
  {
    route: 'PUT /api/events/{event}/finder/settings',
    expect: only(200, ORGANIZERS),
    body: () => ({ skills: ['Design', 'Data'] }),
  },
  { route: 'GET /api/events/{event}/finder/profile', expect: only(200, PARTICIPANTS) },
  {
    route: 'PUT /api/events/{event}/finder/profile',
    expect: only(200, PARTICIPANTS),
    body: () => ({
      skills: [],
      tags: ['maps'],
      bio: 'Bio',
      languages: ['sv'],
      lookingForTeam: true,
      wantsToWorkOn: '',
      challengeIds: [],
    }),
  },
  {
    route: 'GET /api/events/{event}/finder/people',
    expect: only(200, [...PARTICIPANTS, ...ORGANIZERS]),
    check: noOneElsesIdentity,
  },
  { route: 'GET /api/events/{event}/finder/teams', expect: only(200, [...PARTICIPANTS, ...ORGANIZERS]) },
  { route: 'GET /api/events/{event}/finder/teams/{teamId}', expect: only(200, [...PARTICIPANTS, ...ORGANIZERS]) },
  {
    route: 'PUT /api/events/{event}/finder/teams/{teamId}',
    // The team's own members only.
    expect: only(200, ['teammate']),
    body: () => ({ lookingForMembers: true, wantedSkills: ['Data'], pitch: 'Pitch', challengeIds: [] }),
  },
  { route: 'GET /api/events/{event}/finder/suggestions', expect: only(200, PARTICIPANTS), check: noOneElsesIdentity },
  {
    route: 'POST /api/events/{event}/finder/teams/{teamId}/requests',
    at: 'hacking',
    // Someone in a team must leave it before asking another.
    expect: only(201, ['participant'], { teammate: 409, otherTeam: 409 }),
    body: () => ({ message: 'Hello' }),
    prepare: async (c) => {
      await db(c).getRepository(JoinRequestEntity).delete({ teamId: c.w.ids.team });
    },
    cleanup: async (c) => {
      await db(c).getRepository(JoinRequestEntity).delete({ teamId: c.w.ids.team });
    },
  },
  {
    route: 'POST /api/events/{event}/finder/teams/{teamId}/invitations',
    at: 'hacking',
    // Only the team's own members invite.
    expect: only(201, ['teammate']),
    body: (c) => ({ userId: c.w.users.participant.id, message: 'Join us' }),
    prepare: async (c) => {
      await db(c).getRepository(JoinRequestEntity).delete({ teamId: c.w.ids.team });
    },
    cleanup: async (c) => {
      await db(c).getRepository(JoinRequestEntity).delete({ teamId: c.w.ids.team });
    },
  },
  { route: 'GET /api/events/{event}/finder/requests', expect: only(200, PARTICIPANTS) },
  {
    route: 'POST /api/events/{event}/finder/requests/{requestId}/accept',
    at: 'hacking',
    // An invitation to `participant`: only they can accept it.
    expect: only(200, ['participant']),
    prepare: (c) => freshInvitation(c),
    cleanup: async (c, answer) => {
      await db(c).getRepository(JoinRequestEntity).delete({ teamId: c.w.ids.team });
      if (succeeded(answer)) await leaveTeamIfIn(c, 'participant');
    },
  },
  {
    route: 'POST /api/events/{event}/finder/requests/{requestId}/decline',
    at: 'hacking',
    // The invited person declines; the inviting team withdraws.
    expect: only(200, ['participant', 'teammate']),
    prepare: (c) => freshInvitation(c),
    cleanup: async (c) => {
      await db(c).getRepository(JoinRequestEntity).delete({ teamId: c.w.ids.team });
    },
  },
  { route: 'GET /api/events/{event}/finder/unteamed', expect: only(200, ORGANIZERS) },
  {
    route: 'POST /api/events/{event}/finder/form-team',
    at: 'hacking',
    expect: only(201, ORGANIZERS),
    body: (c) => ({ name: unique('Formed'), userIds: [c.w.users.participant.id] }),
    cleanup: async (c, answer) => {
      if (succeeded(answer)) await leaveTeamIfIn(c, 'participant');
    },
  },

  // Submissions
  {
    route: 'POST /api/events/{event}/submissions',
    at: 'hacking',
    // A member of a team, for that team; anyone else is refused.
    expect: only(201, ['teammate', 'otherTeam']),
    prepare: async (c) => ({ challengeId: await c.w.freshChallenge() }),
    body: (c) => ({ challengeId: c.params['challengeId'], title: 'Fresh idea' }),
  },
  {
    route: 'GET /api/events/{event}/submissions',
    expect: only(200, [...ORGANIZERS, ...AGENCIES, ...PARTICIPANTS]),
    check: (c, answer) => {
      type Item = { team: { id: string }; challenge: { id: string } };
      const foreignTo: Partial<Record<Role, (item: Item) => boolean>> = {
        participant: () => true,
        teammate: (item) => item.team.id !== c.w.ids.team,
        otherTeam: (item) => item.team.id !== c.w.ids.otherTeam,
        // Organization A also owns the fresh challenges other cases made.
        agency: (item) => item.challenge.id === c.w.ids.otherChallenge,
        agencyOtherOrg: (item) => item.challenge.id !== c.w.ids.otherChallenge,
      };
      const foreign = bodyOf<{ items: Item[] }>(answer).items.filter(foreignTo[c.role] ?? (() => false));
      if (foreign.length > 0) return `shows ${foreign.length} submissions of other teams or organizations`;
      return noOneElsesIdentity(c, answer);
    },
  },
  {
    route: 'GET /api/events/{event}/submissions/{submissionId}',
    // Its team, the organizers and the challenge's organization; to other members it does not exist.
    expect: only(200, ['teammate', 'agency', ...ORGANIZERS], {
      participant: 404,
      otherTeam: 404,
      agencyOtherOrg: 404,
      jurorAssigned: 404,
      jurorUnassigned: 404,
      jurorConflicted: 404,
      volunteer: 404,
      mentor: 404,
    }),
    check: noOneElsesIdentity,
  },
  {
    route: 'PATCH /api/events/{event}/submissions/{submissionId}',
    at: 'hacking',
    expect: only(200, ['teammate'], { participant: 404, otherTeam: 404 }),
    body: async (c) => ({ version: await versionOf(c, c.w.ids.submission), title: 'Alpha project' }),
  },
  {
    route: 'POST /api/events/{event}/submissions/{submissionId}/submit',
    at: 'hacking',
    expect: only(200, ['teammate'], { participant: 404, otherTeam: 404 }),
    prepare: (c) => draftIn(c, 'draft'),
    body: async (c) => ({ version: await versionOf(c, c.w.ids.draft) }),
    cleanup: async (c) => {
      await draftIn(c, 'draft');
    },
  },
  {
    route: 'POST /api/events/{event}/submissions/{submissionId}/withdraw',
    at: 'hacking',
    expect: only(200, ['teammate'], { participant: 404, otherTeam: 404 }),
    prepare: (c) => draftIn(c, 'submitted'),
    body: async (c) => ({ version: await versionOf(c, c.w.ids.draft) }),
    cleanup: async (c) => {
      await draftIn(c, 'draft');
    },
  },
  {
    route: 'GET /api/events/{event}/submissions/{submissionId}/revisions',
    expect: only(200, ['teammate', ...ORGANIZERS], { participant: 404, otherTeam: 404 }),
    check: noOneElsesIdentity,
  },
  { route: 'GET /api/events/{event}/gallery', expect: everyone(200), check: noOneElsesIdentity },

  // Announcements and the audit log
  {
    route: 'POST /api/events/{event}/announcements',
    expect: only(201, ORGANIZERS),
    body: () => ({ body: 'Lunch is served.' }),
  },
  { route: 'GET /api/events/{event}/announcements', expect: only(200, MEMBERS), check: noOneElsesIdentity },
  { route: 'GET /api/events/{event}/audit', expect: only(200, ORGANIZERS) },
  {
    route: 'POST /api/events/{event}/messages/preview',
    expect: only(200, ORGANIZERS),
    body: () => ({ segment: 'participants' }),
  },
  {
    route: 'POST /api/events/{event}/messages',
    expect: only(201, ORGANIZERS),
    body: () => ({ segment: 'participants', subject: 'Lunch', body: 'Lunch is served.' }),
  },
  { route: 'GET /api/events/{event}/messages', expect: only(200, ORGANIZERS), check: noOneElsesIdentity },

  // Rubrics
  { route: 'GET /api/events/{event}/criteria', expect: everyone(200) },
  {
    route: 'POST /api/events/{event}/criteria',
    // Challenge A's own rubric: its organization and the organizers.
    expect: only(201, ['agency', ...ORGANIZERS]),
    query: (c) => `challengeId=${c.w.ids.challenge}`,
    body: () => ({ key: unique('extra'), name: 'Extra', weight: 1 }),
    cleanup: async (c, answer) => {
      if (succeeded(answer)) {
        const id = bodyOf<{ criterion: { id: string } }>(answer).criterion.id;
        await c.w.asOrganizer('delete', `/criteria/${id}`, {}, 200);
      }
    },
  },
  {
    route: 'PATCH /api/events/{event}/criteria/{criterionId}',
    expect: only(200, ['agency', ...ORGANIZERS]),
    body: () => ({ description: 'How well it is made' }),
  },
  {
    route: 'DELETE /api/events/{event}/criteria/{criterionId}',
    expect: only(200, ['agency', ...ORGANIZERS]),
    prepare: async (c) => {
      const created = await c.w.asOrganizer<{ criterion: { id: string } }>(
        'post',
        `/criteria?challengeId=${c.w.ids.challenge}`,
        { key: unique('gone'), name: 'Gone', weight: 1 },
      );
      return { criterionId: created.criterion.id };
    },
    body: () => ({}),
    cleanup: async (c, answer) => {
      if (!succeeded(answer)) await c.w.asOrganizer('delete', `/criteria/${c.params['criterionId']}`, {}, 200);
    },
  },

  // Rounds, panels, assignments
  {
    route: 'GET /api/events/{event}/rounds',
    expect: only(200, [...ORGANIZERS, ...AGENCIES]),
    check: (c, answer) =>
      c.role === 'agencyOtherOrg' && bodyOf<{ id: string }[]>(answer).some((round) => round.id === c.w.ids.round)
        ? "shows another organization's heat"
        : null,
  },
  {
    route: 'POST /api/events/{event}/rounds',
    expect: only(201, ORGANIZERS),
    body: () => ({ name: 'Final', kind: 'final' }),
    cleanup: async (c, answer) => {
      if (succeeded(answer)) await c.w.asOrganizer('delete', `/rounds/${bodyOf(answer)['id']}`);
    },
  },
  { route: 'POST /api/events/{event}/rounds/heats', expect: only(201, ORGANIZERS) },
  { route: 'GET /api/events/{event}/rounds/unplaced', expect: only(200, ORGANIZERS) },
  { route: 'GET /api/events/{event}/rounds/{roundId}', expect: only(200, ['agency', ...ORGANIZERS]) },
  {
    route: 'PATCH /api/events/{event}/rounds/{roundId}',
    expect: only(200, ORGANIZERS),
    body: () => ({ reviewsPerSubmission: 3 }),
  },
  {
    route: 'DELETE /api/events/{event}/rounds/{roundId}',
    expect: only(204, ORGANIZERS),
    prepare: async (c) => {
      const round = await c.w.asOrganizer<{ id: string }>('post', '/rounds', { name: 'Final', kind: 'final' });
      return { roundId: round.id };
    },
    cleanup: async (c, answer) => {
      if (!succeeded(answer)) await c.w.asOrganizer('delete', `/rounds/${c.params['roundId']}`);
    },
  },
  {
    route: 'POST /api/events/{event}/rounds/{roundId}/lock',
    expect: only(200, ORGANIZERS),
    cleanup: async (c, answer) => {
      if (succeeded(answer)) await c.w.asOrganizer('post', `/rounds/${c.w.ids.round}/unlock`, undefined, 200);
    },
  },
  {
    route: 'POST /api/events/{event}/rounds/{roundId}/unlock',
    expect: only(200, ORGANIZERS),
    prepare: async (c) => {
      await c.w.asOrganizer('post', `/rounds/${c.w.ids.round}/lock`, undefined, 200);
    },
    cleanup: async (c, answer) => {
      if (!succeeded(answer)) await c.w.asOrganizer('post', `/rounds/${c.w.ids.round}/unlock`, undefined, 200);
    },
  },
  { route: 'POST /api/events/{event}/rounds/{roundId}/entries/sync', expect: only(200, ORGANIZERS) },
  {
    route: 'DELETE /api/events/{event}/rounds/{roundId}/entries/{submissionId}',
    expect: only(200, ORGANIZERS),
    prepare: async (c) => {
      await c.w.asOrganizer('post', `/rounds/${c.w.ids.heatB}/entries/sync`, undefined, 200);
      return { roundId: c.w.ids.heatB, submissionId: c.w.ids.heatBSubmission };
    },
  },
  { route: 'GET /api/events/{event}/rounds/{roundId}/panel', expect: only(200, ['agency', ...ORGANIZERS]) },
  {
    route: 'PUT /api/events/{event}/rounds/{roundId}/panel',
    expect: only(200, ['agency', ...ORGANIZERS]),
    body: (c) => ({
      jurorIds: [c.w.users.jurorAssigned.id, c.w.users.jurorUnassigned.id, c.w.users.jurorConflicted.id],
    }),
  },
  { route: 'GET /api/events/{event}/rounds/{roundId}/assignments', expect: only(200, ORGANIZERS) },
  {
    route: 'POST /api/events/{event}/rounds/{roundId}/assignments',
    expect: only(201, ORGANIZERS),
    body: (c) => ({ jurorId: c.w.users.jurorUnassigned.id, submissionId: c.w.ids.submission }),
    cleanup: async (c, answer) => {
      if (succeeded(answer))
        await c.w.asOrganizer('delete', `/rounds/${c.w.ids.round}/assignments/${bodyOf(answer)['id']}`);
    },
  },
  {
    route: 'POST /api/events/{event}/rounds/{roundId}/assignments/auto',
    expect: only(200, ORGANIZERS),
    body: () => ({ dryRun: true }),
  },
  {
    route: 'DELETE /api/events/{event}/rounds/{roundId}/assignments/{assignmentId}',
    expect: only(204, ORGANIZERS),
    prepare: async (c) => {
      const created = await c.w.asOrganizer<{ id: string }>('post', `/rounds/${c.w.ids.round}/assignments`, {
        jurorId: c.w.users.jurorUnassigned.id,
        submissionId: c.w.ids.submission,
      });
      return { assignmentId: created.id };
    },
    cleanup: async (c, answer) => {
      if (!succeeded(answer)) {
        await c.w.asOrganizer('delete', `/rounds/${c.w.ids.round}/assignments/${c.params['assignmentId']}`);
      }
    },
  },
  { route: 'GET /api/events/{event}/jury/me', expect: only(200, JURORS), check: noOneElsesIdentity },

  // Conflicts of interest
  {
    route: 'GET /api/events/{event}/conflicts',
    expect: only(200, [...JURORS, ...ORGANIZERS]),
    check: (c, answer) => {
      if (!(JURORS as readonly Role[]).includes(c.role)) return null;
      const own = c.w.users[c.role as (typeof JURORS)[number]].id;
      return bodyOf<{ jurorId: string }[]>(answer).some((conflict) => conflict.jurorId !== own)
        ? "shows another juror's conflicts"
        : null;
    },
  },
  {
    route: 'POST /api/events/{event}/conflicts',
    expect: only(201, JURORS),
    body: (c) => ({ submissionId: c.w.ids.heatBSubmission, reason: 'Former colleague' }),
    cleanup: async (c, answer) => {
      if (succeeded(answer)) {
        await c.w.send(c.role, 'delete', c.w.path(`/conflicts/${bodyOf(answer)['id']}`)).expect(204);
      }
    },
  },
  {
    route: 'DELETE /api/events/{event}/conflicts/{conflictId}',
    // Only the juror who declared it withdraws it; to other jurors it does not exist.
    expect: only(204, ['jurorConflicted'], { jurorAssigned: 404, jurorUnassigned: 404 }),
    cleanup: async (c, answer) => {
      if (!succeeded(answer)) return;
      const again = await c.w
        .send('jurorConflicted', 'post', c.w.path('/conflicts'))
        .send({ submissionId: c.w.ids.submission, reason: 'Knows the team' })
        .expect(201);
      c.w.ids.conflict = again.body.id;
    },
  },

  // Reviews: the submission at hand in heat A
  {
    route: 'GET /api/events/{event}/rounds/{roundId}/reviews/{submissionId}',
    expect: only(200, ['jurorAssigned'], { jurorConflicted: 409 }),
    check: noOneElsesIdentity,
  },
  {
    route: 'PUT /api/events/{event}/rounds/{roundId}/reviews/{submissionId}',
    expect: only(200, ['jurorAssigned'], { jurorConflicted: 409 }),
    body: () => ({ scores: { quality: 7 }, comment: 'Solid work' }),
    cleanup: async (c, answer) => {
      if (succeeded(answer)) await reviewAtHand(c, { quality: null }, null);
    },
  },

  // Leaderboards: the event keeps them to its organizers until results are published
  { route: 'GET /api/events/{event}/leaderboard', expect: everyone(403, { organizer: 200, admin: 200 }) },
  {
    route: 'GET /api/events/{event}/leaderboard/submissions/{submissionId}/explanation',
    // With a live board and a score given, everyone sees why; only organizers see who scored.
    expect: everyone(200),
    prepare: async (c) => {
      await c.w.asOrganizer('patch', '', { leaderboardVisibility: 'live' });
      await reviewAtHand(c, { quality: 7 });
    },
    cleanup: async (c) => {
      await reviewAtHand(c, { quality: null });
      await c.w.asOrganizer('patch', '', { leaderboardVisibility: 'organizers-until-published' });
    },
    check: (c, answer) => {
      const jurors = bodyOf<{ jurors: { juror: string }[] }>(answer).jurors;
      if (jurors.length !== 1) return `explains ${jurors.length} jurors instead of the one who scored`;
      return noOneElsesIdentity(c, answer);
    },
  },
  {
    route: 'POST /api/events/{event}/leaderboard/freeze',
    expect: only(200, ORGANIZERS),
    cleanup: async (c, answer) => {
      if (succeeded(answer)) await c.w.asOrganizer('post', '/leaderboard/unfreeze', undefined, 200);
    },
  },
  {
    route: 'POST /api/events/{event}/leaderboard/unfreeze',
    expect: only(200, ORGANIZERS),
    prepare: async (c) => {
      await c.w.asOrganizer('post', '/leaderboard/freeze', undefined, 200);
    },
    cleanup: async (c, answer) => {
      if (!succeeded(answer)) await c.w.asOrganizer('post', '/leaderboard/unfreeze', undefined, 200);
    },
  },
  // Publishing waits for the end of judging, even for organizers.
  { route: 'POST /api/events/{event}/leaderboard/publish', expect: only(409, ORGANIZERS) },
  { route: 'GET /api/events/{event}/leaderboard/export/results.json', expect: only(200, ORGANIZERS) },
  { route: 'GET /api/events/{event}/leaderboard/export/results.csv', expect: only(200, ORGANIZERS) },
  { route: 'GET /api/events/{event}/leaderboard/export/scores.json', expect: only(200, ORGANIZERS) },
  { route: 'GET /api/events/{event}/leaderboard/export/scores.csv', expect: only(200, ORGANIZERS) },
  {
    route: 'POST /api/events/{event}/rounds/{roundId}/promote',
    expect: only(200, ORGANIZERS),
    prepare: async (c) => {
      const final = await c.w.asOrganizer<{ id: string }>('post', '/rounds', { name: 'Final', kind: 'final' });
      return { roundId: final.id };
    },
    body: (c) => ({ submissionIds: [c.w.ids.submission] }),
    cleanup: (c) => c.w.asOrganizer('delete', `/rounds/${c.params['roundId']}`),
  },

  // Pairwise judging: this event is judged with a rubric, so who passes the access rule learns that
  ...(
    [
      'GET /api/events/{event}/rounds/{roundId}/pairwise/next',
      'POST /api/events/{event}/rounds/{roundId}/pairwise/votes',
      'POST /api/events/{event}/rounds/{roundId}/pairwise/skip',
    ] as const
  ).map((route): Row => ({
    route,
    expect: only(409, JURORS),
    body: route.endsWith('votes')
      ? (c) => ({ winnerId: c.w.ids.submission, loserId: c.w.ids.otherSubmission })
      : route.endsWith('skip')
        ? (c) => ({ submissionId: c.w.ids.submission })
        : undefined,
  })),
  { route: 'GET /api/events/{event}/rounds/{roundId}/pairwise/leaderboard', expect: everyone(409) },
  { route: 'GET /api/events/{event}/rounds/{roundId}/pairwise/jurors', expect: only(409, ORGANIZERS) },
  ...(
    [
      'PUT /api/events/{event}/rounds/{roundId}/pairwise/jurors/{jurorId}/exclusion',
      'DELETE /api/events/{event}/rounds/{roundId}/pairwise/jurors/{jurorId}/exclusion',
    ] as const
  ).map((route): Row => ({
    route,
    expect: only(409, ORGANIZERS),
    prepare: async (c) => ({ jurorId: c.w.jurorIdentities.get('jurorAssigned')![1]! }),
  })),

  // The audience vote: Beta's submission in challenge A
  {
    route: 'GET /api/events/{event}/challenges/{challengeId}/audience-vote',
    expect: only(200, [...PARTICIPANTS, ...AGENCIES, ...ORGANIZERS]),
  },
  {
    route: 'PUT /api/events/{event}/challenges/{challengeId}/audience-vote',
    // Never for one's own team.
    expect: only(200, [...PARTICIPANTS, ...AGENCIES, ...ORGANIZERS], { otherTeam: 403 }),
    body: (c) => ({ submissionId: c.w.ids.otherSubmission }),
    cleanup: async (c, answer) => {
      if (succeeded(answer)) {
        await c.w.send(c.role, 'delete', c.w.path(`/challenges/${c.w.ids.challenge}/audience-vote`)).expect(204);
      }
    },
  },
  {
    route: 'DELETE /api/events/{event}/challenges/{challengeId}/audience-vote',
    expect: only(204, [...PARTICIPANTS, ...AGENCIES, ...ORGANIZERS]),
  },
  { route: 'GET /api/events/{event}/audience-board', expect: everyone(403, { organizer: 200, admin: 200 }) },

  // Open data: public reads; the Data Package exists once the results are published (409 before)
  { route: 'GET /api/events/{event}/hackathon.json', expect: everyone(200), check: noOneElsesIdentity },
  { route: 'GET /api/events/{event}/datapackage.json', expect: everyone(409) },
  { route: 'GET /api/events/{event}/datapackage/challenges.csv', expect: everyone(409) },
  { route: 'GET /api/events/{event}/datapackage/datasets.csv', expect: everyone(409) },
  { route: 'GET /api/events/{event}/datapackage/projects.csv', expect: everyone(409) },
  { route: 'GET /api/events/{event}/datapackage/project-datasets.csv', expect: everyone(409) },
  { route: 'GET /api/events/{event}/datapackage/results.csv', expect: everyone(409) },
  {
    // The world's event has challenges and teams, so an organizer's import is refused as not empty.
    route: 'POST /api/events/{event}/datapackage/import',
    expect: only(409, ORGANIZERS),
    body: () => ({
      datapackage: {
        profile: 'tabular-data-package',
        resources: ['challenges', 'datasets', 'projects', 'project-datasets'].map((name) => ({
          name,
          path: `datapackage/${name}.csv`,
        })),
      },
      csv: {
        challenges: 'id,title,description,prizes,organization,organization_kind,organization_website\r\n',
        datasets: 'id,challenge_id,title,url,format,licence\r\n',
        projects: 'id,challenge_id,title,summary,team,repository_url,demo_url,video_url,submitted_at\r\n',
        'project-datasets': 'project_id,dataset_id,title,url\r\n',
      },
    }),
  },
  { route: 'GET /api/events/{event}/challenges/{challengeId}/built-on', expect: everyone(200) },
  { route: 'GET /api/catalog', expect: everyone(200) },
  {
    route: 'GET /api/datasets/{datasetId}/built-on',
    expect: everyone(200),
    prepare: async (c) => {
      const saved = await c.w.t.app
        .get(DataSource)
        .getRepository(DatasetEntity)
        .save({ challengeId: c.w.ids.challenge, title: 'Open data', url: 'https://example.org/data', position: 9 });
      return { datasetId: saved.id };
    },
  },
  { route: 'GET /api/organizations/{organizationId}/built-on', expect: everyone(200) },
  // The event day: the schedule is public reading, organizers keep it
  { route: 'GET /api/events/{event}/schedule', expect: everyone(200) },
  { route: 'GET /api/events/{event}/calendar.ics', expect: everyone(200) },
  { route: 'POST /api/events/{event}/schedule', expect: only(201, ORGANIZERS), body: () => SCHEDULE_SESSION },
  {
    route: 'PATCH /api/events/{event}/schedule/{sessionId}',
    expect: only(200, ORGANIZERS),
    prepare: freshSession,
    body: () => ({ title: 'Moved talk' }),
  },
  { route: 'DELETE /api/events/{event}/schedule/{sessionId}', expect: only(204, ORGANIZERS), prepare: freshSession },

  // Tickets and the door: a ticket for participants, jurors and mentors; organizers and volunteers check in
  {
    route: 'GET /api/events/{event}/ticket',
    expect: only(200, [...PARTICIPANTS, ...JURORS, 'mentor']),
  },
  {
    route: 'POST /api/events/{event}/check-ins',
    expect: only(200, [...ORGANIZERS, 'volunteer']),
    body: (c) => ({ userId: c.w.users.participant.id }),
  },
  {
    route: 'GET /api/events/{event}/check-ins/attendees',
    expect: only(200, [...ORGANIZERS, 'volunteer']),
    check: noOneElsesIdentity,
  },
  { route: 'GET /api/events/{event}/check-ins/counts', expect: only(200, ORGANIZERS) },
  { route: 'GET /api/events/{event}/check-ins/export.csv', expect: only(200, ORGANIZERS) },

  // Mentors: slots teams book, and the help queue
  { route: 'GET /api/events/{event}/mentoring/mentors', expect: only(200, MEMBERS), check: noOneElsesIdentity },
  {
    route: 'PUT /api/events/{event}/mentoring/me',
    expect: only(200, ['mentor']),
    body: () => ({ skills: ['Open data'] }),
  },
  {
    route: 'POST /api/events/{event}/mentoring/slots',
    expect: only(201, ['mentor']),
    body: () => ({ startsAt: '2026-05-20T10:00:00+02:00', endsAt: '2026-05-20T10:30:00+02:00' }),
  },
  {
    route: 'DELETE /api/events/{event}/mentoring/slots/{slotId}',
    expect: only(204, ['mentor', ...ORGANIZERS]),
    prepare: (c) => freshSlot(c),
  },
  {
    // A participant without a team has nobody to book for.
    route: 'POST /api/events/{event}/mentoring/slots/{slotId}/booking',
    expect: only(201, ['teammate', 'otherTeam'], { participant: 409 }),
    prepare: (c) => freshSlot(c),
    body: () => ({ topic: 'Our data model' }),
  },
  {
    // Alpha's booking: Alpha, the slot's mentor and organizers cancel it; to other teams it is not theirs.
    route: 'DELETE /api/events/{event}/mentoring/slots/{slotId}/booking',
    expect: only(204, ['teammate', 'mentor', ...ORGANIZERS], { participant: 404, otherTeam: 404 }),
    prepare: (c) => freshSlot(c, true),
  },
  {
    route: 'POST /api/events/{event}/help-queue',
    expect: only(201, ['teammate', 'otherTeam'], { participant: 409 }),
    body: () => ({ topic: 'Our build fails' }),
    cleanup: async (c, answer) => {
      if (!succeeded(answer)) return;
      await c.w.send(c.role, 'post', c.w.path(`/help-queue/${bodyOf(answer)['id']}/cancel`)).expect(200);
    },
  },
  { route: 'GET /api/events/{event}/help-queue/mine', expect: only(200, PARTICIPANTS) },
  { route: 'GET /api/events/{event}/help-queue', expect: only(200, ['mentor', ...ORGANIZERS]) },
  {
    route: 'POST /api/events/{event}/help-queue/{requestId}/claim',
    expect: only(200, ['mentor']),
    prepare: (c) => freshRequest(c),
  },
  {
    route: 'POST /api/events/{event}/help-queue/{requestId}/release',
    expect: only(200, ['mentor', ...ORGANIZERS]),
    prepare: (c) => freshRequest(c, true),
  },
  {
    route: 'POST /api/events/{event}/help-queue/{requestId}/done',
    expect: only(200, ['mentor']),
    prepare: (c) => freshRequest(c, true),
  },
  {
    // Beta's request: only Beta withdraws it; to other participants there is no such request of theirs.
    route: 'POST /api/events/{event}/help-queue/{requestId}/cancel',
    expect: only(200, ['otherTeam'], { participant: 404, teammate: 404 }),
    prepare: (c) => freshRequest(c),
  },

  // Last: each role erases its own account, which no case after it could use.
  {
    route: 'DELETE /api/me',
    expect: only(204, SIGNED_IN),
    body: (c) => ({
      password: c.role === 'anonymous' ? 'whatever it is' : c.w.users[c.role].password,
      confirm: 'ERASE',
    }),
  },
];
