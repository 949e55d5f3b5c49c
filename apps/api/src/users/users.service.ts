import type { Language } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { UserEntity } from './user.entity.js';
import { UsersRepository } from './users.repository.js';

@Injectable()
export class UsersService {
  constructor(private readonly users: UsersRepository) {}

  findActive(id: string): Promise<UserEntity | null> {
    return this.users.findActiveById(id);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findByEmail(email.toLowerCase());
  }

  /** Active accounts among `ids`, read inside the caller's transaction. */
  findManyActive(manager: EntityManager, ids: readonly string[]): Promise<UserEntity[]> {
    return this.users.findManyActive(manager, ids);
  }

  create(
    input: {
      email: string;
      /** Null: an account that signs in only through an OpenID Connect provider. */
      passwordHash: string | null;
      displayName: string;
      language: Language;
      isAdmin?: boolean;
      emailVerifiedAt?: Date | null;
    },
    manager?: EntityManager,
  ) {
    return this.users.insert(
      {
        ...input,
        email: input.email.toLowerCase(),
        isAdmin: input.isAdmin ?? false,
        emailVerifiedAt: input.emailVerifiedAt ?? null,
      },
      manager,
    );
  }

  async markEmailVerified(id: string, at: Date): Promise<void> {
    await this.users.updateAccount(this.users.manager, id, { emailVerifiedAt: at });
  }

  updateAccount(
    manager: EntityManager,
    id: string,
    changes: Partial<Pick<UserEntity, 'email' | 'emailVerifiedAt' | 'passwordHash' | 'mailOptOuts'>>,
  ): Promise<void> {
    return this.users.updateAccount(manager, id, changes);
  }

  anonymise(manager: EntityManager, id: string, at: Date): Promise<void> {
    return this.users.anonymise(manager, id, at);
  }

  updateProfile(id: string, changes: { displayName?: string; language?: Language }): Promise<void> {
    return this.users.update(id, changes);
  }
}
