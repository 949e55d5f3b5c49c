import type {
  BuiltOnDatasetDto,
  BuiltProjectDto,
  ChallengeBuiltOnDto,
  DataPackageImportInput,
  DataPackageImportResultDto,
  DatasetUseDto,
  HackathonJsonDto,
  LeaderboardStandingDto,
  OrganizationBuiltOnDto,
  OrganizationKind,
} from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EventAccess } from '../access/access.rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import type { DatasetEntity } from '../challenges/dataset.entity.js';
import { phaseOf } from '../events/event-phase.js';
import type { EventEntity } from '../events/event.entity.js';
import { parseCsv } from '../leaderboards/csv.js';
import { LeaderboardsService } from '../leaderboards/leaderboards.service.js';
import { generateInviteCode } from '../teams/invite-code.js';
import { type ResourceName, RESOURCE_NAMES, csvOf, descriptor, unguard } from './data-package.js';
import { OpenDataError } from './open-data.errors.js';
import { type PackageResource, rowProblem } from './package-rows.js';
import { type ChallengeRow, OpenDataRepository, type ProjectRow } from './open-data.repository.js';

/** Everything open data may say about one event at one moment. */
export interface EventData {
  event: EventEntity;
  challenges: ChallengeRow[];
  /** Empty until the submission deadline has passed. */
  projects: ProjectRow[];
  /** Empty until the results are published. */
  standings: LeaderboardStandingDto[];
  method: string;
  published: boolean;
}

/**
 * The event's public record as open data: hackathon.json, the Data Package, the catalogue and the
 * "built on this data" views. Nothing here reads a person: no account, no contact, no juror, and
 * scores only once the results are published.
 */
@Injectable()
export class OpenDataService {
  constructor(
    private readonly repository: OpenDataRepository,
    private readonly leaderboards: LeaderboardsService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  get baseUrl(): string {
    return this.config.publicUrl;
  }

  /** The service's own address for the catalogue's contact point: never a person's. */
  get contactEmail(): string {
    const from = this.config.mail.from;
    return /<([^>]+)>/.exec(from)?.[1] ?? from;
  }

  projectsArePublic(event: EventEntity, now = this.clock.now()): boolean {
    return event.isPublic && now.getTime() >= event.submissionDeadline.getTime();
  }

  resultsArePublished(event: EventEntity, now = this.clock.now()): boolean {
    return event.isPublic && phaseOf(event, now) === 'published';
  }

  async eventData(event: EventEntity): Promise<EventData> {
    if (!event.isPublic) throw notPublic();
    const now = this.clock.now();
    const published = this.resultsArePublished(event, now);
    const [challenges, projects] = await Promise.all([
      this.repository.challenges({ eventIds: [event.id] }),
      this.projectsArePublic(event, now) ? this.repository.submittedProjects([event.id]) : Promise.resolve([]),
    ]);
    let standings: LeaderboardStandingDto[] = [];
    let method = 'raw';
    if (published) {
      const board = await this.leaderboards.leaderboard(visitor(event), {});
      standings = board.standings.filter((standing) => projects.some((p) => p.submission.id === standing.submissionId));
      method = board.method;
    }
    return { event, challenges, projects, standings, method, published };
  }

  async publicEventData(idOrSlug: string): Promise<EventData> {
    const event = await this.repository.findEvent(idOrSlug);
    if (!event?.isPublic) throw notPublic();
    return this.eventData(event);
  }

  async hackathon(access: EventAccess): Promise<HackathonJsonDto> {
    const data = await this.eventData(access.event);
    const { event } = data;
    return {
      name: event.name,
      summary: event.tagline,
      description: event.description,
      homepage_url: `${this.baseUrl}/events/${event.slug}`,
      starts_at: event.hackingStartsAt.toISOString(),
      ends_at: event.judgingEndsAt.toISOString(),
      timezone: event.timezone,
      results_published: data.published,
      license: 'CC0-1.0',
      challenges: data.challenges.map(({ challenge, organization, datasets }) => ({
        id: challenge.id,
        title: challenge.title,
        description: challenge.description,
        url: `${this.baseUrl}/events/${event.slug}/challenges/${challenge.id}`,
        organization: { name: organization.name, kind: organization.kind, website: organization.website },
        datasets: datasets.map(openDataset),
      })),
      projects: data.projects.map((project) => {
        const standing = data.standings.find((s) => s.submissionId === project.submission.id);
        return {
          id: project.submission.id,
          name: project.submission.title,
          summary: project.submission.summary,
          team: project.teamName,
          challenge_id: project.submission.challengeId,
          source_url: project.submission.repositoryUrl,
          demo_url: project.submission.demoUrl,
          video_url: project.submission.videoUrl,
          datasets: project.datasets.map((d) => ({ id: d.datasetId, title: d.title, url: d.url })),
          rank: standing?.rank ?? null,
          score: standing?.score ?? null,
        };
      }),
    };
  }

  // ---- Data Package -------------------------------------------------------------------------

  private async publishedData(access: EventAccess): Promise<EventData> {
    const data = await this.eventData(access.event);
    if (!data.published) {
      throw new OpenDataError('RESULTS_NOT_PUBLISHED', 'The Data Package is published with the results.');
    }
    return data;
  }

  async dataPackage(access: EventAccess) {
    const data = await this.publishedData(access);
    const { event } = data;
    return descriptor({
      slug: event.slug,
      name: event.name,
      description: event.tagline || event.name,
      homepage: `${this.baseUrl}/events/${event.slug}`,
      created: (event.resultsPublishedAt ?? this.clock.now()).toISOString(),
      datasets: data.challenges.flatMap((c) => c.datasets.map((d) => ({ title: d.title, url: d.url }))),
      resources: RESOURCE_NAMES,
    });
  }

  async resourceCsv(access: EventAccess, name: ResourceName): Promise<string> {
    const data = await this.publishedData(access);
    return resourceCsvOf(data, name);
  }

  /** Reads a package exported by `dataPackage` into an event that has no challenges or teams yet. */
  async importPackage(
    access: EventAccess,
    user: AuthUser,
    input: DataPackageImportInput,
  ): Promise<DataPackageImportResultDto> {
    const names = input.datapackage.resources.map((resource) => resource.name);
    const missing = (['challenges', 'datasets', 'projects', 'project-datasets'] as const).filter(
      (name) => !names.includes(name),
    );
    if (missing.length > 0) {
      throw new OpenDataError('PACKAGE_INVALID', 'The package lacks resources this platform exports.', {
        'datapackage.resources': `missing ${missing.join(', ')}`,
      });
    }
    const challenges = table(input.csv.challenges, 'challenges');
    const datasets = table(input.csv.datasets, 'datasets');
    const projects = table(input.csv.projects, 'projects');
    const used = table(input.csv['project-datasets'], 'project-datasets');
    const tables = { challenges, datasets, projects, 'project-datasets': used } as const;
    for (const [resource, rows] of Object.entries(tables) as [PackageResource, Record<string, string>[]][]) {
      for (const [index, row] of rows.entries()) {
        const problem = rowProblem(resource, row);
        if (problem) throw invalidRow(resource, index, problem);
      }
    }
    const challengeIds = new Set(challenges.map((row) => row['id']!));
    for (const [index, row] of [...datasets.entries(), ...projects.entries()]) {
      if (!challengeIds.has(row['challenge_id']!)) {
        throw invalidRow(datasets.includes(row) ? 'datasets' : 'projects', index, 'challenge_id names no challenge');
      }
    }
    const projectIds = new Set(projects.map((row) => row['id']!));
    for (const [index, row] of used.entries()) {
      if (!projectIds.has(row['project_id']!))
        throw invalidRow('project-datasets', index, 'project_id names no project');
    }

    const eventId = access.event.id;
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.isEmpty(manager, eventId))) {
        throw new OpenDataError(
          'EVENT_NOT_EMPTY',
          'A package is imported only into an event without challenges or teams.',
        );
      }
      let organizationsCreated = 0;
      const challengeMap = new Map<string, string>();
      for (const row of challenges) {
        let organization = await this.repository.organizationByName(manager, row['organization']!);
        if (!organization) {
          organization = await this.repository.insertOrganization(manager, {
            name: row['organization']!,
            kind: row['organization_kind'] as OrganizationKind,
            website: row['organization_website'] || null,
          });
          organizationsCreated += 1;
        }
        const challenge = await this.repository.insertChallenge(manager, {
          eventId,
          organizationId: organization.id,
          title: row['title']!,
          description: row['description'] ?? '',
          prizes: row['prizes'] ?? '',
          contactName: '',
          contactEmail: null,
          createdBy: user.id,
        });
        challengeMap.set(row['id']!, challenge.id);
      }
      const datasetMap = new Map<string, string>();
      for (const [position, row] of datasets.entries()) {
        const dataset = await this.repository.insertDataset(manager, {
          challengeId: challengeMap.get(row['challenge_id']!)!,
          title: row['title']!,
          url: row['url'] ?? '',
          format: row['format'] ?? '',
          licence: row['licence'] ?? '',
          position,
        });
        datasetMap.set(row['id']!, dataset.id);
      }
      const teams = new Map<string, string>();
      for (const row of projects) {
        let teamId = teams.get(row['team']!);
        if (!teamId) {
          const team = await this.repository.insertTeam(manager, {
            eventId,
            name: row['team']!,
            inviteCode: generateInviteCode(),
            captainId: null,
            maxSize: access.event.maxTeamSize,
            memberCount: 0,
          });
          teamId = team.id;
          teams.set(row['team']!, teamId);
        }
        const submission = await this.repository.insertSubmission(manager, {
          eventId,
          teamId,
          challengeId: challengeMap.get(row['challenge_id']!)!,
          title: row['title']!,
          summary: row['summary'] ?? '',
          description: row['summary'] ?? '',
          repositoryUrl: row['repository_url'] || null,
          demoUrl: row['demo_url'] || null,
          videoUrl: row['video_url'] || null,
          images: [],
          status: 'submitted',
          version: 1,
          submittedAt: row['submitted_at'] ? new Date(row['submitted_at']) : this.clock.now(),
        });
        const entries = used
          .filter((u) => u['project_id'] === row['id'])
          .map((entry) => ({
            datasetId: entry['dataset_id'] ? (datasetMap.get(entry['dataset_id']) ?? null) : null,
            title: entry['title']!,
            url: entry['url'] || null,
          }));
        for (const entry of entries) {
          await this.repository.insertSubmissionDataset(manager, { submissionId: submission.id, ...entry });
        }
        // Every submission's history starts with a revision holding the whole submission.
        await this.repository.insertRevision(manager, {
          submissionId: submission.id,
          version: 1,
          snapshot: {
            challengeId: submission.challengeId,
            title: submission.title,
            summary: submission.summary,
            description: submission.description,
            repositoryUrl: submission.repositoryUrl,
            demoUrl: submission.demoUrl,
            videoUrl: submission.videoUrl,
            images: submission.images,
            datasets: entries,
            status: submission.status,
          },
          authorId: user.id,
        });
      }
      const result = {
        eventId,
        organizationsCreated,
        challenges: challenges.length,
        datasets: datasets.length,
        projects: projects.length,
      };
      await this.audit.record(manager, {
        eventId,
        actorId: user.id,
        action: 'open-data.imported',
        targetType: 'event',
        targetId: eventId,
        details: result,
      });
      return result;
    });
  }

  // ---- Built on this data ---------------------------------------------------------------------

  /** Projects of public events past their deadline that used one of these data sets, or one at the same address. */
  private async projectsBuiltOn(datasets: DatasetEntity[]): Promise<ProjectRow[]> {
    const urls = [...new Set(datasets.map((d) => d.url).filter(Boolean))];
    const sameUrl = await this.repository.datasetsAt(urls);
    const ids = await this.repository.submissionIdsUsing(
      [...new Set([...datasets, ...sameUrl].map((d) => d.id))],
      urls,
    );
    const now = this.clock.now();
    return (await this.repository.submittedProjectsByIds(ids)).filter((p) => this.projectsArePublic(p.event, now));
  }

  private builtProject(project: ProjectRow): BuiltProjectDto {
    return {
      id: project.submission.id,
      title: project.submission.title,
      summary: project.submission.summary,
      teamName: project.teamName,
      repositoryUrl: project.submission.repositoryUrl,
      demoUrl: project.submission.demoUrl,
      event: { slug: project.event.slug, name: project.event.name },
      challenge: { id: project.challenge.id, title: project.challenge.title },
    };
  }

  private async uses(rows: ChallengeRow[]): Promise<DatasetUseDto[]> {
    const events = await this.repository.findEventsByIds(rows.map((row) => row.challenge.eventId));
    const result: DatasetUseDto[] = [];
    for (const row of rows) {
      const event = events.find((e) => e.id === row.challenge.eventId);
      if (!event?.isPublic) continue;
      for (const dataset of row.datasets) {
        const projects = await this.projectsBuiltOn([dataset]);
        result.push({
          ...openDataset(dataset),
          event: { slug: event.slug, name: event.name },
          challenge: { id: row.challenge.id, title: row.challenge.title },
          projects: projects.map((p) => this.builtProject(p)),
        });
      }
    }
    return result;
  }

  async datasetBuiltOn(datasetId: string): Promise<BuiltOnDatasetDto> {
    const dataset = await this.repository.findDataset(datasetId);
    const [row] = dataset ? await this.repository.challenges({ challengeIds: [dataset.challengeId] }) : [];
    const [event] = row ? await this.repository.findEventsByIds([row.challenge.eventId]) : [];
    if (!dataset || !row || !event?.isPublic) {
      throw new OpenDataError('DATASET_NOT_FOUND', 'This data set does not exist or is not public.');
    }
    const projects = await this.projectsBuiltOn([dataset]);
    return {
      dataset: openDataset(dataset),
      organization: publicOrganization(row.organization),
      event: { slug: event.slug, name: event.name },
      challenge: { id: row.challenge.id, title: row.challenge.title },
      projects: projects.map((p) => this.builtProject(p)),
    };
  }

  async organizationBuiltOn(organizationId: string): Promise<OrganizationBuiltOnDto> {
    const organization = await this.repository.findOrganization(organizationId);
    if (!organization) throw new OpenDataError('ORGANIZATION_NOT_FOUND', 'This organization does not exist.');
    const rows = await this.repository.challenges({ organizationId });
    return { organization: publicOrganization(organization), datasets: await this.uses(rows) };
  }

  async challengeBuiltOn(access: EventAccess, challengeId: string): Promise<ChallengeBuiltOnDto> {
    if (!access.event.isPublic) throw notPublic();
    const challenge = await this.repository.findChallenge(access.event.id, challengeId);
    if (!challenge) throw new OpenDataError('CHALLENGE_NOT_FOUND', 'This challenge does not exist in this event.');
    const rows = await this.repository.challenges({ challengeIds: [challengeId] });
    return { challengeId, datasets: await this.uses(rows) };
  }

  // ---- For the catalogue, the pages' head and the sitemap ---------------------------------------

  async publishedEventsData(): Promise<EventData[]> {
    const events = await this.repository.publishedEvents(this.clock.now());
    return Promise.all(events.map((event) => this.eventData(event)));
  }

  publicEvents(): Promise<EventEntity[]> {
    return this.repository.publicEvents();
  }

  async publicDatasetIds(): Promise<string[]> {
    const events = await this.repository.publicEvents();
    const rows = await this.repository.challenges({ eventIds: events.map((e) => e.id) });
    return rows.flatMap((row) => row.datasets.map((d) => d.id));
  }

  async publicOrganizationIds(): Promise<string[]> {
    const events = await this.repository.publicEvents();
    const rows = await this.repository.challenges({ eventIds: events.map((e) => e.id) });
    return [...new Set(rows.map((row) => row.organization.id))];
  }

  findDataset(id: string) {
    return this.datasetBuiltOn(id).catch(() => null);
  }

  findOrganization(id: string) {
    return this.repository.findOrganization(id);
  }
}

export function resourceCsvOf(data: EventData, name: ResourceName): string {
  switch (name) {
    case 'challenges':
      return csvOf(
        name,
        data.challenges.map(({ challenge, organization }) => [
          challenge.id,
          challenge.title,
          challenge.description,
          challenge.prizes,
          organization.name,
          organization.kind,
          organization.website,
        ]),
      );
    case 'datasets':
      return csvOf(
        name,
        data.challenges.flatMap(({ challenge, datasets }) =>
          datasets.map((d) => [d.id, challenge.id, d.title, d.url, d.format, d.licence]),
        ),
      );
    case 'projects':
      return csvOf(
        name,
        data.projects.map(({ submission, teamName }) => [
          submission.id,
          submission.challengeId,
          submission.title,
          submission.summary,
          teamName,
          submission.repositoryUrl,
          submission.demoUrl,
          submission.videoUrl,
          // Table Schema's default datetime has whole seconds.
          submission.submittedAt?.toISOString().replace(/\.\d{3}Z$/, 'Z') ?? null,
        ]),
      );
    case 'project-datasets':
      return csvOf(
        name,
        data.projects.flatMap(({ submission, datasets }) =>
          datasets.map((d) => [submission.id, d.datasetId, d.title, d.url]),
        ),
      );
    case 'results':
      return csvOf(
        name,
        data.standings.map((s) => [
          s.rank,
          s.submissionId,
          s.title,
          s.teamName,
          s.challengeId,
          s.score,
          s.reviews,
          data.method,
        ]),
      );
  }
}

function visitor(event: EventEntity): EventAccess {
  return { event, roles: new Set(), organizationIds: [], isAdmin: false };
}

function notPublic(): OpenDataError {
  return new OpenDataError('EVENT_NOT_PUBLIC', 'This event does not exist or is not public.');
}

function openDataset(dataset: DatasetEntity) {
  return { id: dataset.id, title: dataset.title, url: dataset.url, format: dataset.format, licence: dataset.licence };
}

function publicOrganization(organization: { id: string; name: string; kind: string; website: string | null }) {
  return { id: organization.id, name: organization.name, kind: organization.kind, website: organization.website };
}

function invalidRow(resource: ResourceName, index: number, message: string): OpenDataError {
  return new OpenDataError('PACKAGE_INVALID', `Row ${index + 1} of ${resource} is not valid: ${message}.`, {
    [`csv.${resource}`]: `row ${index + 1}: ${message}`,
  });
}

/** The rows of one CSV resource as objects by column name, checked against the columns its schema names. */
function table(text: string, resource: ResourceName): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  const expected = csvOf(resource, []).trim().split(',');
  if (!header || expected.some((column) => !header.includes(column))) {
    throw new OpenDataError('PACKAGE_INVALID', `The ${resource} table lacks columns of its schema.`, {
      [`csv.${resource}`]: `needs the columns ${expected.join(', ')}`,
    });
  }
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(header.map((column, i) => [column, unguard(row[i] ?? '')])));
}
