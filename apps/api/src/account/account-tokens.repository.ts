import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull, MoreThan } from 'typeorm';
import { AccountTokenEntity, type AccountTokenPurpose } from './account-token.entity.js';

@Injectable()
export class AccountTokensRepository {
  async insert(
    manager: EntityManager,
    token: Pick<AccountTokenEntity, 'userId' | 'purpose' | 'tokenHash' | 'newEmail' | 'expiresAt'>,
  ): Promise<void> {
    await manager.insert(AccountTokenEntity, { ...token, usedAt: null });
  }

  findUsable(
    manager: EntityManager,
    purpose: AccountTokenPurpose,
    tokenHash: string,
    now: Date,
  ): Promise<AccountTokenEntity | null> {
    return manager.findOne(AccountTokenEntity, {
      where: { purpose, tokenHash, usedAt: IsNull(), expiresAt: MoreThan(now) },
    });
  }

  /** Uses the token up; false when another request used it first (each link works once). */
  async use(manager: EntityManager, id: string, now: Date): Promise<boolean> {
    const result = await manager.update(AccountTokenEntity, { id, usedAt: IsNull() }, { usedAt: now });
    return (result.affected ?? 0) > 0;
  }

  /** A new link replaces the person's earlier ones of the same purpose. */
  async useAllOf(manager: EntityManager, userId: string, purpose: AccountTokenPurpose, now: Date): Promise<void> {
    await manager.update(AccountTokenEntity, { userId, purpose, usedAt: IsNull() }, { usedAt: now });
  }

  async deleteAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(AccountTokenEntity, { userId });
  }
}
