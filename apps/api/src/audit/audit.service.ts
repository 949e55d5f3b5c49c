import type { AuditEntryDto, Page } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { Clock } from '../common/clock.js';
import { UserEntity } from '../users/user.entity.js';
import { AuditEntryEntity } from './audit-entry.entity.js';

export interface AuditRecord {
  eventId: string | null;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

/** Who did what to which record, written in the same transaction as the change itself. */
@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>,
    private readonly clock: Clock,
  ) {}

  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.save(
      AuditEntryEntity,
      manager.create(AuditEntryEntity, {
        ...record,
        targetId: record.targetId ?? null,
        details: record.details ?? {},
        createdAt: this.clock.now(),
      }),
    );
  }

  async list(eventId: string, limit: number, offset: number): Promise<Page<AuditEntryDto>> {
    const [rows, total] = await this.entries
      .createQueryBuilder('entry')
      .leftJoinAndMapOne('entry.actor', UserEntity, 'actor', 'actor.id = entry.actor_id')
      .where('entry.event_id = :eventId', { eventId })
      .orderBy('entry.created_at', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
    return {
      items: rows.map((row) => {
        const actor = (row as AuditEntryEntity & { actor?: UserEntity | null }).actor;
        return {
          id: row.id,
          action: row.action,
          targetType: row.targetType,
          targetId: row.targetId,
          details: row.details,
          actor: actor ? { id: actor.id, displayName: actor.displayName } : null,
          at: row.createdAt.toISOString(),
        };
      }),
      total,
      limit,
      offset,
    };
  }
}
