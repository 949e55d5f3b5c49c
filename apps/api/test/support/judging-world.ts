import type { CreateEventInput, EventDto } from '@hackboard/contracts';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../../src/audit/audit-entry.entity.js';
import { ChallengeEntity } from '../../src/challenges/challenge.entity.js';
import { OrganizationEntity } from '../../src/organizations/organization.entity.js';
import { SubmissionEntity } from '../../src/submissions/submission.entity.js';
import { TeamEntity } from '../../src/teams/team.entity.js';
import { type TestUser, createEvent, grantRole, registerUser } from './actors.js';
import type { TestApp } from './test-app.js';

/** Moments of the timeline `createEvent` gives (hacking 19–21 May, judging until 23 May 16:00 UTC). */
export const HACKING = '2026-05-20T10:00:00Z';
export const JUDGING = '2026-05-22T10:00:00Z';
export const CLOSED = '2026-05-24T10:00:00Z';
export const MISSING = '00000000-0000-4000-8000-000000000000';

export interface WorldSubmission {
  id: string;
  challengeId: string;
  title: string;
  teamName: string;
}

export interface JudgingWorld {
  event: EventDto;
  organizer: TestUser;
  jurors: TestUser[];
  participant: TestUser;
  /** Acts for the organization of the first challenge. */
  agency: TestUser;
  challenges: { id: string; organizationId: string; title: string }[];
  /** Submitted submissions, `perChallenge` per challenge, in challenge order. */
  submissions: WorldSubmission[];
  /** A draft submission to the first challenge: never judged. */
  draft: WorldSubmission;
  visitor: ReturnType<typeof request.agent>;
  path: (suffix?: string) => string;
}

let counter = 0;
const unique = (name: string) => `${name} ${++counter}-${randomBytes(2).toString('hex')}`;

/**
 * An event ready for judging, stored partly through the API (people and roles) and partly directly
 * (challenges, teams and submitted submissions: these suites are about judging, not about those).
 */
export async function judgingWorld(
  t: TestApp,
  options: { challenges?: number; perChallenge?: number; jurors?: number; event?: Partial<CreateEventInput> } = {},
): Promise<JudgingWorld> {
  const db = t.app.get(DataSource);
  const organizer = await registerUser(t, 'Organizer');
  const event = await createEvent(t, organizer, options.event ?? {});
  const challenges: JudgingWorld['challenges'] = [];
  const submissions: WorldSubmission[] = [];
  let draft: WorldSubmission | null = null;
  for (let c = 0; c < (options.challenges ?? 2); c++) {
    const organization = await db
      .getRepository(OrganizationEntity)
      .save({ name: unique('Myndighet'), kind: 'national-agency', website: null });
    const challenge = await db
      .getRepository(ChallengeEntity)
      .save({ eventId: event.id, organizationId: organization.id, title: `Challenge ${String.fromCharCode(65 + c)}` });
    challenges.push({ id: challenge.id, organizationId: organization.id, title: challenge.title });
    for (let s = 0; s < (options.perChallenge ?? 3) + (c === 0 ? 1 : 0); s++) {
      const isDraft = c === 0 && s === (options.perChallenge ?? 3);
      const team = await db.getRepository(TeamEntity).save({
        eventId: event.id,
        name: unique('Team'),
        inviteCode: randomBytes(6).toString('hex').toUpperCase(),
        maxSize: 5,
        memberCount: 0,
      });
      const saved = await db.getRepository(SubmissionEntity).save({
        eventId: event.id,
        teamId: team.id,
        challengeId: challenge.id,
        title: `Project ${String.fromCharCode(65 + c)}${s + 1}`,
        status: isDraft ? 'draft' : 'submitted',
        version: 1,
        // Earlier submissions win ties: one minute apart, in creation order.
        submittedAt: isDraft ? null : new Date(Date.parse('2026-05-21T10:00:00Z') + (c * 10 + s) * 60_000),
        images: [],
      });
      const entry = { id: saved.id, challengeId: challenge.id, title: saved.title, teamName: team.name };
      if (isDraft) draft = entry;
      else submissions.push(entry);
    }
  }
  const jurors: TestUser[] = [];
  for (let j = 0; j < (options.jurors ?? 3); j++) {
    const juror = await registerUser(t, `Juror`);
    await grantRole(t, event.id, juror, 'jury');
    jurors.push(juror);
  }
  const participant = await registerUser(t, 'Participant');
  await grantRole(t, event.id, participant, 'participant');
  const agency = await registerUser(t, 'Agency');
  await grantRole(t, event.id, agency, 'agency', challenges[0]!.organizationId);
  return {
    event,
    organizer,
    jurors,
    participant,
    agency,
    challenges,
    submissions,
    draft: draft!,
    visitor: request.agent(t.http),
    path: (suffix = '') => `/api/events/${event.id}${suffix}`,
  };
}

/** The event's audit actions, oldest first. */
export async function auditActions(t: TestApp, eventId: string): Promise<string[]> {
  const rows = await t.app
    .get(DataSource)
    .getRepository(AuditEntryEntity)
    .find({ where: { eventId }, order: { createdAt: 'ASC', id: 'ASC' } });
  return rows.map((row) => row.action);
}

/** Sends a request and fails with the answer's body when the status is not the one expected. */
export async function expectStatus<T = unknown>(
  pending: PromiseLike<{ status: number; body: unknown }>,
  status: number,
): Promise<T> {
  const response = await pending;
  if (response.status !== status) {
    throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body as T;
}

/**
 * Sets up judging in one go through the API: the event rubric, heats, a panel of all jurors for
 * each heat, and every juror assigned to every entry.
 */
export async function readyToScore(
  w: JudgingWorld,
  criteria: { key: string; weight: number; scaleMin?: number; scaleMax?: number }[] = [
    { key: 'impact', weight: 2 },
    { key: 'design', weight: 1 },
  ],
): Promise<{ heats: { id: string; challengeId: string }[] }> {
  const agent = w.organizer.agent;
  for (const criterion of criteria) {
    await expectStatus(agent.post(w.path('/criteria')).send({ name: criterion.key, ...criterion }), 201);
  }
  const heats = await expectStatus<{ id: string; challengeId: string }[]>(agent.post(w.path('/rounds/heats')), 201);
  for (const heat of heats) {
    await expectStatus(
      agent.put(w.path(`/rounds/${heat.id}/panel`)).send({ jurorIds: w.jurors.map((j) => j.id) }),
      200,
    );
    await expectStatus(
      agent.post(w.path(`/rounds/${heat.id}/assignments/auto`)).send({ reviewsPerSubmission: w.jurors.length }),
      200,
    );
  }
  return { heats };
}

export function score(
  w: JudgingWorld,
  juror: TestUser,
  roundId: string,
  submissionId: string,
  scores: Record<string, number | null>,
  comment?: string | null,
) {
  return juror.agent
    .put(w.path(`/rounds/${roundId}/reviews/${submissionId}`))
    .send({ scores, ...(comment !== undefined ? { comment } : {}) });
}
