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

  /** `passwordHash` null: an account that signs in only through an OpenID Connect provider. */
  create(input: {
    email: string;
    passwordHash: string | null;
    displayName: string;
    language: Language;
    isAdmin?: boolean;
  }) {
    return this.users.insert({ ...input, email: input.email.toLowerCase(), isAdmin: input.isAdmin ?? false });
  }

  anonymise(manager: EntityManager, id: string, at: Date): Promise<void> {
    return this.users.anonymise(manager, id, at);
  }

  updateProfile(id: string, changes: { displayName?: string; language?: Language }): Promise<void> {
    return this.users.update(id, changes);
  }
}
