import { type EventDto, type EventSummaryDto, type Page, derivePhase } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import type { EventEntity } from './event.entity.js';
import { EventError } from './events.errors.js';
import { EventsRepository } from './events.repository.js';

@Injectable()
export class EventsService {
  constructor(
    private readonly events: EventsRepository,
    private readonly clock: Clock,
  ) {}

  async listPublic(limit: number, offset: number): Promise<Page<EventSummaryDto>> {
    const [rows, total] = await this.events.findPublicPage(limit, offset);
    const now = this.clock.now();
    return { items: rows.map((row) => this.toSummary(row, now)), total, limit, offset };
  }

  async getPublic(slug: string): Promise<EventDto> {
    const event = await this.events.findPublicBySlug(slug);
    if (!event) throw new EventError('EVENT_NOT_FOUND', `No public event has the slug "${slug}".`);
    return {
      ...this.toSummary(event, this.clock.now()),
      description: event.description,
      maxTeamSize: event.maxTeamSize,
      judgingMode: event.judgingMode,
      leaderboardVisibility: event.leaderboardVisibility,
      audienceVote: event.audienceVote,
    };
  }

  async findPublicId(slug: string): Promise<string | null> {
    return (await this.events.findPublicBySlug(slug))?.id ?? null;
  }

  private toSummary(event: EventEntity, now: Date): EventSummaryDto {
    const timeline = {
      registrationOpensAt: event.registrationOpensAt.toISOString(),
      hackingStartsAt: event.hackingStartsAt.toISOString(),
      submissionDeadline: event.submissionDeadline.toISOString(),
      judgingEndsAt: event.judgingEndsAt.toISOString(),
      resultsPublishedAt: event.resultsPublishedAt?.toISOString() ?? null,
    };
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
}
