import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { FinderSettingsEntity } from './finder-settings.entity.js';
import { JoinRequestEntity } from './join-request.entity.js';
import { ParticipantProfileEntity } from './participant-profile.entity.js';
import { TeamListingEntity } from './team-listing.entity.js';

/** A participant of the event with their team membership, read from the tables by name. */
export interface ParticipantRow {
  userId: string;
  displayName: string;
  teamId: string | null;
}

/** A team of the event with its size, read from the teams table by name. */
export interface TeamRow {
  id: string;
  name: string;
  memberCount: number;
  createdAt: Date;
}

@Injectable()
export class TeamFinderRepository {
  constructor(
    @InjectRepository(ParticipantProfileEntity) private readonly profiles: Repository<ParticipantProfileEntity>,
  ) {}

  private get manager(): EntityManager {
    return this.profiles.manager;
  }

  settings(eventId: string): Promise<FinderSettingsEntity | null> {
    return this.manager.findOne(FinderSettingsEntity, { where: { eventId } });
  }

  async saveSettings(manager: EntityManager, eventId: string, skills: string[], now: Date): Promise<void> {
    const existing = await manager.findOne(FinderSettingsEntity, { where: { eventId } });
    if (existing) await manager.update(FinderSettingsEntity, { id: existing.id }, { skills, updatedAt: now });
    else
      await manager.save(
        FinderSettingsEntity,
        manager.create(FinderSettingsEntity, { eventId, skills, updatedAt: now }),
      );
  }

  profile(eventId: string, userId: string, manager = this.manager): Promise<ParticipantProfileEntity | null> {
    return manager.findOne(ParticipantProfileEntity, { where: { eventId, userId } });
  }

  profilesOf(eventId: string, userIds: string[]): Promise<ParticipantProfileEntity[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return this.manager.find(ParticipantProfileEntity, { where: { eventId, userId: In([...new Set(userIds)]) } });
  }

  async saveProfile(manager: EntityManager, profile: Omit<ParticipantProfileEntity, 'id'>): Promise<void> {
    const existing = await this.profile(profile.eventId, profile.userId, manager);
    if (existing) await manager.update(ParticipantProfileEntity, { id: existing.id }, profile);
    else await manager.save(ParticipantProfileEntity, manager.create(ParticipantProfileEntity, profile));
  }

  listing(teamId: string, manager = this.manager): Promise<TeamListingEntity | null> {
    return manager.findOne(TeamListingEntity, { where: { teamId } });
  }

  listingsOf(eventId: string): Promise<TeamListingEntity[]> {
    return this.manager.find(TeamListingEntity, { where: { eventId } });
  }

  async saveListing(manager: EntityManager, listing: Omit<TeamListingEntity, 'id'>): Promise<void> {
    const existing = await this.listing(listing.teamId, manager);
    if (existing) await manager.update(TeamListingEntity, { id: existing.id }, listing);
    else await manager.save(TeamListingEntity, manager.create(TeamListingEntity, listing));
  }

  /** The event's participants and their team, if any, by name then id. */
  async participants(eventId: string): Promise<ParticipantRow[]> {
    const rows: { user_id: string; display_name: string; team_id: string | null }[] = await this.manager
      .createQueryBuilder()
      .select(['role.user_id AS user_id', 'account.display_name AS display_name', 'member.team_id AS team_id'])
      .from('event_roles', 'role')
      .innerJoin('users', 'account', 'account.id = role.user_id')
      .leftJoin('team_members', 'member', 'member.event_id = role.event_id AND member.user_id = role.user_id')
      .where("role.event_id = :eventId AND role.role = 'participant'", { eventId })
      .andWhere('account.erased_at IS NULL')
      .orderBy('account.display_name', 'ASC')
      .addOrderBy('role.user_id', 'ASC')
      .getRawMany();
    return rows.map((row) => ({ userId: row.user_id, displayName: row.display_name, teamId: row.team_id ?? null }));
  }

  async teams(eventId: string): Promise<TeamRow[]> {
    const rows: { id: string; name: string; member_count: number | string; created_at: Date | string }[] =
      await this.manager
        .createQueryBuilder()
        .select([
          'team.id AS id',
          'team.name AS name',
          'team.member_count AS member_count',
          'team.created_at AS created_at',
        ])
        .from('teams', 'team')
        .where('team.event_id = :eventId', { eventId })
        .getRawMany();
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      memberCount: Number(row.member_count),
      createdAt: new Date(row.created_at),
    }));
  }

  request(eventId: string, id: string, manager = this.manager): Promise<JoinRequestEntity | null> {
    return manager.findOne(JoinRequestEntity, { where: { eventId, id } });
  }

  requestFor(manager: EntityManager, teamId: string, userId: string): Promise<JoinRequestEntity | null> {
    return manager.findOne(JoinRequestEntity, { where: { teamId, userId } });
  }

  /** Pending requests and invitations of a person, or of a team, newest first. */
  pending(eventId: string, where: { userId?: string; teamId?: string }): Promise<JoinRequestEntity[]> {
    return this.manager.find(JoinRequestEntity, {
      where: { eventId, status: 'pending', ...where },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  async saveRequest(manager: EntityManager, request: Omit<JoinRequestEntity, 'id'>): Promise<JoinRequestEntity> {
    const existing = await this.requestFor(manager, request.teamId, request.userId);
    if (existing) {
      await manager.update(JoinRequestEntity, { id: existing.id }, request);
      return { ...existing, ...request };
    }
    return manager.save(JoinRequestEntity, manager.create(JoinRequestEntity, request));
  }

  /**
   * Holds a person's open requests and invitations of the event, in id order, until the
   * transaction ends: decisions about one person take turns, so two accepts never wait on each
   * other's rows. SQLite runs one writer at a time anyway.
   */
  async lockOpen(manager: EntityManager, eventId: string, userId: string): Promise<void> {
    if (manager.connection.options.type !== 'postgres') return;
    await manager
      .createQueryBuilder(JoinRequestEntity, 'request')
      .where("request.event_id = :eventId AND request.user_id = :userId AND request.status = 'pending'", {
        eventId,
        userId,
      })
      .orderBy('request.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
  }

  /**
   * Moves a request on from `pending` only if it still is: of two racing decisions on the same
   * request exactly one changes it.
   */
  async decide(
    manager: EntityManager,
    id: string,
    status: 'accepted' | 'declined' | 'withdrawn',
    decidedBy: string,
    now: Date,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(JoinRequestEntity)
      .set({ status, decidedBy, decidedAt: now })
      .where("id = :id AND status = 'pending'", { id })
      .execute();
    return result.affected === 1;
  }

  /** Once someone is in a team, their other open asks and invitations in the event are moot. */
  async withdrawOpen(manager: EntityManager, eventId: string, userId: string, now: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(JoinRequestEntity)
      .set({ status: 'withdrawn', decidedAt: now })
      .where("event_id = :eventId AND user_id = :userId AND status = 'pending'", { eventId, userId })
      .execute();
  }

  /** Erasure: a person's profiles and requests go; requests they made or decided for a team lose their name. */
  async forget(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(ParticipantProfileEntity, { userId });
    await manager.delete(JoinRequestEntity, { userId });
    await manager.update(JoinRequestEntity, { createdBy: userId }, { createdBy: null });
    await manager.update(JoinRequestEntity, { decidedBy: userId }, { decidedBy: null });
  }
}
