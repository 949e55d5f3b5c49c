import type {
  CreateSubmissionInput,
  GalleryProjectDto,
  GalleryQuery,
  Page,
  PageQuery,
  SubmissionDatasetDto,
  SubmissionDatasetInput,
  SubmissionDto,
  SubmissionListQuery,
  SubmissionRevisionDto,
  SubmissionSnapshot,
  UpdateSubmissionInput,
} from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type EventAccess, isOrganizer } from '../access/access.rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import type { ChallengeEntity } from '../challenges/challenge.entity.js';
import { ChallengesService } from '../challenges/challenges.service.js';
import { Clock } from '../common/clock.js';
import { DomainError, ValidationError } from '../common/domain-error.js';
import { beforeDeadline } from '../events/event-phase.js';
import type { EventEntity } from '../events/event.entity.js';
import { MailService } from '../mail/mail.service.js';
import { RealtimePublisher } from '../realtime/realtime.publisher.js';
import { type TeamRef, TeamsService } from '../teams/teams.service.js';
import type { SubmissionDatasetEntity } from './submission-dataset.entity.js';
import type { SubmissionEntity } from './submission.entity.js';
import { foldsInto } from './revision-folding.js';
import { SubmissionError } from './submissions.errors.js';
import { SubmissionsRepository } from './submissions.repository.js';
import { brokenConstraint } from '../database/broken-constraint.js';
import { RoundsService } from '../judging/rounds.service.js';

type DatasetEntry = SubmissionDatasetDto;

/** The fields an edit may change, with their stored column names. */
const EDITABLE = ['title', 'summary', 'description', 'repositoryUrl', 'demoUrl', 'videoUrl', 'images'] as const;

@Injectable()
export class SubmissionsService {
  constructor(
    private readonly submissions: SubmissionsRepository,
    private readonly teams: TeamsService,
    private readonly challenges: ChallengesService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly realtime: RealtimePublisher,
    private readonly mail: MailService,
    private readonly rounds: RoundsService,
  ) {}

  // ---- Reading ------------------------------------------------------------------------------

  /** Team members, organizers and the agency owning the challenge see a submission; others get 404. */
  async get(access: EventAccess, user: AuthUser, id: string): Promise<SubmissionDto> {
    const submission = await this.visibleSubmission(access, user, id, { agency: true });
    const [dto] = await this.toDtos(access.event, [submission]);
    return dto!;
  }

  /** Organizers: all; agency members: those to their organizations' challenges; participants: their team's. */
  async list(access: EventAccess, user: AuthUser, query: SubmissionListQuery): Promise<Page<SubmissionDto>> {
    const eventId = access.event.id;
    let visibleTo: { teamIds: string[]; challengeIds: string[] } | undefined;
    if (!isOrganizer(access)) {
      const team = access.roles.has('participant') ? await this.teams.teamOf(eventId, user.id) : null;
      visibleTo = { teamIds: team ? [team.id] : [], challengeIds: await this.agencyChallengeIds(access) };
    }
    const [rows, total] = await this.submissions.page(
      { eventId, challengeId: query.challengeId, visibleTo },
      query.limit,
      query.offset,
      'created',
    );
    return { items: await this.toDtos(access.event, rows), total, limit: query.limit, offset: query.offset };
  }

  /** The saved versions, newest first, a page at a time: for the team and the organizers. */
  async revisions(
    access: EventAccess,
    user: AuthUser,
    id: string,
    { limit, offset }: PageQuery,
  ): Promise<Page<SubmissionRevisionDto>> {
    const submission = await this.visibleSubmission(access, user, id, { agency: false });
    const [rows, total] = await this.submissions.revisions(submission.id, limit, offset);
    const items = rows.map((row) => ({
      version: row.version,
      snapshot: row.snapshot as SubmissionSnapshot,
      author: row.author ? { id: row.author.id, displayName: row.author.displayName } : null,
      at: row.createdAt.toISOString(),
    }));
    return { items, total, limit, offset };
  }

  /** The public gallery: submitted projects, shown once the submission deadline has passed. */
  async gallery(access: EventAccess, query: GalleryQuery): Promise<Page<GalleryProjectDto>> {
    const { limit, offset } = query;
    if (beforeDeadline(access.event, this.clock.now())) return { items: [], total: 0, limit, offset };
    const [rows, total] = await this.submissions.page(
      { eventId: access.event.id, challengeId: query.challengeId, status: 'submitted' },
      limit,
      offset,
      'title',
    );
    const dtos = await this.toDtos(access.event, rows);
    return {
      items: dtos.map((dto) => ({
        id: dto.id,
        title: dto.title,
        summary: dto.summary,
        description: dto.description,
        teamId: dto.team.id,
        teamName: dto.team.name,
        challenge: dto.challenge,
        repositoryUrl: dto.repositoryUrl,
        demoUrl: dto.demoUrl,
        videoUrl: dto.videoUrl,
        images: dto.images,
        datasets: dto.datasets,
        submittedAt: dto.submittedAt,
      })),
      total,
      limit,
      offset,
    };
  }

  /**
   * Who may see and change a submission's images: anyone once it is a submitted project in the
   * public gallery (after the deadline); before that, as for the submission itself. Only its
   * team changes them, before the deadline. 404 for a submission the caller may not see.
   */
  async imageAccess(
    access: EventAccess,
    user: AuthUser | null,
    id: string,
  ): Promise<{ submissionId: string; isPublic: boolean; canEdit: boolean }> {
    const submission = await this.submissions.findInEvent(access.event.id, id);
    if (!submission) throw submissionNotFound();
    const isPublic = submission.status === 'submitted' && !beforeDeadline(access.event, this.clock.now());
    const team = user ? await this.teams.teamOf(access.event.id, user.id) : null;
    const canEdit = team?.id === submission.teamId && beforeDeadline(access.event, this.clock.now());
    if (!isPublic) {
      if (!user) throw submissionNotFound();
      await this.visibleSubmission(access, user, id, { agency: true });
    }
    return { submissionId: submission.id, isPublic, canEdit };
  }

  // ---- Changing -----------------------------------------------------------------------------

  /** A team member starts the team's submission to a challenge: a draft, revision 1. */
  async create(access: EventAccess, user: AuthUser, input: CreateSubmissionInput): Promise<SubmissionDto> {
    const event = access.event;
    this.assertBeforeDeadline(event);
    if (!(await this.teams.teamOf(event.id, user.id))) throw notInTeam();
    await this.challengeOf(event.id, input.challengeId);
    const datasets = await this.resolveDatasets(event.id, input.datasets);
    try {
      const created = await this.dataSource.transaction(async (manager) => {
        const team = await this.teams.lockTeamOf(manager, event.id, user.id);
        if (!team) throw notInTeam();
        if (await this.submissions.existsFor(manager, team.id, input.challengeId)) throw submissionExists();
        const now = this.clock.now();
        const submission = await this.submissions.insert(manager, {
          eventId: event.id,
          teamId: team.id,
          challengeId: input.challengeId,
          title: input.title,
          summary: input.summary,
          description: input.description,
          repositoryUrl: input.repositoryUrl ?? null,
          demoUrl: input.demoUrl ?? null,
          videoUrl: input.videoUrl ?? null,
          images: input.images,
          status: 'draft',
          version: 1,
          submittedAt: null,
          createdAt: now,
          updatedAt: now,
        });
        await this.submissions.replaceDatasets(manager, submission.id, datasets);
        await this.submissions.insertRevision(manager, {
          submissionId: submission.id,
          version: 1,
          snapshot: snapshotOf(submission, datasets),
          authorId: user.id,
          createdAt: now,
        });
        await this.audit.record(manager, {
          eventId: event.id,
          actorId: user.id,
          action: 'submission.created',
          targetType: 'submission',
          targetId: submission.id,
          details: { teamId: team.id, challengeId: input.challengeId },
        });
        return submission;
      });
      const [dto] = await this.toDtos(event, [created]);
      return dto!;
    } catch (error) {
      const constraint = brokenConstraint(error);
      if (constraint !== null && /submissions_one_per_team_and_challenge|submissions\.team_id/.test(constraint)) {
        throw submissionExists();
      }
      throw error;
    }
  }

  /** Saves the fields given, if nobody saved since `version`; a new version and revision follow. */
  async update(access: EventAccess, user: AuthUser, id: string, input: UpdateSubmissionInput): Promise<SubmissionDto> {
    await this.guardChange(access, user, id);
    const datasets = input.datasets ? await this.resolveDatasets(access.event.id, input.datasets) : undefined;
    const changes: Partial<SubmissionEntity> = {};
    for (const key of EDITABLE) {
      if (input[key] !== undefined) Object.assign(changes, { [key]: input[key] });
    }
    return this.change(access, user, id, input.version, 'submission.updated', (current) => ({
      changes,
      datasets,
      status: current.status,
    }));
  }

  /** Marks the submission as handed in; an event may require a data set from its catalogue first. */
  async submit(access: EventAccess, user: AuthUser, id: string, version: number): Promise<SubmissionDto> {
    await this.guardChange(access, user, id);
    const before = (await this.submissions.findInEvent(access.event.id, id))!;
    const challenge = await this.challengeOf(access.event.id, before.challengeId);
    let roundsVersion: number | null = null;
    const dto = await this.change(
      access,
      user,
      id,
      version,
      'submission.submitted',
      (current) => {
        if (current.status === 'submitted') {
          throw new SubmissionError('ALREADY_SUBMITTED', 'This submission is already submitted.');
        }
        return { changes: { status: 'submitted', submittedAt: this.clock.now() }, status: 'submitted' };
      },
      async (manager, submitted, datasets, team) => {
        await this.mailReceipt(manager, access.event, user, team, submitted, challenge, datasets);
        roundsVersion = await this.rounds.followSubmission(manager, access.event, user.id, submitted);
      },
    );
    this.rounds.announce(access.event.id, roundsVersion);
    void this.pushCounts(access.event.id);
    return dto;
  }

  /** Takes a submitted submission back to a draft, until the deadline. */
  async withdraw(access: EventAccess, user: AuthUser, id: string, version: number): Promise<SubmissionDto> {
    await this.guardChange(access, user, id);
    let roundsVersion: number | null = null;
    const dto = await this.change(
      access,
      user,
      id,
      version,
      'submission.withdrawn',
      (current) => {
        if (current.status !== 'submitted') {
          throw new SubmissionError('NOT_SUBMITTED', 'Only a submitted submission can be withdrawn.');
        }
        return { changes: { status: 'draft', submittedAt: null }, status: 'draft' };
      },
      async (manager, withdrawn) => {
        roundsVersion = await this.rounds.followSubmission(manager, access.event, user.id, withdrawn);
      },
    );
    this.rounds.announce(access.event.id, roundsVersion);
    void this.pushCounts(access.event.id);
    return dto;
  }

  /** After a submit or a withdrawal has committed: the event's counts to everyone following it. */
  private async pushCounts(eventId: string): Promise<void> {
    try {
      const counts = await this.submissions.countByStatus(eventId);
      this.realtime.toPublic(eventId, 'submissions.count', { eventId, ...counts });
    } catch {
      // A missed count is corrected by the next one; the submission itself is saved.
    }
  }

  // ---- Helpers ------------------------------------------------------------------------------

  /**
   * The one path every change takes, after `guardChange`: inside one transaction the caller's team
   * must still own the submission and `version` must still be current. The change, the new version
   * and its revision are written together; a concurrent change based on the same version gets 409.
   */
  private async change(
    access: EventAccess,
    user: AuthUser,
    id: string,
    version: number,
    action: string,
    plan: (current: SubmissionEntity) => {
      changes: Partial<SubmissionEntity>;
      datasets?: DatasetEntry[];
      status: SubmissionEntity['status'];
    },
    /** Runs in the transaction once the change is written (the receipt of a submission). */
    written?: (
      manager: EntityManager,
      updated: SubmissionEntity,
      datasets: DatasetEntry[],
      team: TeamRef,
    ) => Promise<void>,
  ): Promise<SubmissionDto> {
    const event = access.event;
    const saved = await this.dataSource.transaction(async (manager) => {
      const team = await this.teams.lockTeamOf(manager, event.id, user.id);
      const current = await this.submissions.findInEvent(event.id, id, manager);
      if (!team || !current || current.teamId !== team.id) throw submissionNotFound();
      if (current.version !== version) throw versionConflict(current.version);
      const { changes, datasets, status } = plan(current);
      const nextDatasets = datasets ?? sortDatasets(await this.submissions.datasetsOf([current.id], manager));
      if (status === 'submitted' && event.requireCatalogueDataset && !nextDatasets.some((d) => d.datasetId)) {
        throw new SubmissionError(
          'CATALOGUE_DATASET_REQUIRED',
          "This event requires at least one data set from the challenge owners' catalogue.",
          { datasets: "must include at least one data set from the event's catalogue" },
        );
      }
      const now = this.clock.now();
      if (!(await this.submissions.updateIfVersion(manager, id, version, { ...changes, updatedAt: now }))) {
        throw versionConflict();
      }
      if (datasets) await this.submissions.replaceDatasets(manager, id, datasets);
      const updated = (await this.submissions.findInEvent(event.id, id, manager))!;
      const snapshot = snapshotOf(updated, nextDatasets);
      const previous = await this.submissions.latestRevision(manager, id);
      if (previous && foldsInto(previous, { authorId: user.id, snapshot, createdAt: now })) {
        await this.submissions.replaceRevision(manager, previous.id, {
          version: updated.version,
          snapshot,
          createdAt: now,
        });
      } else {
        await this.submissions.insertRevision(manager, {
          submissionId: id,
          version: updated.version,
          snapshot,
          authorId: user.id,
          createdAt: now,
        });
      }
      // Every edit is already kept as a revision; the audit log records the changes of status.
      if (action !== 'submission.updated') {
        await this.audit.record(manager, {
          eventId: event.id,
          actorId: user.id,
          action,
          targetType: 'submission',
          targetId: id,
          details: { version: updated.version },
        });
      }
      await written?.(manager, updated, nextDatasets, team);
      return updated;
    });
    const [dto] = await this.toDtos(event, [saved]);
    return dto!;
  }

  /** Every member of the team gets a receipt of exactly what was submitted, in their language. */
  private async mailReceipt(
    manager: EntityManager,
    event: EventEntity,
    user: AuthUser,
    team: TeamRef,
    submission: SubmissionEntity,
    challenge: ChallengeEntity,
    datasets: DatasetEntry[],
  ): Promise<void> {
    const recipients = await this.mail.recipients(manager, await this.teams.memberUserIds(manager, submission.teamId));
    const submitter = recipients.find((r) => r.userId === user.id);
    await this.mail.enqueue(manager, {
      template: 'submission-receipt',
      recipients,
      eventId: event.id,
      params: (r) => ({
        name: r.name,
        submitterName: submitter?.name ?? '',
        eventName: event.name,
        title: submission.title,
        teamName: team.name,
        challenge: challenge.title,
        summary: submission.summary,
        repositoryUrl: submission.repositoryUrl,
        demoUrl: submission.demoUrl,
        videoUrl: submission.videoUrl,
        datasets: datasets.map((d) => d.title).join(', '),
        version: submission.version,
        submittedAt: this.mail.formatInstant(submission.submittedAt ?? this.clock.now(), r.language, event.timezone),
        submissionDeadline: this.mail.formatInstant(event.submissionDeadline, r.language, event.timezone),
        link: this.mail.link(`/events/${event.slug}/team`),
      }),
    });
  }

  /**
   * Before any change: the submission must belong to the caller's team (404 otherwise, so another
   * team's ids reveal nothing), then the deadline must not have passed.
   */
  private async guardChange(access: EventAccess, user: AuthUser, id: string): Promise<void> {
    const submission = await this.submissions.findInEvent(access.event.id, id);
    const team = submission ? await this.teams.teamOf(access.event.id, user.id) : null;
    if (!submission || !team || team.id !== submission.teamId) throw submissionNotFound();
    this.assertBeforeDeadline(access.event);
  }

  private async visibleSubmission(
    access: EventAccess,
    user: AuthUser,
    id: string,
    options: { agency: boolean },
  ): Promise<SubmissionEntity> {
    const submission = await this.submissions.findInEvent(access.event.id, id);
    if (!submission) throw submissionNotFound();
    if (isOrganizer(access)) return submission;
    const team: TeamRef | null = await this.teams.teamOf(access.event.id, user.id);
    if (team?.id === submission.teamId) return submission;
    if (options.agency && access.roles.has('agency') && access.organizationIds.length > 0) {
      const challenge = await this.challengeOf(access.event.id, submission.challengeId);
      if (access.organizationIds.includes(challenge.organizationId)) return submission;
    }
    throw submissionNotFound();
  }

  /** The challenges with submissions that belong to the organizations the caller acts for. */
  private async agencyChallengeIds(access: EventAccess): Promise<string[]> {
    if (!access.roles.has('agency') || access.organizationIds.length === 0) return [];
    const ids = await this.submissions.challengeIdsWithSubmissions(access.event.id);
    const challenges = await Promise.all(ids.map((id) => this.challengeOf(access.event.id, id)));
    return challenges
      .filter((challenge) => access.organizationIds.includes(challenge.organizationId))
      .map((challenge) => challenge.id);
  }

  private async challengeOf(eventId: string, challengeId: string): Promise<ChallengeEntity> {
    try {
      return await this.challenges.getInEvent(eventId, challengeId);
    } catch (error) {
      if (error instanceof DomainError && error.status === 404) {
        throw new SubmissionError('CHALLENGE_NOT_FOUND', 'This event has no such challenge.', {
          challengeId: 'is not a challenge of this event',
        });
      }
      throw error;
    }
  }

  /** Catalogue entries by id, checked against this event's catalogue; free entries as given. */
  private async resolveDatasets(eventId: string, entries: SubmissionDatasetInput[]): Promise<DatasetEntry[]> {
    const ids = entries.flatMap((entry) => (entry.datasetId ? [entry.datasetId] : []));
    const catalogue = new Map((await this.challenges.catalogueDatasets(eventId, ids)).map((d) => [d.id, d]));
    const fields: Record<string, string> = {};
    const resolved = entries.map((entry, index): DatasetEntry => {
      if (!entry.datasetId) return { datasetId: null, title: entry.title!, url: entry.url! };
      const dataset = catalogue.get(entry.datasetId);
      if (!dataset) {
        fields[`datasets.${index}.datasetId`] = "is not a data set in this event's catalogue";
        return { datasetId: null, title: '', url: null };
      }
      return { datasetId: dataset.id, title: dataset.title, url: dataset.url };
    });
    if (Object.keys(fields).length > 0) throw new ValidationError(fields);
    return sortDatasets(resolved);
  }

  private assertBeforeDeadline(event: EventEntity): void {
    if (!beforeDeadline(event, this.clock.now())) {
      throw new SubmissionError('DEADLINE_PASSED', 'The submission deadline has passed: submissions are locked.');
    }
  }

  private async toDtos(event: EventEntity, rows: SubmissionEntity[]): Promise<SubmissionDto[]> {
    if (rows.length === 0) return [];
    const [datasets, teamNames, challenges] = await Promise.all([
      this.submissions.datasetsOf(rows.map((row) => row.id)),
      this.teams.namesOf(rows.map((row) => row.teamId)),
      Promise.all([...new Set(rows.map((row) => row.challengeId))].map((id) => this.challengeOf(event.id, id))),
    ]);
    const titles = new Map(challenges.map((challenge) => [challenge.id, challenge.title]));
    return rows.map((row) => ({
      ...snapshotOf(row, sortDatasets(datasets.filter((dataset) => dataset.submissionId === row.id))),
      id: row.id,
      eventId: row.eventId,
      team: { id: row.teamId, name: teamNames.get(row.teamId) ?? '' },
      challenge: { id: row.challengeId, title: titles.get(row.challengeId) ?? '' },
      version: row.version,
      submittedAt: row.submittedAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    }));
  }
}

function snapshotOf(submission: SubmissionEntity, datasets: DatasetEntry[]): SubmissionSnapshot {
  return {
    challengeId: submission.challengeId,
    title: submission.title,
    summary: submission.summary,
    description: submission.description,
    repositoryUrl: submission.repositoryUrl,
    demoUrl: submission.demoUrl,
    videoUrl: submission.videoUrl,
    images: submission.images,
    datasets,
    status: submission.status,
  };
}

/** Data sets have no order of their own; title then address keeps every listing and revision alike. */
function sortDatasets(datasets: Pick<SubmissionDatasetEntity, 'datasetId' | 'title' | 'url'>[]): DatasetEntry[] {
  return datasets
    .map((dataset) => ({ datasetId: dataset.datasetId, title: dataset.title, url: dataset.url }))
    .sort(
      (a, b) =>
        compare(a.title, b.title) || compare(a.url ?? '', b.url ?? '') || compare(a.datasetId ?? '', b.datasetId ?? ''),
    );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function notInTeam() {
  return new SubmissionError('NOT_IN_TEAM', 'Join or create a team in this event first.');
}

function submissionNotFound() {
  return new SubmissionError('SUBMISSION_NOT_FOUND', 'This event has no such submission, or it is not yours to see.');
}

function submissionExists() {
  return new SubmissionError('SUBMISSION_EXISTS', 'Your team already has a submission to this challenge.', {
    challengeId: 'already has a submission from your team',
  });
}

function versionConflict(current?: number) {
  return new SubmissionError(
    'VERSION_CONFLICT',
    'Someone saved this submission after you opened it. Reload to see their changes, then edit again.',
    { version: current ? `is not the latest version (${current})` : 'is not the latest version' },
  );
}
