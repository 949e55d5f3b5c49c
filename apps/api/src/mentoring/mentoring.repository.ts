import type { HelpStatus } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { HelpRequestEntity, MentorBookingEntity, MentorProfileEntity, MentorSlotEntity } from './mentoring.entities.js';

@Injectable()
export class MentoringRepository {
  constructor(
    @InjectRepository(MentorProfileEntity) private readonly profiles: Repository<MentorProfileEntity>,
    @InjectRepository(MentorSlotEntity) private readonly slots: Repository<MentorSlotEntity>,
    @InjectRepository(MentorBookingEntity) private readonly bookings: Repository<MentorBookingEntity>,
    @InjectRepository(HelpRequestEntity) private readonly requests: Repository<HelpRequestEntity>,
  ) {}

  profilesOf(eventId: string): Promise<MentorProfileEntity[]> {
    return this.profiles.findBy({ eventId });
  }

  async saveSkills(manager: EntityManager, eventId: string, userId: string, skills: string): Promise<void> {
    const existing = await manager.findOneBy(MentorProfileEntity, { eventId, userId });
    if (existing) await manager.update(MentorProfileEntity, { id: existing.id }, { skills });
    else await manager.save(MentorProfileEntity, manager.create(MentorProfileEntity, { eventId, userId, skills }));
  }

  slotsOf(eventId: string): Promise<MentorSlotEntity[]> {
    return this.slots.find({ where: { eventId }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  findSlot(manager: EntityManager, eventId: string, id: string): Promise<MentorSlotEntity | null> {
    return manager.findOneBy(MentorSlotEntity, { eventId, id });
  }

  insertSlot(manager: EntityManager, slot: Partial<MentorSlotEntity>): Promise<MentorSlotEntity> {
    return manager.save(MentorSlotEntity, manager.create(MentorSlotEntity, slot));
  }

  /** Deletes the slot unless it is booked; the answer says whether it did. */
  async removeUnbookedSlot(manager: EntityManager, id: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(MentorSlotEntity)
      .where('id = :id', { id })
      .andWhere('NOT EXISTS (SELECT 1 FROM mentor_bookings booking WHERE booking.slot_id = :id)')
      .execute();
    return (result.affected ?? 0) === 1;
  }

  bookingsOf(slotIds: string[]): Promise<MentorBookingEntity[]> {
    return slotIds.length ? this.bookings.findBy({ slotId: In(slotIds) }) : Promise.resolve([]);
  }

  findBooking(manager: EntityManager, slotId: string): Promise<MentorBookingEntity | null> {
    return manager.findOneBy(MentorBookingEntity, { slotId });
  }

  insertBooking(manager: EntityManager, booking: Partial<MentorBookingEntity>): Promise<MentorBookingEntity> {
    return manager.save(MentorBookingEntity, manager.create(MentorBookingEntity, booking));
  }

  async removeBooking(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(MentorBookingEntity, { id });
  }

  /** Waiting and claimed requests, oldest first: the order mentors take them in. */
  openRequests(eventId: string): Promise<HelpRequestEntity[]> {
    return this.requests.find({
      where: { eventId, status: In(['waiting', 'claimed']) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  findRequest(manager: EntityManager, eventId: string, id: string): Promise<HelpRequestEntity | null> {
    return manager.findOneBy(HelpRequestEntity, { eventId, id });
  }

  insertRequest(manager: EntityManager, request: Partial<HelpRequestEntity>): Promise<HelpRequestEntity> {
    return manager.save(HelpRequestEntity, manager.create(HelpRequestEntity, request));
  }

  /**
   * Moves a request on only from the status it is expected in; the answer says whether it did, so
   * of mentors racing for one request exactly one wins.
   */
  async transition(
    manager: EntityManager,
    id: string,
    from: { status: HelpStatus[]; mentorId?: string; teamId?: string; headOfQueue?: string },
    to: Partial<HelpRequestEntity>,
  ): Promise<boolean> {
    const query = manager
      .createQueryBuilder()
      .update(HelpRequestEntity)
      .set(to)
      .where('id = :id', { id })
      .andWhere('status IN (:...statuses)', { statuses: from.status });
    if (from.mentorId) query.andWhere('mentor_id = :mentorId', { mentorId: from.mentorId });
    if (from.teamId) query.andWhere('team_id = :teamId', { teamId: from.teamId });
    if (from.headOfQueue) {
      // Only the request that has waited longest in its event (by the order the queue shows).
      query.andWhere(
        `NOT EXISTS (SELECT 1 FROM help_requests older WHERE older.event_id = :queueEventId AND older.status = 'waiting'
          AND (older.created_at < help_requests.created_at
            OR (older.created_at = help_requests.created_at AND older.id < help_requests.id)))`,
        { queueEventId: from.headOfQueue },
      );
    }
    const result = await query.execute();
    return (result.affected ?? 0) === 1;
  }
}
