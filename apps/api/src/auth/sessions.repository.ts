import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, MoreThan, type Repository } from 'typeorm';
import { SessionEntity } from './session.entity.js';

@Injectable()
export class SessionsRepository {
  constructor(@InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>) {}

  insert(
    session: Pick<SessionEntity, 'userId' | 'tokenHash' | 'expiresAt' | 'ssoProviderId' | 'ssoSignedInAt'>,
  ): Promise<SessionEntity> {
    return this.sessions.save(this.sessions.create({ ...session, revokedAt: null }));
  }

  findById(id: string): Promise<SessionEntity | null> {
    return this.sessions.findOne({ where: { id } });
  }

  findUsable(tokenHash: string, now: Date): Promise<SessionEntity | null> {
    return this.sessions.findOne({ where: { tokenHash, revokedAt: IsNull(), expiresAt: MoreThan(now) } });
  }

  async isUsable(id: string, userId: string, now: Date): Promise<boolean> {
    return this.sessions.exists({ where: { id, userId, revokedAt: IsNull(), expiresAt: MoreThan(now) } });
  }

  /** Marks the session used up; false when another request already did (a replayed refresh token). */
  async revoke(id: string, now: Date): Promise<boolean> {
    const result = await this.sessions.update({ id, revokedAt: IsNull() }, { revokedAt: now });
    return (result.affected ?? 0) > 0;
  }

  async deleteAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(SessionEntity, { userId });
  }
}
