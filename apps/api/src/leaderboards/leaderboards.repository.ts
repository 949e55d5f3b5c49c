import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { EventEntity } from '../events/event.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { LeaderboardSnapshotEntity, type SnapshotBoard } from './leaderboard-snapshot.entity.js';

@Injectable()
export class LeaderboardsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  findEvent(eventId: string, manager = this.manager): Promise<EventEntity | null> {
    return manager.findOne(EventEntity, { where: { id: eventId } });
  }

  /** Freeze and publication times live on the event; only this feature writes them. */
  async updateEvent(
    manager: EntityManager,
    eventId: string,
    changes: Pick<Partial<EventEntity>, 'leaderboardFrozenAt' | 'resultsPublishedAt'>,
  ): Promise<void> {
    await manager.update(EventEntity, { id: eventId }, changes);
  }

  /**
   * The newest snapshot of a kind of one board: a rubric board is the event's (roundId null) or a
   * round's, a pairwise board a round's, an audience board the event's (challengeId null) or a challenge's.
   */
  latestSnapshot(
    eventId: string,
    kind: LeaderboardSnapshotEntity['kind'],
    board: SnapshotBoard,
    at: { roundId?: string | null; challengeId?: string | null },
    manager = this.manager,
  ): Promise<LeaderboardSnapshotEntity | null> {
    return manager.findOne(LeaderboardSnapshotEntity, {
      where: { eventId, kind, board, roundId: at.roundId ?? IsNull(), challengeId: at.challengeId ?? IsNull() },
      order: { createdAt: 'DESC', version: 'DESC', id: 'DESC' },
    });
  }

  hasSnapshot(eventId: string, kind: LeaderboardSnapshotEntity['kind'], manager = this.manager): Promise<boolean> {
    return manager.exists(LeaderboardSnapshotEntity, { where: { eventId, kind } });
  }

  async insertSnapshots(manager: EntityManager, snapshots: Partial<LeaderboardSnapshotEntity>[]): Promise<void> {
    if (snapshots.length === 0) return;
    await manager.save(
      LeaderboardSnapshotEntity,
      snapshots.map((snapshot) => manager.create(LeaderboardSnapshotEntity, snapshot)),
    );
  }

  async displayNames(userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const users = await this.manager.find(UserEntity, {
      select: { id: true, displayName: true },
      where: { id: In([...new Set(userIds)]) },
    });
    return new Map(users.map((user) => [user.id, user.displayName]));
  }
}
