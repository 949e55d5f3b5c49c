import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import type { EventEntity } from '../events/event.entity.js';
import { EventsService } from '../events/events.service.js';
import { MailService } from '../mail/mail.service.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Results published longer ago than this are not announced any more (a platform started late stays quiet). */
const RESULTS_NOTICE_WITHIN_MS = 7 * 24 * HOUR;

/**
 * Mails the timeline causes rather than a request: deadline reminders 24 h and 1 h before to teams
 * with nothing submitted, "judging has started" and a reminder of unscored projects to jurors, and
 * "results published". Every instance scans once a minute (`MAIL_SCHEDULE_SECONDS`); each mail carries a key of its event,
 * milestone time and person, so it is queued once however many instances scan, and a moved
 * milestone gets its own mails at its new time.
 */
@Injectable()
export class MailScheduleService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailScheduleService.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly mail: MailService,
    private readonly events: EventsService,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.mail.scheduleSeconds * 1000;
    if (every === 0) return;
    this.timer = setInterval(() => void this.runDue(), every);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Queues every mail the timeline has made due by now (a scan already under way is joined). */
  runDue(): Promise<void> {
    this.running ??= this.scan()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'mail schedule scan failed; trying again'))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /** "Results published" to everyone with a role in the event: in the caller's transaction when an organizer publishes. */
  async resultsPublished(manager: EntityManager, event: EventEntity): Promise<void> {
    const people = await this.mail.audience.roleHolders(manager, event.id, ['participant', 'jury', 'agency']);
    await this.mail.enqueue(manager, {
      template: 'results-published',
      recipients: await this.mail.recipients(manager, people),
      eventId: event.id,
      dedupeKey: (r) => `results-published:${event.id}:${r.userId}`,
      params: (r) => ({
        name: r.name,
        eventName: event.name,
        resultsUrl: this.mail.link(`/events/${event.slug}/results`),
      }),
    });
  }

  private async scan(): Promise<void> {
    const now = this.clock.now();
    for (const event of await this.events.listForMail(new Date(now.getTime() - RESULTS_NOTICE_WITHIN_MS))) {
      await this.dataSource.transaction(async (manager) => {
        const t = now.getTime();
        const deadline = event.submissionDeadline.getTime();
        const judgingEnds = event.judgingEndsAt.getTime();
        const published = event.resultsPublishedAt && event.resultsPublishedAt.getTime() <= t;
        if (t >= deadline - 24 * HOUR && t < deadline)
          await this.deadlineReminders(manager, event, t >= deadline - HOUR ? 1 : 24);
        if (!published && t >= deadline && t < judgingEnds) {
          await this.judgingOpened(manager, event);
          if (t >= judgingEnds - 24 * HOUR) await this.juryReminders(manager, event);
        }
        if (published) await this.resultsPublished(manager, event);
      });
    }
  }

  private async deadlineReminders(manager: EntityManager, event: EventEntity, hoursLeft: 1 | 24): Promise<void> {
    for (const team of await this.mail.audience.teamsWithoutSubmission(manager, event.id)) {
      await this.mail.enqueue(manager, {
        template: 'deadline-reminder',
        recipients: await this.mail.recipients(manager, team.memberIds),
        eventId: event.id,
        dedupeKey: (r) => `deadline-${hoursLeft}h:${event.id}:${event.submissionDeadline.getTime()}:${r.userId}`,
        params: (r) => ({
          name: r.name,
          eventName: event.name,
          teamName: team.teamName,
          hoursLeft,
          submissionDeadline: this.mail.formatInstant(event.submissionDeadline, r.language, event.timezone),
          teamUrl: this.mail.link(`/events/${event.slug}/team`),
        }),
      });
    }
  }

  private async judgingOpened(manager: EntityManager, event: EventEntity): Promise<void> {
    const loads = new Map((await this.mail.audience.jurorLoads(manager, event.id)).map((load) => [load.jurorId, load]));
    await this.mail.enqueue(manager, {
      template: 'judging-opened',
      recipients: await this.mail.recipients(manager, [...loads.keys()]),
      eventId: event.id,
      dedupeKey: (r) => `judging-opened:${event.id}:${event.submissionDeadline.getTime()}:${r.userId}`,
      params: (r) => ({
        name: r.name,
        eventName: event.name,
        assigned: loads.get(r.userId!)?.assigned ?? 0,
        judgingEndsAt: this.mail.formatInstant(event.judgingEndsAt, r.language, event.timezone),
        queueUrl: this.mail.link(`/events/${event.slug}/jury`),
      }),
    });
  }

  private async juryReminders(manager: EntityManager, event: EventEntity): Promise<void> {
    const loads = (await this.mail.audience.jurorLoads(manager, event.id)).filter((load) => load.unscored > 0);
    const byJuror = new Map(loads.map((load) => [load.jurorId, load]));
    await this.mail.enqueue(manager, {
      template: 'jury-reminder',
      recipients: await this.mail.recipients(manager, [...byJuror.keys()]),
      eventId: event.id,
      dedupeKey: (r) => `jury-reminder:${event.id}:${event.judgingEndsAt.getTime()}:${r.userId}`,
      params: (r) => ({
        name: r.name,
        eventName: event.name,
        unscored: byJuror.get(r.userId!)?.unscored ?? 0,
        assigned: byJuror.get(r.userId!)?.assigned ?? 0,
        judgingEndsAt: this.mail.formatInstant(event.judgingEndsAt, r.language, event.timezone),
        queueUrl: this.mail.link(`/events/${event.slug}/jury`),
      }),
    });
  }
}
