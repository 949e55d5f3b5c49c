import type { CreateEventInput, EventDto, EventRole } from '@hackboard/contracts';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { AccessService } from '../../src/access/access.service.js';
import { OutboxMailEntity } from '../../src/mail/outbox-mail.entity.js';
import { UserEntity } from '../../src/users/user.entity.js';
import type { TestApp } from './test-app.js';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  /** A supertest agent that keeps this user's cookies: every request it makes is signed in. */
  agent: TestAgent;
}

let counter = 0;

/** Registers a new account through the API and keeps it signed in. */
export async function registerUser(t: TestApp, name = 'User'): Promise<TestUser> {
  counter += 1;
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${counter}-${randomBytes(3).toString('hex')}@example.test`;
  return registerWithEmail(t, email, name);
}

/** Registers an account with this address through the API and keeps it signed in. */
export async function registerWithEmail(t: TestApp, email: string, name = 'User'): Promise<TestUser> {
  const password = 'correct horse battery';
  const agent = request.agent(t.http);
  const response = await agent.post('/api/auth/register').send({ email, password, displayName: `${name} ${counter}` });
  if (response.status === 202) return { ...(await followVerificationLink(t, agent, email)), email, password, agent };
  if (response.status !== 201)
    throw new Error(`registration failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { id: response.body.id, email, password, agent };
}

/**
 * With mail delivered, registration mails a link instead of signing in: the link is read from the
 * outbox (the mail as it was written) and followed, which verifies the address and signs in.
 */
async function followVerificationLink(t: TestApp, agent: TestAgent, email: string): Promise<{ id: string }> {
  const mail = await t.app
    .get(DataSource)
    .getRepository(OutboxMailEntity)
    .findOneOrFail({ where: { toAddress: email, template: 'verify-email' }, order: { createdAt: 'DESC' } });
  const token = /verify-email\?token=([\w-]+)/.exec(mail.text)?.[1];
  const verified = await agent.post('/api/auth/verify-email').send({ token });
  if (verified.status !== 200)
    throw new Error(`verification failed: ${verified.status} ${JSON.stringify(verified.body)}`);
  return { id: verified.body.id };
}

export async function makeAdmin(t: TestApp, user: TestUser): Promise<TestUser> {
  await t.app.get(DataSource).getRepository(UserEntity).update({ id: user.id }, { isAdmin: true });
  return user;
}

/** Gives a role directly, for tests about what the role may do rather than how it is obtained. */
export async function grantRole(
  t: TestApp,
  eventId: string,
  user: TestUser,
  role: EventRole,
  organizationId: string | null = null,
) {
  const dataSource = t.app.get(DataSource);
  await dataSource.transaction((manager) =>
    t.app.get(AccessService).grant(manager, { eventId, userId: user.id, role, organizationId }),
  );
}

/** A timeline around the test clock: registration open, hacking from `hackingStartsAt`, deadline two days later. */
export function timelineAround(hackingStartsAt = '2026-05-19T16:00:00Z') {
  const start = Date.parse(hackingStartsAt);
  const day = 86_400_000;
  return {
    registrationOpensAt: new Date(start - 14 * day).toISOString(),
    hackingStartsAt: new Date(start).toISOString(),
    submissionDeadline: new Date(start + 2 * day).toISOString(),
    judgingEndsAt: new Date(start + 4 * day).toISOString(),
  };
}

/** Creates a public event through the API with `organizer` as its only organizer (admin just for the creation). */
export async function createEvent(
  t: TestApp,
  organizer: TestUser,
  overrides: Partial<CreateEventInput> = {},
): Promise<EventDto> {
  const users = t.app.get(DataSource).getRepository(UserEntity);
  const wasAdmin = (await users.findOneByOrFail({ id: organizer.id })).isAdmin;
  await makeAdmin(t, organizer);
  counter += 1;
  const input = {
    slug: `hack-${counter}-${randomBytes(3).toString('hex')}`,
    name: `Hack ${counter}`,
    timeline: timelineAround(),
    ...overrides,
  };
  const created = await organizer.agent.post('/api/events').send(input);
  if (created.status !== 201)
    throw new Error(`event creation failed: ${created.status} ${JSON.stringify(created.body)}`);
  const published = await organizer.agent.patch(`/api/events/${created.body.id}`).send({ isPublic: true });
  if (published.status !== 200)
    throw new Error(`publishing failed: ${published.status} ${JSON.stringify(published.body)}`);
  if (!wasAdmin) await users.update({ id: organizer.id }, { isAdmin: false });
  return published.body;
}
