import type {
  AttendeeDto,
  AttendeeQuery,
  CheckInCountsDto,
  CheckInInput,
  CheckInResultDto,
  Page,
  TicketDto,
} from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type EventAccess, isOrganizer } from '../access/access.rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import { brokenConstraint } from '../database/broken-constraint.js';
import { toCsv } from '../leaderboards/csv.js';
import { RealtimePublisher } from '../realtime/realtime.publisher.js';
import { CheckInError } from './check-in.errors.js';
import { CheckInRepository, type TicketHolder } from './check-in.repository.js';
import { normalizeTicketCode, ticketCode } from './ticket-code.js';

/**
 * Tickets and the door: every participant, juror and mentor has a ticket code; organizers and
 * volunteers check people in by code or by name; each person is checked in once, and organizers
 * see the counts move live.
 */
@Injectable()
export class CheckInService {
  constructor(
    private readonly checkIns: CheckInRepository,
    private readonly audit: AuditService,
    private readonly realtime: RealtimePublisher,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async ticket(access: EventAccess, user: AuthUser): Promise<TicketDto> {
    const [holder] = await this.checkIns.holders(access.event.id, { userIds: [user.id] });
    if (!holder) throw new CheckInError('NO_TICKET', 'Only participants, jurors and mentors have a ticket.');
    return {
      eventId: access.event.id,
      code: ticketCode(this.config.secret, access.event.id, user.id),
      displayName: holder.displayName,
      checkedInAt: holder.checkedInAt?.toISOString() ?? null,
    };
  }

  async checkIn(access: EventAccess, user: AuthUser, input: CheckInInput): Promise<CheckInResultDto> {
    const eventId = access.event.id;
    const userId = 'code' in input ? await this.holderOfCode(eventId, input.code) : input.userId;
    const [holder] = await this.checkIns.holders(eventId, { userIds: [userId] });
    if (!holder) {
      throw new CheckInError('TICKET_NOT_FOUND', 'This person has no ticket to this event.', {
        userId: 'has no ticket to this event',
      });
    }
    if (holder.checkedInAt) return { attendee: toDto(holder), alreadyCheckedIn: true };
    let alreadyCheckedIn = false;
    try {
      await this.dataSource.transaction(async (manager) => {
        const row = await this.checkIns.insert(manager, {
          eventId,
          userId,
          checkedInBy: user.id,
          createdAt: this.clock.now(),
        });
        await this.audit.record(manager, {
          eventId,
          actorId: user.id,
          action: 'check-in.recorded',
          targetType: 'user',
          targetId: userId,
          details: { checkInId: row.id, by: 'code' in input ? 'code' : 'name' },
        });
      });
    } catch (error) {
      // Someone else checked the same ticket in a moment earlier: theirs is the one row.
      if (!brokenConstraint(error)) throw error;
      alreadyCheckedIn = true;
    }
    const [after] = await this.checkIns.holders(eventId, { userIds: [userId] });
    if (!alreadyCheckedIn) await this.pushCounts(eventId);
    return { attendee: toDto(after!), alreadyCheckedIn };
  }

  /**
   * Ticket holders by name. Jurors stay anonymous outside the organizers' view, so volunteers find
   * them only by their ticket's code.
   */
  async attendees(access: EventAccess, query: AttendeeQuery): Promise<Page<AttendeeDto>> {
    const found = await this.checkIns.holders(access.event.id, { name: query.q });
    const all = isOrganizer(access) ? found : found.filter((holder) => !holder.roles.includes('jury'));
    return {
      items: all.slice(query.offset, query.offset + query.limit).map(toDto),
      total: all.length,
      limit: query.limit,
      offset: query.offset,
    };
  }

  async counts(access: EventAccess): Promise<CheckInCountsDto> {
    return { eventId: access.event.id, ...(await this.checkIns.counts(access.event.id)) };
  }

  /** Who attended, for the organizers' records: name, roles and time of check-in, in UTC. */
  async exportCsv(access: EventAccess): Promise<string> {
    const holders = (await this.checkIns.holders(access.event.id)).filter((holder) => holder.checkedInAt);
    return toCsv(
      ['name', 'roles', 'checked_in_at'],
      holders.map((holder) => [holder.displayName, holder.roles.join(' '), holder.checkedInAt!.toISOString()]),
    );
  }

  private async holderOfCode(eventId: string, typed: string): Promise<string> {
    const code = normalizeTicketCode(typed);
    const match = (await this.checkIns.holderIds(eventId)).find(
      (id) => ticketCode(this.config.secret, eventId, id) === code,
    );
    if (!match) {
      throw new CheckInError('TICKET_NOT_FOUND', 'No ticket of this event has this code.', {
        code: 'is not a ticket of this event',
      });
    }
    return match;
  }

  private async pushCounts(eventId: string): Promise<void> {
    this.realtime.toOrganizers(eventId, 'checkin.counts', { eventId, ...(await this.checkIns.counts(eventId)) });
  }
}

function toDto(holder: TicketHolder): AttendeeDto {
  return {
    userId: holder.userId,
    displayName: holder.displayName,
    roles: holder.roles,
    checkedInAt: holder.checkedInAt?.toISOString() ?? null,
  };
}
