import type {
  CalendarQuery,
  CreateScheduleSessionInput,
  MilestoneDto,
  ScheduleDto,
  ScheduleSessionDto,
  UpdateScheduleSessionInput,
} from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EventAccess } from '../access/access.rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import type { EventEntity } from '../events/event.entity.js';
import { RealtimePublisher } from '../realtime/realtime.publisher.js';
import type { ScheduleSessionEntity } from './schedule-session.entity.js';
import { scheduleCalendar } from './schedule-calendar.js';
import { ScheduleError } from './schedule.errors.js';
import { ScheduleRepository } from './schedule.repository.js';

const MINUTE = 60_000;

/**
 * The event's schedule: organizers keep it, everyone reads what is meant for them (sessions for
 * members only stay off the public agenda and the public feed), and every change is pushed to the
 * event's open pages so they fetch it again.
 */
@Injectable()
export class ScheduleService {
  constructor(
    private readonly sessions: ScheduleRepository,
    private readonly audit: AuditService,
    private readonly realtime: RealtimePublisher,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async schedule(access: EventAccess): Promise<ScheduleDto> {
    const rows = await this.sessions.list(access.event.id, isMember(access));
    return {
      eventId: access.event.id,
      timezone: access.event.timezone,
      sessions: rows.map(toDto),
      milestones: milestonesOf(access.event),
    };
  }

  async create(access: EventAccess, user: AuthUser, input: CreateScheduleSessionInput): Promise<ScheduleSessionDto> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const session = await this.sessions.insert(manager, {
        eventId: access.event.id,
        ...fields(input),
        createdAt: now,
        updatedAt: now,
      });
      await this.audit.record(manager, {
        eventId: access.event.id,
        actorId: user.id,
        action: 'schedule.session-added',
        targetType: 'schedule-session',
        targetId: session.id,
        details: { title: session.title, startsAt: session.startsAt.toISOString() },
      });
      return session;
    });
    this.changed(access.event.id);
    return toDto(saved);
  }

  async update(
    access: EventAccess,
    user: AuthUser,
    id: string,
    input: UpdateScheduleSessionInput,
  ): Promise<ScheduleSessionDto> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const session = await this.sessions.findInEvent(manager, access.event.id, id);
      if (!session) throw notFound();
      Object.assign(session, fields(input));
      if (session.endsAt < session.startsAt) {
        throw new ScheduleError('SESSION_ENDS_BEFORE_START', 'A session cannot end before it starts.', {
          endsAt: 'must not be before the start',
        });
      }
      session.updatedAt = this.clock.now();
      const updated = await this.sessions.save(manager, session);
      await this.audit.record(manager, {
        eventId: access.event.id,
        actorId: user.id,
        action: 'schedule.session-changed',
        targetType: 'schedule-session',
        targetId: id,
        details: { fields: Object.keys(input) },
      });
      return updated;
    });
    this.changed(access.event.id);
    return toDto(saved);
  }

  async remove(access: EventAccess, user: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const session = await this.sessions.findInEvent(manager, access.event.id, id);
      if (!session) throw notFound();
      await this.sessions.remove(manager, id);
      await this.audit.record(manager, {
        eventId: access.event.id,
        actorId: user.id,
        action: 'schedule.session-removed',
        targetType: 'schedule-session',
        targetId: id,
        details: { title: session.title },
      });
    });
    this.changed(access.event.id);
  }

  /** The schedule (or one item of it) as an iCalendar file. */
  async calendar(access: EventAccess, query: CalendarQuery): Promise<{ filename: string; content: string }> {
    const schedule = await this.schedule(access);
    const event = access.event;
    let sessions = schedule.sessions;
    let milestones = schedule.milestones;
    let filename = `${event.slug}.ics`;
    if (query.item) {
      sessions = sessions.filter((session) => session.id === query.item?.toLowerCase());
      milestones = milestones.filter((milestone) => milestone.key === query.item);
      if (sessions.length + milestones.length === 0) throw notFound();
      filename = `${event.slug}-${sessions[0]?.id.slice(0, 8) ?? milestones[0]!.key}.ics`;
    }
    const content = scheduleCalendar({
      event,
      sessions,
      milestones,
      eventUrl: `${this.config.publicUrl}/events/${event.slug}/agenda`,
      language: query.lang ?? 'sv',
      now: this.clock.now(),
    });
    return { filename, content };
  }

  private changed(eventId: string): void {
    // Only that it changed: each page fetches the schedule again with its own access.
    this.realtime.toPublic(eventId, 'schedule.changed', { eventId, at: this.clock.now().toISOString() });
  }
}

function isMember(access: EventAccess): boolean {
  return access.isAdmin || access.roles.size > 0;
}

const notFound = () => new ScheduleError('SESSION_NOT_FOUND', 'This event has no such item in its schedule.');

function fields(input: Partial<CreateScheduleSessionInput>): Partial<ScheduleSessionEntity> {
  const { startsAt, endsAt, ...rest } = input;
  return {
    ...rest,
    ...(startsAt === undefined ? {} : { startsAt: new Date(startsAt) }),
    ...(endsAt === undefined ? {} : { endsAt: new Date(endsAt) }),
  };
}

export function milestonesOf(event: EventEntity): MilestoneDto[] {
  const span = (key: MilestoneDto['key'], start: Date, end: Date): MilestoneDto => ({
    key,
    startsAt: start.toISOString(),
    endsAt: end.toISOString(),
  });
  const deadline = event.submissionDeadline;
  const milestones = [
    span('hacking', event.hackingStartsAt, deadline),
    span('deadline', deadline, new Date(deadline.getTime() + 15 * MINUTE)),
    span('judging', deadline, event.judgingEndsAt),
  ];
  if (event.resultsPublishedAt) {
    milestones.push(
      span('results', event.resultsPublishedAt, new Date(event.resultsPublishedAt.getTime() + 60 * MINUTE)),
    );
  }
  return milestones;
}

function toDto(row: ScheduleSessionEntity): ScheduleSessionDto {
  return {
    id: row.id,
    eventId: row.eventId,
    kind: row.kind,
    title: row.title,
    description: row.description,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    place: row.place,
    streamUrl: row.streamUrl,
    speaker: row.speaker,
    language: row.language,
    audience: row.audience,
    updatedAt: row.updatedAt.toISOString(),
  };
}
