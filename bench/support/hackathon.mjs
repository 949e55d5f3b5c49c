import { randomBytes } from 'node:crypto';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './api-process.mjs';
import { register, signIn } from './api-client.mjs';
import { inParallel } from './processes.mjs';

const DAY = 86_400_000;

/** The rubric every benchmark event is judged with. */
export const CRITERIA = [
  { key: 'impact', name: 'Impact', weight: 2, scaleMin: 1, scaleMax: 10 },
  { key: 'open-data', name: 'Use of open data', weight: 2, scaleMin: 1, scaleMax: 10 },
  { key: 'design', name: 'Design', weight: 1, scaleMin: 1, scaleMax: 10 },
];

const randomScore = () => 1 + Math.floor(Math.random() * 10);

/**
 * A public hackathon in its hacking phase, made through the HTTP API as its people would: the
 * platform admin creates and publishes it with one agency's challenge, and each team is one
 * participant who registers, joins, forms a team and starts a submission (submitted when `submit`).
 */
export async function createHackathon(baseUrl, { label, teams, submit = false, leaderboardVisibility = 'live' }) {
  const admin = await signIn(baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD);
  const slug = `bench-${label}-${randomBytes(3).toString('hex')}`;
  const now = Date.now();
  const created = await admin.post('/api/events', {
    slug,
    name: `Benchmark ${label}`,
    leaderboardVisibility,
    timeline: {
      registrationOpensAt: new Date(now - 2 * DAY).toISOString(),
      hackingStartsAt: new Date(now - DAY).toISOString(),
      submissionDeadline: new Date(now + DAY).toISOString(),
      judgingEndsAt: new Date(now + 2 * DAY).toISOString(),
    },
  });
  const event = await admin.patch(`/api/events/${created.id}`, { isPublic: true });
  const path = (suffix = '') => `/api/events/${event.id}${suffix}`;
  const organization = await admin.post('/api/organizations', {
    name: `Agency for ${slug}`,
    kind: 'national-agency',
  });
  const challenge = await admin.post(path('/challenges'), {
    organizationId: organization.id,
    title: 'Cleaner air with open sensor data',
    description: 'Use the open air-quality measurements to help people plan healthier journeys.',
    contactName: 'Open data desk',
  });

  const teamList = await inParallel(
    Array.from({ length: teams }, (_, i) => i + 1),
    4,
    async (number) => {
      const member = await register(baseUrl, `${slug}-team-${number}@example.test`, `Participant ${number}`);
      await member.post(path('/join'), {}, 200);
      const team = await member.post(path('/teams'), { name: `Team ${number}` });
      let submission = await member.post(path('/submissions'), {
        challengeId: challenge.id,
        title: `Project ${number}`,
        summary: `A map of clean routes, take ${number}.`,
      });
      if (submit) submission = await member.post(path(`/submissions/${submission.id}/submit`), { version: 1 }, 200);
      return { member, teamId: team.id, submissionId: submission.id, version: submission.version };
    },
  );
  return { admin, event, slug, path, challenge, teams: teamList };
}

/**
 * Moves the hackathon to judging and sets it up as an organizer would: the rubric, one heat per
 * challenge, every juror (invited by email, registered, accepted) on its panel, and automatic
 * assignments with `reviewsPerSubmission` reviews each.
 */
export async function startJudging(baseUrl, hackathon, { jurors, reviewsPerSubmission }) {
  const { admin, path, slug } = hackathon;
  const jurorList = await inParallel(
    Array.from({ length: jurors }, (_, i) => i + 1),
    4,
    async (number) => {
      const email = `${slug}-juror-${number}@example.test`;
      const invitation = await admin.post(path('/invitations'), { email, role: 'jury' });
      const juror = await register(baseUrl, email, `Juror ${number}`);
      await juror.post(`/api/invitations/${invitation.token}/accept`, {}, 200);
      return juror;
    },
  );
  await admin.post(path('/phase/advance'), {}, 200);
  for (const criterion of CRITERIA) await admin.post(path('/criteria'), criterion);
  const heats = await admin.post(path('/rounds/heats'));
  const assignments = [];
  for (const heat of heats) {
    await admin.put(path(`/rounds/${heat.id}/panel`), { jurorIds: jurorList.map((juror) => juror.user.id) });
    const plan = await admin.post(path(`/rounds/${heat.id}/assignments/auto`), { reviewsPerSubmission }, 200);
    for (const { jurorId, submissionId } of plan.added) {
      const juror = jurorList.find((candidate) => candidate.user.id === jurorId);
      assignments.push({ juror, roundId: heat.id, submissionId, values: null });
    }
  }
  return { jurors: jurorList, assignments };
}

/** The path of a juror's review of one assigned submission. */
export const reviewPath = (hackathon, assignment) =>
  hackathon.path(`/rounds/${assignment.roundId}/reviews/${assignment.submissionId}`);

/** Scores with one criterion changed from `previous` (or a first full set), so every save writes. */
export function nextScores(previous) {
  if (!previous) return Object.fromEntries(CRITERIA.map((criterion) => [criterion.key, randomScore()]));
  const changed = CRITERIA[Math.floor(Math.random() * CRITERIA.length)].key;
  let value = randomScore();
  while (value === previous[changed]) value = randomScore();
  return { ...previous, [changed]: value };
}

/** Saves one review that changes the board, as the assigned juror. */
export async function saveReview(hackathon, assignment) {
  const scores = nextScores(assignment.values);
  await assignment.juror.put(reviewPath(hackathon, assignment), { scores });
  assignment.values = scores;
}
