import type { EventDto } from '@hackboard/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ChallengeEntity } from '../../src/challenges/challenge.entity.js';
import { EventEntity } from '../../src/events/event.entity.js';
import { type TestUser, createEvent, grantRole, makeAdmin, registerUser } from './actors.js';
import { HACKING, JUDGING, expectStatus, judgingWorld } from './judging-world.js';
import { cookieOf } from './live-sockets.js';
import type { TestApp } from './test-app.js';

/** Everyone the authorization matrix asks, seen from one submission of one team in one event. */
export const ROLES = [
  'anonymous',
  'participant',
  'participantElsewhere',
  'teammate',
  'otherTeam',
  'agency',
  'agencyOtherOrg',
  'jurorAssigned',
  'jurorUnassigned',
  'jurorConflicted',
  'organizer',
  'organizerElsewhere',
  'admin',
  'volunteer',
  'mentor',
] as const;
export type Role = (typeof ROLES)[number];
export type SignedInRole = Exclude<Role, 'anonymous'>;

export const MOMENTS = { hacking: HACKING, judging: JUDGING } as const;
export type Moment = keyof typeof MOMENTS;

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * The world every case of the matrix runs in:
 * - the event, in its judging phase, with challenges A (organization A) and B (organization B);
 * - team Alpha (captain `teammate`, plus a second member) with a submitted submission to A (the
 *   submission at hand) and a draft to B; team Beta (`otherTeam`) with a submitted submission to A;
 *   `participant` is in no team;
 * - heat A with its own rubric (criterion `quality`), a panel of the three jurors; `jurorAssigned`
 *   is assigned to Alpha's submission, `jurorUnassigned` and `jurorConflicted` to Beta's, and
 *   `jurorConflicted` has declared a conflict with Alpha's submission;
 * - a second event, where `organizerElsewhere` organizes and `participantElsewhere` takes part;
 * - `volunteer` (check-in only) and `mentor` in the event.
 */
export interface AuthorizationWorld {
  t: TestApp;
  event: EventDto;
  otherEvent: EventDto;
  users: Record<SignedInRole, TestUser>;
  /** Alpha's second member, to hand the captaincy to. */
  teammate2: TestUser;
  ids: {
    team: string;
    otherTeam: string;
    submission: string;
    draft: string;
    otherSubmission: string;
    /** A submission made directly to challenge B by a team without members (heat B's entry). */
    heatBSubmission: string;
    challenge: string;
    otherChallenge: string;
    organization: string;
    otherOrganization: string;
    round: string;
    heatB: string;
    criterion: string;
    conflict: string;
    assignment: string;
    invitation: string;
    invitationToken: string;
  };
  path: (suffix?: string) => string;
  /** A request as `role` would send it (its own session cookie, nothing kept between requests). */
  send: (role: Role, method: Method, url: string, cookie?: string | null) => request.Test;
  /** The session cookie of each signed-in role. */
  cookies: Record<SignedInRole, string>;
  /** A session of its own for `role`, for requests that end or rotate the session they use. */
  freshCookie: (role: Role) => Promise<string | null>;
  /** As the event's organizer, expecting `status`. */
  asOrganizer: <T = Record<string, unknown>>(
    method: Method,
    suffix: string,
    body?: unknown,
    status?: number,
  ) => Promise<T>;
  /** The jurors' names and ids, which only organizers may see next to their work. */
  jurorIdentities: Map<SignedInRole, string[]>;
  /** A new challenge of organization A in the event, without submissions. */
  freshChallenge: () => Promise<string>;
}

let counter = 0;

/** The world's resource for each path parameter; a row's `prepare` may name fresh ones instead. */
export function worldParams(w: AuthorizationWorld): Record<string, string> {
  return {
    event: w.event.id,
    teamId: w.ids.team,
    submissionId: w.ids.submission,
    challengeId: w.ids.challenge,
    organizationId: w.ids.organization,
    roundId: w.ids.round,
    criterionId: w.ids.criterion,
    conflictId: w.ids.conflict,
    assignmentId: w.ids.assignment,
    invitationId: w.ids.invitation,
    token: w.ids.invitationToken,
  };
}

export async function authorizationWorld(t: TestApp): Promise<AuthorizationWorld> {
  const db = t.app.get(DataSource);
  t.clock.set(HACKING);
  const jw = await judgingWorld(t, { challenges: 2, perChallenge: 1, jurors: 3 });
  const [challengeA, challengeB] = jw.challenges as [(typeof jw.challenges)[0], (typeof jw.challenges)[0]];
  const path = jw.path;
  const participantOf = async (name: string, eventId = jw.event.id) => {
    const user = await registerUser(t, name);
    await grantRole(t, eventId, user, 'participant');
    return user;
  };

  const teammate = await participantOf('Teammate');
  const teammate2 = await participantOf('Teammate');
  const otherTeam = await participantOf('Other team');
  const alpha = await expectStatus<{ id: string; inviteCode: string }>(
    teammate.agent.post(path('/teams')).send({ name: 'Alpha' }),
    201,
  );
  await expectStatus(teammate2.agent.post(path('/teams/join')).send({ inviteCode: alpha.inviteCode }), 200);
  const beta = await expectStatus<{ id: string }>(otherTeam.agent.post(path('/teams')).send({ name: 'Beta' }), 201);
  const submitted = async (member: TestUser, challengeId: string, title: string) => {
    const created = await expectStatus<{ id: string }>(
      member.agent.post(path('/submissions')).send({ challengeId, title }),
      201,
    );
    await expectStatus(member.agent.post(path(`/submissions/${created.id}/submit`)).send({ version: 1 }), 200);
    return created.id;
  };
  const submission = await submitted(teammate, challengeA.id, 'Alpha project');
  const otherSubmission = await submitted(otherTeam, challengeA.id, 'Beta project');
  const draft = await expectStatus<{ id: string }>(
    teammate.agent.post(path('/submissions')).send({ challengeId: challengeB.id, title: 'Alpha draft' }),
    201,
  );

  const agencyOtherOrg = await registerUser(t, 'Agency');
  await grantRole(t, jw.event.id, agencyOtherOrg, 'agency', challengeB.organizationId);
  const organizerElsewhere = await registerUser(t, 'Organizer');
  const otherEvent = await createEvent(t, organizerElsewhere);
  const participantElsewhere = await participantOf('Participant', otherEvent.id);
  const admin = await makeAdmin(t, await registerUser(t, 'Admin'));
  const volunteer = await registerUser(t, 'Volunteer');
  await grantRole(t, jw.event.id, volunteer, 'volunteer');
  const mentor = await registerUser(t, 'Mentor');
  await grantRole(t, jw.event.id, mentor, 'mentor');

  t.clock.set(JUDGING);
  const organizer = jw.organizer;
  const asOrganizer = async <T>(method: Method, suffix: string, body?: unknown, status?: number): Promise<T> => {
    const pending = organizer.agent[method](path(suffix));
    const expected = status ?? (method === 'post' ? 201 : method === 'delete' ? 204 : 200);
    return expectStatus<T>(body === undefined ? pending : pending.send(body as object), expected);
  };
  await asOrganizer('post', '/criteria', { key: 'impact', name: 'Impact', weight: 1 });
  const criterion = await asOrganizer<{ criterion: { id: string } }>('post', `/criteria?challengeId=${challengeA.id}`, {
    key: 'quality',
    name: 'Quality',
    weight: 1,
  });
  const heats = await asOrganizer<{ id: string; challengeId: string }[]>('post', '/rounds/heats');
  const heatA = heats.find((heat) => heat.challengeId === challengeA.id)!.id;
  const heatB = heats.find((heat) => heat.challengeId === challengeB.id)!.id;
  const [jurorAssigned, jurorUnassigned, jurorConflicted] = jw.jurors as [TestUser, TestUser, TestUser];
  await asOrganizer('put', `/rounds/${heatA}/panel`, {
    jurorIds: [jurorAssigned.id, jurorUnassigned.id, jurorConflicted.id],
  });
  const conflict = await expectStatus<{ id: string }>(
    jurorConflicted.agent.post(path('/conflicts')).send({ submissionId: submission, reason: 'Knows the team' }),
    201,
  );
  const assignment = await asOrganizer<{ id: string }>('post', `/rounds/${heatA}/assignments`, {
    jurorId: jurorAssigned.id,
    submissionId: submission,
  });
  for (const juror of [jurorUnassigned, jurorConflicted]) {
    await asOrganizer('post', `/rounds/${heatA}/assignments`, { jurorId: juror.id, submissionId: otherSubmission });
  }
  const invitation = await asOrganizer<{ id: string; token: string }>('post', '/invitations', {
    email: `invited-${++counter}@example.test`,
    role: 'jury',
  });

  const users: Record<SignedInRole, TestUser> = {
    participant: jw.participant,
    participantElsewhere,
    teammate,
    otherTeam,
    agency: jw.agency,
    agencyOtherOrg,
    jurorAssigned,
    jurorUnassigned,
    jurorConflicted,
    organizer,
    organizerElsewhere,
    admin,
    volunteer,
    mentor,
  };
  const cookies = {} as Record<SignedInRole, string>;
  for (const [role, user] of Object.entries(users) as [SignedInRole, TestUser][]) {
    cookies[role] = await cookieOf(t.http, user);
  }

  const send = (role: Role, method: Method, url: string, cookie?: string | null) => {
    const pending = request(t.http)[method](url);
    const session = cookie === undefined ? (role === 'anonymous' ? null : cookies[role]) : cookie;
    return session ? pending.set('Cookie', session) : pending;
  };

  // Names no anonymised label ("Juror 1") can be mistaken for.
  const jurorIdentities = new Map<SignedInRole, string[]>();
  for (const role of ['jurorAssigned', 'jurorUnassigned', 'jurorConflicted'] as const) {
    const displayName = `Judge ${role} ${++counter}`;
    await expectStatus(send(role, 'patch', '/api/auth/me').send({ displayName }), 200);
    jurorIdentities.set(role, [displayName, users[role].id]);
  }

  return {
    t,
    event: jw.event,
    otherEvent,
    users,
    teammate2,
    ids: {
      team: alpha.id,
      otherTeam: beta.id,
      submission,
      draft: draft.id,
      otherSubmission,
      heatBSubmission: jw.submissions.find((s) => s.challengeId === challengeB.id)!.id,
      challenge: challengeA.id,
      otherChallenge: challengeB.id,
      organization: challengeA.organizationId,
      otherOrganization: challengeB.organizationId,
      round: heatA,
      heatB,
      criterion: criterion.criterion.id,
      conflict: conflict.id,
      assignment: assignment.id,
      invitation: invitation.id,
      invitationToken: invitation.token,
    },
    path,
    send,
    cookies,
    freshCookie: async (role) => (role === 'anonymous' ? null : cookieOf(t.http, users[role])),
    asOrganizer,
    jurorIdentities,
    freshChallenge: async () => {
      const saved = await db
        .getRepository(ChallengeEntity)
        .save({ eventId: jw.event.id, organizationId: challengeA.organizationId, title: `Extra ${++counter}` });
      return saved.id;
    },
  };
}

/** The event's milestones as stored, to put back after a case moved them. */
export async function storedTimeline(t: TestApp, eventId: string) {
  const event = await t.app.get(DataSource).getRepository(EventEntity).findOneByOrFail({ id: eventId });
  return {
    submissionDeadline: event.submissionDeadline,
    judgingEndsAt: event.judgingEndsAt,
    resultsPublishedAt: event.resultsPublishedAt,
  };
}

export async function restoreTimeline(
  t: TestApp,
  eventId: string,
  timeline: Awaited<ReturnType<typeof storedTimeline>>,
) {
  await t.app.get(DataSource).getRepository(EventEntity).update({ id: eventId }, timeline);
}
