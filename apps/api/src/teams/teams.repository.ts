import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { TeamMemberEntity } from './team-member.entity.js';
import { TeamEntity } from './team.entity.js';

export type MemberRow = TeamMemberEntity & { user: UserEntity };

@Injectable()
export class TeamsRepository {
  constructor(@InjectRepository(TeamEntity) private readonly teams: Repository<TeamEntity>) {}

  private get manager(): EntityManager {
    return this.teams.manager;
  }

  /** Always by event and id together, so an id from another event is simply not found. */
  findInEvent(eventId: string, id: string, manager = this.manager): Promise<TeamEntity | null> {
    return manager.findOne(TeamEntity, { where: { eventId, id } });
  }

  findByInviteCode(eventId: string, inviteCode: string): Promise<TeamEntity | null> {
    return this.manager.findOne(TeamEntity, { where: { eventId, inviteCode } });
  }

  findByIds(ids: string[]): Promise<TeamEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.manager.find(TeamEntity, { where: { id: In([...new Set(ids)]) } });
  }

  /**
   * Reads the team and holds it until the transaction ends, so changes to one team take turns:
   * `update` for changes to the team itself, `share` for work that only needs it to stay as it is.
   * SQLite runs one writer at a time anyway.
   */
  lock(manager: EntityManager, eventId: string, id: string, mode: 'update' | 'share'): Promise<TeamEntity | null> {
    const query = manager.createQueryBuilder(TeamEntity, 'team').where({ eventId, id });
    if (manager.connection.options.type === 'postgres') {
      query.setLock(mode === 'update' ? 'pessimistic_write' : 'pessimistic_read');
    }
    return query.getOne();
  }

  membershipOf(eventId: string, userId: string, manager = this.manager): Promise<TeamMemberEntity | null> {
    return manager.findOne(TeamMemberEntity, { where: { eventId, userId } });
  }

  findMember(manager: EntityManager, teamId: string, userId: string): Promise<TeamMemberEntity | null> {
    return manager.findOne(TeamMemberEntity, { where: { teamId, userId } });
  }

  /** Members of the given teams, longest-standing first, with their display names. */
  membersOf(teamIds: string[], manager = this.manager): Promise<MemberRow[]> {
    if (teamIds.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(TeamMemberEntity, 'member')
      .innerJoinAndMapOne('member.user', UserEntity, 'user', 'user.id = member.user_id')
      .where('member.team_id IN (:...teamIds)', { teamIds: [...new Set(teamIds)] })
      .orderBy('member.joined_at', 'ASC')
      .addOrderBy('member.id', 'ASC')
      .getMany() as Promise<MemberRow[]>;
  }

  async memberUserIds(manager: EntityManager, teamId: string): Promise<string[]> {
    const rows = await manager.find(TeamMemberEntity, { select: { userId: true }, where: { teamId } });
    return rows.map((row) => row.userId);
  }

  /** The member who has been in the team longest: the next captain when the captain leaves. */
  longestStanding(manager: EntityManager, teamId: string): Promise<TeamMemberEntity | null> {
    return manager.findOne(TeamMemberEntity, { where: { teamId }, order: { joinedAt: 'ASC', id: 'ASC' } });
  }

  page(eventId: string, limit: number, offset: number): Promise<[TeamEntity[], number]> {
    return this.manager.findAndCount(TeamEntity, {
      where: { eventId },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
  }

  insertTeam(manager: EntityManager, team: Partial<TeamEntity>): Promise<TeamEntity> {
    return manager.save(TeamEntity, manager.create(TeamEntity, team));
  }

  insertMember(manager: EntityManager, member: Partial<TeamMemberEntity>): Promise<TeamMemberEntity> {
    return manager.save(TeamMemberEntity, manager.create(TeamMemberEntity, member));
  }

  /**
   * Takes one place in the team if it still has room under `maxSize` and the code is still its
   * invite code. One conditional UPDATE: concurrent joins queue on the row, and each re-checks the
   * count the previous one left. Also keeps the team's limit in step with the event's.
   */
  async takePlace(manager: EntityManager, teamId: string, inviteCode: string, maxSize: number): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(TeamEntity)
      .set({ memberCount: () => 'member_count + 1', maxSize })
      .where('id = :teamId AND invite_code = :inviteCode AND member_count < :maxSize', {
        teamId,
        inviteCode,
        maxSize,
      })
      .execute();
    return result.affected === 1;
  }

  async releasePlace(manager: EntityManager, teamId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(TeamEntity)
      .set({ memberCount: () => 'member_count - 1' })
      .where('id = :teamId', { teamId })
      .execute();
  }

  async update(manager: EntityManager, id: string, changes: Partial<TeamEntity>): Promise<void> {
    await manager.update(TeamEntity, { id }, changes);
  }

  async deleteMember(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(TeamMemberEntity, { id });
  }

  async deleteTeam(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(TeamEntity, { id });
  }

  /**
   * Whether the team has a submission. Read from the submissions table by name: the submissions
   * feature builds on teams, so teams cannot ask its service without a cycle.
   */
  hasSubmissions(manager: EntityManager, teamId: string): Promise<boolean> {
    return manager
      .createQueryBuilder()
      .select('1')
      .from('submissions', 'submission')
      .where('submission.team_id = :teamId', { teamId })
      .getRawOne()
      .then((row) => row !== undefined && row !== null);
  }
}
