import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EventRoleEntity } from '../access/event-role.entity.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import { ChallengeEntity } from '../challenges/challenge.entity.js';
import { DatasetEntity } from '../challenges/dataset.entity.js';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import { EventEntity } from '../events/event.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { SubmissionDatasetEntity } from '../submissions/submission-dataset.entity.js';
import { SubmissionRevisionEntity } from '../submissions/submission-revision.entity.js';
import { SubmissionEntity } from '../submissions/submission.entity.js';
import { generateInviteCode } from '../teams/invite-code.js';
import { TeamMemberEntity } from '../teams/team-member.entity.js';
import { TeamEntity } from '../teams/team.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { demoEvent } from './demo-event.js';
import { AssignmentEntity } from '../judging/assignment.entity.js';
import { CriterionEntity } from '../judging/criterion.entity.js';
import { PanelMemberEntity } from '../judging/panel-member.entity.js';
import { RoundEntryEntity } from '../judging/round-entry.entity.js';
import { RoundEntity } from '../judging/round.entity.js';
import { EVENT_SCOPE } from '../judging/rubric-scope.js';
import { ScoreEntity } from '../reviews/score.entity.js';
import {
  DEMO_ACCOUNTS,
  DEMO_CHALLENGES,
  DEMO_CRITERIA,
  DEMO_ORGANIZATIONS,
  DEMO_PASSWORD,
  DEMO_SCORES,
  DEMO_TEAMS,
} from './demo-data.js';

/**
 * Fills an empty embedded database with the demo event and its accounts, in one transaction,
 * so a fresh start has something to show for every role.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    const seeded = await this.seedIfEmpty();
    if (!seeded) return;
    this.logger.log(
      [
        `Seeded the demo event "${seeded}". Demo accounts (password "${DEMO_PASSWORD}"):`,
        ...DEMO_ACCOUNTS.slice(0, 8).map((account) => `  ${account.email.padEnd(32)} ${account.key}`),
      ].join('\n'),
    );
  }

  /** Returns the seeded event's name, or null when the database already held data. */
  async seedIfEmpty(): Promise<string | null> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    return this.dataSource.transaction(async (manager) => {
      if ((await manager.count(EventEntity)) > 0 || (await manager.count(UserEntity)) > 0) return null;
      return this.seed(manager, passwordHash);
    });
  }

  private async seed(manager: EntityManager, passwordHash: string): Promise<string> {
    const now = this.clock.now();
    const users = new Map<string, UserEntity>();
    for (const account of DEMO_ACCOUNTS) {
      const { key, ...fields } = account;
      users.set(
        key,
        await manager.save(
          UserEntity,
          manager.create(UserEntity, { ...fields, passwordHash, language: 'sv', emailVerifiedAt: now }),
        ),
      );
    }
    const user = (key: string) => users.get(key)!;

    const event = await manager.save(
      EventEntity,
      manager.create(EventEntity, { ...demoEvent(now), createdBy: user('admin').id }),
    );
    const organizations = new Map<string, OrganizationEntity>();
    for (const { key, ...fields } of DEMO_ORGANIZATIONS) {
      organizations.set(key, await manager.save(OrganizationEntity, manager.create(OrganizationEntity, fields)));
    }

    const roles: Partial<EventRoleEntity>[] = [
      { userId: user('organizer').id, role: 'organizer' },
      ...DEMO_ORGANIZATIONS.map((org) => ({
        userId: user(org.key).id,
        role: 'agency' as const,
        organizationId: organizations.get(org.key)!.id,
      })),
      { userId: user('jury1').id, role: 'jury' },
      { userId: user('jury2').id, role: 'jury' },
      ...DEMO_TEAMS.flatMap((team) =>
        team.members.map((member) => ({ userId: user(member).id, role: 'participant' as const })),
      ),
    ];
    await manager.save(
      EventRoleEntity,
      roles.map((role) => manager.create(EventRoleEntity, { organizationId: null, ...role, eventId: event.id })),
    );

    const challenges = new Map<string, { challenge: ChallengeEntity; datasets: DatasetEntity[] }>();
    for (const { key, organization, datasets, ...fields } of DEMO_CHALLENGES) {
      const challenge = await manager.save(
        ChallengeEntity,
        manager.create(ChallengeEntity, {
          ...fields,
          eventId: event.id,
          organizationId: organizations.get(organization)!.id,
          createdBy: user(organization).id,
        }),
      );
      const saved = await manager.save(
        DatasetEntity,
        datasets.map((dataset, position) =>
          manager.create(DatasetEntity, { ...dataset, position, challengeId: challenge.id }),
        ),
      );
      challenges.set(key, { challenge, datasets: saved });
    }

    const submissionsByTeam = new Map<string, SubmissionEntity>();
    for (const team of DEMO_TEAMS) {
      const saved = await manager.save(
        TeamEntity,
        manager.create(TeamEntity, {
          eventId: event.id,
          name: team.name,
          inviteCode: generateInviteCode(),
          captainId: user(team.members[0]!).id,
          maxSize: event.maxTeamSize,
          memberCount: team.members.length,
        }),
      );
      await manager.save(
        TeamMemberEntity,
        team.members.map((member) =>
          manager.create(TeamMemberEntity, { teamId: saved.id, eventId: event.id, userId: user(member).id }),
        ),
      );
      if (!team.submission) continue;
      const { challenge, datasets } = challenges.get(team.submission.challenge)!;
      const submission = await manager.save(
        SubmissionEntity,
        manager.create(SubmissionEntity, {
          eventId: event.id,
          teamId: saved.id,
          challengeId: challenge.id,
          title: team.submission.title,
          summary: team.submission.summary,
          description: team.submission.summary,
          repositoryUrl: team.submission.repositoryUrl,
          demoUrl: null,
          videoUrl: null,
          images: [],
          status: team.submission.submitted ? 'submitted' : 'draft',
          version: 1,
          submittedAt: team.submission.submitted ? now : null,
        }),
      );
      submissionsByTeam.set(team.name, submission);
      const used = team.submission.datasets.map((index) => datasets[index]!);
      await manager.save(
        SubmissionDatasetEntity,
        used.map((dataset) =>
          manager.create(SubmissionDatasetEntity, {
            submissionId: submission.id,
            datasetId: dataset.id,
            title: dataset.title,
            url: dataset.url,
          }),
        ),
      );
      await manager.save(
        SubmissionRevisionEntity,
        manager.create(SubmissionRevisionEntity, {
          submissionId: submission.id,
          version: 1,
          // The whole submission, as every revision holds it: the history compares versions field by field.
          snapshot: {
            challengeId: submission.challengeId,
            title: submission.title,
            summary: submission.summary,
            description: submission.description,
            repositoryUrl: submission.repositoryUrl,
            demoUrl: submission.demoUrl,
            videoUrl: submission.videoUrl,
            images: submission.images,
            datasets: used.map((dataset) => ({ datasetId: dataset.id, title: dataset.title, url: dataset.url })),
            status: submission.status,
          },
          authorId: user(team.members[0]!).id,
        }),
      );
    }
    await this.seedJudging(
      manager,
      event,
      [...challenges.values()].map((c) => c.challenge),
      submissionsByTeam,
      user,
    );
    return event.name;
  }

  /** The event rubric, a heat per challenge with the two jurors on its panel, and some scores. */
  private async seedJudging(
    manager: EntityManager,
    event: EventEntity,
    challenges: ChallengeEntity[],
    submissionsByTeam: Map<string, SubmissionEntity>,
    user: (key: string) => UserEntity,
  ): Promise<void> {
    await manager.save(
      CriterionEntity,
      DEMO_CRITERIA.map((criterion, position) =>
        manager.create(CriterionEntity, {
          ...criterion,
          eventId: event.id,
          scope: EVENT_SCOPE,
          scaleMin: 1,
          scaleMax: 10,
          position,
        }),
      ),
    );
    const jurors = [user('jury1'), user('jury2')];
    for (const [position, challenge] of challenges.entries()) {
      const round = await manager.save(
        RoundEntity,
        manager.create(RoundEntity, {
          eventId: event.id,
          name: challenge.title,
          kind: 'heat',
          challengeId: challenge.id,
          position,
          reviewsPerSubmission: 2,
          lockedAt: null,
        }),
      );
      await manager.save(
        PanelMemberEntity,
        jurors.map((juror) => manager.create(PanelMemberEntity, { roundId: round.id, userId: juror.id })),
      );
      const entries = [...submissionsByTeam.entries()].filter(
        ([, s]) => s.challengeId === challenge.id && s.status === 'submitted',
      );
      for (const [teamName, submission] of entries) {
        await manager.save(
          RoundEntryEntity,
          manager.create(RoundEntryEntity, { roundId: round.id, submissionId: submission.id }),
        );
        await manager.save(
          AssignmentEntity,
          jurors.map((juror) =>
            manager.create(AssignmentEntity, { roundId: round.id, jurorId: juror.id, submissionId: submission.id }),
          ),
        );
        for (const given of DEMO_SCORES.filter((score) => score.team === teamName)) {
          await manager.save(
            ScoreEntity,
            Object.entries(given.values).map(([criterionKey, value]) =>
              manager.create(ScoreEntity, {
                roundId: round.id,
                jurorId: user(given.juror).id,
                submissionId: submission.id,
                criterionKey,
                value,
              }),
            ),
          );
        }
      }
    }
    await manager.update(EventEntity, { id: event.id }, { leaderboardVersion: DEMO_SCORES.length });
  }
}
