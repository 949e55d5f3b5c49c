import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { EventSsoRequirementEntity, type SsoRequiredRole } from './event-sso-requirement.entity.js';
import { SsoIdentityEntity } from './sso-identity.entity.js';

@Injectable()
export class SsoRepository {
  constructor(
    @InjectRepository(SsoIdentityEntity) private readonly identities: Repository<SsoIdentityEntity>,
    @InjectRepository(EventSsoRequirementEntity) private readonly requirements: Repository<EventSsoRequirementEntity>,
  ) {}

  findIdentity(providerId: string, subject: string): Promise<SsoIdentityEntity | null> {
    return this.identities.findOne({ where: { providerId, subject } });
  }

  findIdentityOf(userId: string, id: string): Promise<SsoIdentityEntity | null> {
    return this.identities.findOne({ where: { userId, id } });
  }

  identitiesOf(userId: string): Promise<SsoIdentityEntity[]> {
    return this.identities.find({ where: { userId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  insertIdentity(
    identity: Pick<SsoIdentityEntity, 'userId' | 'providerId' | 'subject' | 'email' | 'emailVerified' | 'lastSignInAt'>,
  ): Promise<SsoIdentityEntity> {
    return this.identities.save(this.identities.create(identity));
  }

  async recordSignIn(id: string, changes: Pick<SsoIdentityEntity, 'email' | 'emailVerified' | 'lastSignInAt'>) {
    await this.identities.update({ id }, changes);
  }

  /** Removes the identity; false when it was already gone. */
  async deleteIdentity(userId: string, id: string): Promise<boolean> {
    const result = await this.identities.delete({ userId, id });
    return (result.affected ?? 0) > 0;
  }

  async deleteAllIdentitiesOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(SsoIdentityEntity, { userId });
  }

  requirementsOf(eventId: string): Promise<EventSsoRequirementEntity[]> {
    return this.requirements.find({ where: { eventId } });
  }

  async setRequirement(
    manager: EntityManager,
    eventId: string,
    role: SsoRequiredRole,
    providerId: string | null,
  ): Promise<void> {
    await manager.delete(EventSsoRequirementEntity, { eventId, role });
    if (providerId) await manager.insert(EventSsoRequirementEntity, { eventId, role, providerId });
  }
}
