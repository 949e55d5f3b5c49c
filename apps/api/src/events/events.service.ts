import {
  type CreateEventInput,
  type EventDto,
  type EventMemberDto,
  type EventPhase,
  type EventSummaryDto,
  type EventTimeline,
  type Page,
  type UpdateEventInput,
  derivePhase,
  timelineProblems,
} from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import type { EventAccess } from '../access/access.rules.js';
import { AccessService } from '../access/access.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { Clock } from '../common/clock.js';
import { JudgingChanges } from '../judging/judging-changes.js';
import { MailService } from '../mail/mail.service.js';
import { UsersService } from '../users/users.service.js';
import { JudgingService } from '../judging/judging.service.js';
import { RealtimePublisher } from '../realtime/realtime.publisher.js';
import { phaseOf, timelineOf } from './event-phase.js';
import type { EventEntity } from './event.entity.js';
import { EventError } from './events.errors.js';
import { EventsRepository } from './events.repository.js';

/** Which milestone an organizer moves to "now" to end the current phase early. */
const NEXT_MILESTONE: Partial<Record<EventPhase, keyof EventTimeline>> = {
  upcoming: 'registrationOpensAt',
  registration: 'hackingStartsAt',
  hacking: 'submissionDeadline',
  judging: 'judgingEndsAt',
};

const COLUMN_OF: Record<keyof EventTimeline, keyof EventEntity> = {
  registrationOpensAt: 'registrationOpensAt',
  hackingStartsAt: 'hackingStartsAt',
  submissionDeadline: 'submissionDeadline',
  judgingEndsAt: 'judgingEndsAt',
  resultsPublishedAt: 'resultsPublishedAt',
};

@Injectable()
export class EventsService {
  constructor(
    private readonly events: EventsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimePublisher,
    private readonly judging: JudgingService,
    private readonly changes: JudgingChanges,
    private readonly mail: MailService,
    private readonly users: UsersService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async listPublic(limit: number, offset: number): Promise<Page<EventSummaryDto>> {
    const [rows, total] = await this.events.findPublicPage(limit, offset);
    const now = this.clock.now();
    return { items: rows.map((row) => toSummary(row, now)), total, limit, offset };
  }

  get(access: EventAccess): EventDto {
    return toDto(access.event, this.clock.now());
  }

  /** Admins and organizers of any event may create one; the creator becomes its organizer. */
  async create(user: AuthUser, input: CreateEventInput): Promise<EventDto> {
    if (!user.isAdmin && !(await this.events.isOrganizerAnywhere(user.id))) {
      throw new EventError('FORBIDDEN', 'Only platform administrators and organizers can create events.');
    }
    const { timeline, ...settings } = input;
    try {
      const event = await this.dataSource.transaction(async (manager) => {
        if (await this.events.slugExists(manager, input.slug)) throw slugTaken();
        const created = await this.events.insert(manager, {
          ...settings,
          ...toColumns(timeline),
          resultsPublishedAt: timeline.resultsPublishedAt ? new Date(timeline.resultsPublishedAt) : null,
          isPublic: false,
          createdBy: user.id,
        });
        await this.access.grant(manager, {
          eventId: created.id,
          userId: user.id,
          role: 'organizer',
          organizationId: null,
        });
        await this.audit.record(manager, {
          eventId: created.id,
          actorId: user.id,
          action: 'event.created',
          targetType: 'event',
          targetId: created.id,
          details: { slug: created.slug },
        });
        return created;
      });
      return toDto(event, this.clock.now());
    } catch (error) {
      if (error instanceof QueryFailedError) throw slugTaken();
      throw error;
    }
  }

  async update(access: EventAccess, user: AuthUser, input: UpdateEventInput): Promise<EventDto> {
    const { timeline, ...settings } = input;
    const merged = { ...timelineOf(access.event), ...timeline };
    const problems = timelineProblems(merged);
    if (Object.keys(problems).length > 0) {
      throw new EventError('TIMELINE_INVALID', 'The timeline is out of order.', problems);
    }
    const before = access.event;
    // The scoring method changes every rubric board; the visibility, going public and publication
    // change who may see them: the boards get a new version and are pushed to whoever may see them now.
    const changed = <K extends 'scoreNormalization' | 'leaderboardVisibility' | 'isPublic'>(key: K) =>
      settings[key] !== undefined && settings[key] !== before[key];
    const now = this.clock.now();
    const published = derivePhase(merged, now, settings.isPublic ?? before.isPublic) === 'published';
    const boardsMove =
      changed('scoreNormalization') ||
      changed('leaderboardVisibility') ||
      changed('isPublic') ||
      published !== (phaseOf(before, now) === 'published');
    let version: number | null = null;
    const event = await this.dataSource.transaction(async (manager) => {
      const updated = await this.events.update(manager, before.id, {
        ...settings,
        ...(timeline ? toColumns(timeline) : {}),
        ...(timeline && 'resultsPublishedAt' in timeline
          ? { resultsPublishedAt: timeline.resultsPublishedAt ? new Date(timeline.resultsPublishedAt) : null }
          : {}),
      });
      await this.audit.record(manager, {
        eventId: before.id,
        actorId: user.id,
        action: 'event.updated',
        targetType: 'event',
        targetId: before.id,
        details: { changed: Object.keys(input) },
      });
      if (boardsMove) version = await this.judging.bumpLeaderboardVersion(manager, before.id);
      return updated;
    });
    if (version !== null) this.changes.publish({ kind: 'rebuild', eventId: before.id, version });
    this.announcePhaseChange(before, event);
    return toDto(event, this.clock.now());
  }

  /** The organizer's override: ends the current phase now by moving its closing milestone to now. */
  async advancePhase(access: EventAccess, user: AuthUser): Promise<EventDto> {
    const from = phaseOf(access.event, this.clock.now());
    const milestone = NEXT_MILESTONE[from];
    if (!milestone) {
      throw new EventError(
        'NO_NEXT_PHASE',
        from === 'draft' ? 'Make the event public first.' : 'The event is already in its last phase.',
      );
    }
    const now = this.clock.now();
    const event = await this.dataSource.transaction(async (manager) => {
      const updated = await this.events.update(manager, access.event.id, { [COLUMN_OF[milestone]]: now });
      await this.audit.record(manager, {
        eventId: access.event.id,
        actorId: user.id,
        action: 'event.phase-advanced',
        targetType: 'event',
        targetId: access.event.id,
        details: { from, to: derivePhase(timelineOf(updated), now, updated.isPublic) },
      });
      return updated;
    });
    this.announcePhaseChange(access.event, event);
    return toDto(event, now);
  }

  /** Public events with results unpublished or published since `since`, for the mail schedule. */
  listForMail(since: Date): Promise<EventEntity[]> {
    return this.events.findForMail(since);
  }

  /** A signed-in user joins as a participant while teams can still form (registration and hacking). */
  async join(access: EventAccess, user: AuthUser): Promise<EventDto> {
    const phase = phaseOf(access.event, this.clock.now());
    if (phase !== 'registration' && phase !== 'hacking') {
      throw new EventError('REGISTRATION_CLOSED', 'Registration for this event is not open.');
    }
    const event = access.event;
    const account = await this.users.findActive(user.id);
    if (event.requireVerifiedEmail && !account?.emailVerifiedAt) {
      throw new EventError(
        'EMAIL_NOT_VERIFIED',
        'This event asks for a verified email address: follow the link we mailed you, or ask for a new one.',
      );
    }
    await this.dataSource.transaction(async (manager) => {
      await this.access.grant(manager, {
        eventId: event.id,
        userId: user.id,
        role: 'participant',
        organizationId: null,
      });
      // The registration confirmation, with the timeline as a calendar file.
      const eventUrl = this.mail.link(`/events/${event.slug}`);
      await this.mail.enqueue(manager, {
        template: 'event-joined',
        recipients: await this.mail.recipients(manager, [user.id]),
        eventId: event.id,
        dedupeKey: () => `event-joined:${event.id}:${user.id}`,
        params: (r) => ({
          name: r.name,
          eventName: event.name,
          eventUrl,
          hackingStartsAt: this.mail.formatInstant(event.hackingStartsAt, r.language, event.timezone),
          submissionDeadline: this.mail.formatInstant(event.submissionDeadline, r.language, event.timezone),
        }),
        attachments: (r) => [this.mail.timelineCalendar(event, r.language, eventUrl)],
      });
    });
    return toDto(event, this.clock.now());
  }

  async members(access: EventAccess): Promise<EventMemberDto[]> {
    const rows = await this.events.members(access.event.id);
    return rows.map((row) => ({
      id: row.id,
      userId: row.userId,
      displayName: row.user.displayName,
      email: row.user.email,
      role: row.role,
      organizationId: row.organizationId,
      since: row.createdAt.toISOString(),
    }));
  }

  async removeMember(access: EventAccess, user: AuthUser, membershipId: string): Promise<void> {
    const removed = await this.dataSource.transaction(async (manager) => {
      const membership = await this.access.findRole(access.event.id, membershipId);
      if (!membership) throw new EventError('MEMBERSHIP_NOT_FOUND', 'This event has no such membership.');
      if (membership.role === 'organizer' && (await this.events.countOrganizers(manager, access.event.id)) <= 1) {
        throw new EventError('LAST_ORGANIZER', 'An event must keep at least one organizer.');
      }
      await this.access.remove(manager, membership.id);
      await this.audit.record(manager, {
        eventId: access.event.id,
        actorId: user.id,
        action: 'role.removed',
        targetType: 'user',
        targetId: membership.userId,
        details: { role: membership.role },
      });
      return membership;
    });
    this.realtime.disconnectUser(removed.userId);
  }

  private announcePhaseChange(before: EventEntity, after: EventEntity): void {
    const now = this.clock.now();
    const [from, to] = [
      derivePhase(timelineOf(before), now, before.isPublic),
      derivePhase(timelineOf(after), now, after.isPublic),
    ];
    if (from !== to && after.isPublic) {
      this.realtime.toPublic(after.id, 'phase.changed', { eventId: after.id, phase: to, at: now.toISOString() });
    }
  }
}

function slugTaken() {
  return new EventError('SLUG_TAKEN', 'Another event already uses this address.', { slug: 'is already taken' });
}

function toColumns(timeline: Partial<Record<keyof EventTimeline, string | null | undefined>>): Partial<EventEntity> {
  const columns: Partial<Record<keyof EventEntity, Date>> = {};
  for (const key of ['registrationOpensAt', 'hackingStartsAt', 'submissionDeadline', 'judgingEndsAt'] as const) {
    const value = timeline[key];
    if (value) columns[COLUMN_OF[key]] = new Date(value);
  }
  return columns as Partial<EventEntity>;
}

function toSummary(event: EventEntity, now: Date): EventSummaryDto {
  const timeline = timelineOf(event);
  return {
    id: event.id,
    slug: event.slug,
    name: event.name,
    tagline: event.tagline,
    timezone: event.timezone,
    phase: derivePhase(timeline, now, event.isPublic),
    timeline,
  };
}

function toDto(event: EventEntity, now: Date): EventDto {
  return {
    ...toSummary(event, now),
    description: event.description,
    maxTeamSize: event.maxTeamSize,
    judgingMode: event.judgingMode,
    leaderboardVisibility: event.leaderboardVisibility,
    audienceVote: event.audienceVote,
    requireCatalogueDataset: event.requireCatalogueDataset,
    requireVerifiedEmail: event.requireVerifiedEmail,
    isPublic: event.isPublic,
    scoreNormalization: event.scoreNormalization,
    leaderboardFrozenAt: event.leaderboardFrozenAt?.toISOString() ?? null,
  };
}
