import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, IsNull, type Repository } from 'typeorm';
import { UserEntity } from './user.entity.js';

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  get manager(): EntityManager {
    return this.users.manager;
  }

  findActiveById(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id, erasedAt: IsNull() } });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { email, erasedAt: IsNull() } });
  }

  findManyActive(manager: EntityManager, ids: readonly string[]): Promise<UserEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.find(UserEntity, { where: { id: In([...new Set(ids)]), erasedAt: IsNull() } });
  }

  async updateAccount(
    manager: EntityManager,
    id: string,
    changes: Partial<Pick<UserEntity, 'email' | 'emailVerifiedAt' | 'passwordHash' | 'mailOptOuts'>>,
  ): Promise<void> {
    await manager.update(UserEntity, { id }, changes);
  }

  insert(
    user: Pick<UserEntity, 'email' | 'passwordHash' | 'displayName' | 'language' | 'isAdmin' | 'emailVerifiedAt'>,
    manager?: EntityManager,
  ): Promise<UserEntity> {
    return (manager?.getRepository(UserEntity) ?? this.users).save(this.users.create(user));
  }

  /** Removes everything that identifies the person; the row stays so the records pointing at it keep their shape. */
  async anonymise(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.update(
      UserEntity,
      { id },
      {
        email: null,
        passwordHash: null,
        emailVerifiedAt: null,
        mailOptOuts: '',
        displayName: 'Deleted user',
        isAdmin: false,
        erasedAt: at,
      },
    );
  }

  async update(id: string, changes: Partial<Pick<UserEntity, 'displayName' | 'language' | 'isAdmin'>>): Promise<void> {
    await this.users.update({ id }, changes);
  }
}
