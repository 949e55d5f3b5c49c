import type {
  AskForHelpInput,
  BookSlotInput,
  CreateMentorSlotInput,
  HelpRequestDto,
  MentorDto,
  MentorSlotDto,
  OwnHelpRequestDto,
  UpdateMentorProfileInput,
} from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type EventAccess, isOrganizer } from '../access/access.rules.js';
import { AccessService } from '../access/access.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { Clock } from '../common/clock.js';
import { brokenConstraint } from '../database/broken-constraint.js';
import { RealtimePublisher } from '../realtime/realtime.publisher.js';
import { userRoom } from '../realtime/realtime.rooms.js';
import { TeamsService } from '../teams/teams.service.js';
import { UsersService } from '../users/users.service.js';
import type { HelpRequestEntity, MentorBookingEntity, MentorSlotEntity } from './mentoring.entities.js';
import { MentoringError } from './mentoring.errors.js';
import { MentoringRepository } from './mentoring.repository.js';

/**
 * Mentors offer time slots that teams book (one team per slot, as the database enforces), and take
 * the help queue in order: one request at a time, claimed by one mentor, then done or released.
 * Waiting teams hear their place in the queue whenever it moves.
 */
@Injectable()
export class MentoringService {
  constructor(
    private readonly mentoring: MentoringRepository,
    private readonly access: AccessService,
    private readonly teams: TeamsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimePublisher,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  // ---- Mentors and their slots ------------------------------------------------------------------

  async mentors(access: EventAccess, user: AuthUser): Promise<MentorDto[]> {
    const eventId = access.event.id;
    const mentorIds = [
      ...new Set((await this.access.listRoles(eventId)).filter((r) => r.role === 'mentor').map((r) => r.userId)),
    ];
    const people = await this.users.findManyActive(this.dataSource.manager, mentorIds);
    const skills = new Map((await this.mentoring.profilesOf(eventId)).map((p) => [p.userId, p.skills]));
    const slots = (await this.mentoring.slotsOf(eventId)).filter((slot) => mentorIds.includes(slot.mentorId));
    const slotDtos = await this.slotDtos(access, user, slots);
    return people
      .map((person) => ({
        userId: person.id,
        displayName: person.displayName,
        skills: (skills.get(person.id) ?? '').split('\n').filter(Boolean),
        slots: slotDtos.filter((slot) => slot.mentorId === person.id),
      }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.userId.localeCompare(b.userId));
  }

  async updateProfile(access: EventAccess, user: AuthUser, input: UpdateMentorProfileInput): Promise<MentorDto> {
    await this.dataSource.transaction((manager) =>
      this.mentoring.saveSkills(manager, access.event.id, user.id, [...new Set(input.skills)].join('\n')),
    );
    return (await this.mentors(access, user)).find((mentor) => mentor.userId === user.id)!;
  }

  async createSlot(access: EventAccess, user: AuthUser, input: CreateMentorSlotInput): Promise<MentorSlotDto> {
    const slot = await this.dataSource.transaction((manager) =>
      this.mentoring.insertSlot(manager, {
        eventId: access.event.id,
        mentorId: user.id,
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        createdAt: this.clock.now(),
      }),
    );
    this.changed(access.event.id);
    return (await this.slotDtos(access, user, [slot]))[0]!;
  }

  async removeSlot(access: EventAccess, user: AuthUser, slotId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const slot = await this.mentoring.findSlot(manager, access.event.id, slotId);
      if (!slot || (slot.mentorId !== user.id && !isOrganizer(access))) throw slotNotFound();
      // Removed only while unbooked, in one statement: a booking made meanwhile is never deleted with it.
      if (!(await this.mentoring.removeUnbookedSlot(manager, slotId))) {
        throw new MentoringError('SLOT_BOOKED', 'A team has booked this slot: cancel the booking first.');
      }
    });
    this.changed(access.event.id);
  }

  // ---- Bookings ---------------------------------------------------------------------------------

  async book(access: EventAccess, user: AuthUser, slotId: string, input: BookSlotInput): Promise<MentorSlotDto> {
    const team = await this.teamOf(access, user);
    let slot: MentorSlotEntity | null = null;
    try {
      await this.dataSource.transaction(async (manager) => {
        slot = await this.mentoring.findSlot(manager, access.event.id, slotId);
        if (!slot) throw slotNotFound();
        if (await this.mentoring.findBooking(manager, slotId)) throw slotTaken();
        const booking = await this.mentoring.insertBooking(manager, {
          slotId,
          teamId: team.id,
          bookedBy: user.id,
          topic: input.topic,
          createdAt: this.clock.now(),
        });
        await this.audit.record(manager, {
          eventId: access.event.id,
          actorId: user.id,
          action: 'mentoring.slot-booked',
          targetType: 'mentor-slot',
          targetId: slotId,
          details: { bookingId: booking.id, teamId: team.id, mentorId: slot.mentorId },
        });
      });
    } catch (error) {
      // Another team's booking of the same slot committed first.
      if (brokenConstraint(error)) throw slotTaken();
      throw error;
    }
    this.changed(access.event.id);
    return (await this.slotDtos(access, user, [slot!]))[0]!;
  }

  async cancelBooking(access: EventAccess, user: AuthUser, slotId: string): Promise<void> {
    const team = await this.teams.teamOf(access.event.id, user.id);
    await this.dataSource.transaction(async (manager) => {
      const slot = await this.mentoring.findSlot(manager, access.event.id, slotId);
      const booking = slot ? await this.mentoring.findBooking(manager, slotId) : null;
      const mayCancel = !!booking && (booking.teamId === team?.id || slot!.mentorId === user.id || isOrganizer(access));
      if (!slot || !booking || !mayCancel) {
        throw new MentoringError('BOOKING_NOT_FOUND', 'There is no booking of this slot that you may cancel.');
      }
      await this.mentoring.removeBooking(manager, booking.id);
      await this.audit.record(manager, {
        eventId: access.event.id,
        actorId: user.id,
        action: 'mentoring.booking-cancelled',
        targetType: 'mentor-slot',
        targetId: slotId,
        details: { bookingId: booking.id, teamId: booking.teamId, mentorId: slot.mentorId },
      });
    });
    this.changed(access.event.id);
  }

  // ---- The help queue ---------------------------------------------------------------------------

  async ask(access: EventAccess, user: AuthUser, input: AskForHelpInput): Promise<HelpRequestDto> {
    const team = await this.teamOf(access, user);
    let request: HelpRequestEntity;
    try {
      request = await this.dataSource.transaction((manager) =>
        this.mentoring.insertRequest(manager, {
          eventId: access.event.id,
          teamId: team.id,
          askedBy: user.id,
          topic: input.topic,
          status: 'waiting',
          createdAt: this.clock.now(),
        }),
      );
    } catch (error) {
      if (brokenConstraint(error)) {
        throw new MentoringError('ALREADY_ASKED', 'Your team is already in the help queue.');
      }
      throw error;
    }
    await this.queueMoved(access.event.id);
    return (await this.queueDtos(access.event.id)).find((dto) => dto.id === request.id)!;
  }

  async mine(access: EventAccess, user: AuthUser): Promise<OwnHelpRequestDto> {
    const team = await this.teams.teamOf(access.event.id, user.id);
    if (!team) return { request: null };
    return { request: (await this.queueDtos(access.event.id)).find((dto) => dto.teamId === team.id) ?? null };
  }

  queue(access: EventAccess): Promise<HelpRequestDto[]> {
    return this.queueDtos(access.event.id);
  }

  async claim(access: EventAccess, user: AuthUser, requestId: string): Promise<HelpRequestDto> {
    return this.move(
      access,
      user,
      requestId,
      'claim',
      { status: ['waiting'], headOfQueue: access.event.id },
      { status: 'claimed', mentorId: user.id },
    );
  }

  async release(access: EventAccess, user: AuthUser, requestId: string): Promise<HelpRequestDto> {
    return this.move(
      access,
      user,
      requestId,
      'release',
      // An organizer can put back a request whose mentor left, so no team waits on nobody.
      { status: ['claimed'], ...(isOrganizer(access) ? {} : { mentorId: user.id }) },
      { status: 'waiting', mentorId: null },
    );
  }

  async done(access: EventAccess, user: AuthUser, requestId: string): Promise<HelpRequestDto> {
    return this.move(
      access,
      user,
      requestId,
      'done',
      { status: ['claimed'], mentorId: user.id },
      { status: 'done', closedAt: this.clock.now() },
    );
  }

  async cancel(access: EventAccess, user: AuthUser, requestId: string): Promise<HelpRequestDto> {
    const team = await this.teams.teamOf(access.event.id, user.id);
    if (!team) throw requestNotFound();
    return this.move(
      access,
      user,
      requestId,
      'cancel',
      { status: ['waiting', 'claimed'], teamId: team.id },
      { status: 'cancelled', mentorId: null, closedAt: this.clock.now() },
    );
  }

  private async move(
    access: EventAccess,
    user: AuthUser,
    requestId: string,
    action: 'claim' | 'release' | 'done' | 'cancel',
    from: Parameters<MentoringRepository['transition']>[2],
    to: Partial<HelpRequestEntity>,
  ): Promise<HelpRequestDto> {
    const eventId = access.event.id;
    try {
      await this.dataSource.transaction(async (manager) => {
        const request = await this.mentoring.findRequest(manager, eventId, requestId);
        if (!request) throw requestNotFound();
        if (!(await this.mentoring.transition(manager, requestId, from, to))) {
          // Read again: a mentor who won the race meanwhile has committed by now.
          const now = action === 'claim' ? await this.mentoring.findRequest(manager, eventId, requestId) : null;
          if (now?.status === 'waiting') {
            throw new MentoringError(
              'NOT_NEXT',
              'Teams are helped in the order they asked: take the first in the queue.',
            );
          }
          if (action === 'claim') {
            throw new MentoringError('ALREADY_TAKEN', 'Another mentor has taken this request, or it is closed.');
          }
          throw requestNotFound();
        }
        await this.audit.record(manager, {
          eventId,
          actorId: user.id,
          action: `help.${action}`,
          targetType: 'help-request',
          targetId: requestId,
          details: { teamId: request.teamId },
        });
      });
    } catch (error) {
      if (brokenConstraint(error)) {
        throw new MentoringError('MENTOR_BUSY', 'Finish or release the request you are helping with first.');
      }
      throw error;
    }
    await this.queueMoved(eventId, requestId);
    const request = await this.mentoring.findRequest(this.dataSource.manager, eventId, requestId);
    return (await this.requestDtos([request!], []))[0]!;
  }

  // ---- Reading and telling ----------------------------------------------------------------------

  private async teamOf(access: EventAccess, user: AuthUser) {
    const team = await this.teams.teamOf(access.event.id, user.id);
    if (!team) throw new MentoringError('NO_TEAM', 'Join or create a team first: mentors help teams.');
    return team;
  }

  private async queueDtos(eventId: string): Promise<HelpRequestDto[]> {
    const open = await this.mentoring.openRequests(eventId);
    return this.requestDtos(
      open,
      open.filter((request) => request.status === 'waiting'),
    );
  }

  private async requestDtos(rows: HelpRequestEntity[], waiting: HelpRequestEntity[]): Promise<HelpRequestDto[]> {
    const names = await this.teams.namesOf([...new Set(rows.map((row) => row.teamId))]);
    const mentorIds = rows.map((row) => row.mentorId).filter((id): id is string => !!id);
    const mentors = new Map(
      (await this.users.findManyActive(this.dataSource.manager, mentorIds)).map((u) => [u.id, u.displayName]),
    );
    return rows.map((row) => {
      const place = waiting.findIndex((w) => w.id === row.id);
      return {
        id: row.id,
        teamId: row.teamId,
        teamName: names.get(row.teamId) ?? '',
        topic: row.topic,
        status: row.status,
        position: row.status === 'waiting' && place >= 0 ? place + 1 : null,
        mentor:
          row.mentorId && mentors.has(row.mentorId)
            ? { userId: row.mentorId, displayName: mentors.get(row.mentorId)! }
            : null,
        createdAt: row.createdAt.toISOString(),
      };
    });
  }

  private async slotDtos(access: EventAccess, user: AuthUser, slots: MentorSlotEntity[]): Promise<MentorSlotDto[]> {
    const bookings = new Map<string, MentorBookingEntity>(
      (await this.mentoring.bookingsOf(slots.map((slot) => slot.id))).map((b) => [b.slotId, b]),
    );
    const team = await this.teams.teamOf(access.event.id, user.id);
    const names = await this.teams.namesOf([...new Set([...bookings.values()].map((b) => b.teamId))]);
    return slots.map((slot) => {
      const booking = bookings.get(slot.id);
      const visible = !!booking && (booking.teamId === team?.id || slot.mentorId === user.id || isOrganizer(access));
      return {
        id: slot.id,
        mentorId: slot.mentorId,
        startsAt: slot.startsAt.toISOString(),
        endsAt: slot.endsAt.toISOString(),
        booked: !!booking,
        booking: visible
          ? { teamId: booking.teamId, teamName: names.get(booking.teamId) ?? '', topic: booking.topic }
          : null,
      };
    });
  }

  private changed(eventId: string): void {
    this.realtime.toMembers(eventId, 'mentoring.changed', { eventId });
  }

  /** Tells every team with an open request (and the one just moved) where it stands now. */
  private async queueMoved(eventId: string, movedId?: string): Promise<void> {
    this.changed(eventId);
    const open = await this.queueDtos(eventId);
    const told = open.map((dto) => ({
      teamId: dto.teamId,
      requestId: dto.id,
      status: dto.status,
      position: dto.position,
    }));
    if (movedId && !open.some((dto) => dto.id === movedId)) {
      const moved = await this.mentoring.findRequest(this.dataSource.manager, eventId, movedId);
      if (moved) told.push({ teamId: moved.teamId, requestId: moved.id, status: moved.status, position: null });
    }
    for (const { teamId, ...message } of told) {
      for (const userId of await this.teams.memberUserIds(this.dataSource.manager, teamId)) {
        this.realtime.to({ room: userRoom(userId) }, 'help.position', { eventId, ...message });
      }
    }
  }
}

const slotNotFound = () => new MentoringError('SLOT_NOT_FOUND', 'This event has no such mentor slot.');
const slotTaken = () => new MentoringError('SLOT_TAKEN', 'Another team has booked this slot.');
const requestNotFound = () => new MentoringError('REQUEST_NOT_FOUND', 'There is no such open request for you here.');
