import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, type Repository } from 'typeorm';
import { EventEntity } from '../events/event.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { InvitationEntity } from './invitation.entity.js';

export type InvitationWithNames = InvitationEntity & { event: EventEntity; organization: OrganizationEntity | null };

@Injectable()
export class InvitationsRepository {
  constructor(@InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>) {}

  insert(manager: EntityManager, invitation: Partial<InvitationEntity>): Promise<InvitationEntity> {
    return manager.save(InvitationEntity, manager.create(InvitationEntity, invitation));
  }

  listForEvent(eventId: string): Promise<InvitationEntity[]> {
    return this.invitations.find({ where: { eventId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  findInEvent(eventId: string, id: string): Promise<InvitationEntity | null> {
    return this.invitations.findOne({ where: { eventId, id } });
  }

  findByTokenHash(tokenHash: string, manager?: EntityManager): Promise<InvitationWithNames | null> {
    return (manager?.getRepository(InvitationEntity) ?? this.invitations)
      .createQueryBuilder('invitation')
      .innerJoinAndMapOne('invitation.event', EventEntity, 'event', 'event.id = invitation.event_id')
      .leftJoinAndMapOne(
        'invitation.organization',
        OrganizationEntity,
        'organization',
        'organization.id = invitation.organization_id',
      )
      .where('invitation.token_hash = :tokenHash', { tokenHash })
      .getOne() as Promise<InvitationWithNames | null>;
  }

  /** Marks the invitation used; false when a concurrent accept got there first. */
  async markAccepted(manager: EntityManager, id: string, userId: string, at: Date): Promise<boolean> {
    const result = await manager.update(
      InvitationEntity,
      { id, acceptedAt: IsNull() },
      { acceptedAt: at, acceptedBy: userId },
    );
    return (result.affected ?? 0) > 0;
  }

  /** Drops pending invitations to the address and blanks it in accepted ones (their record stays). */
  async forgetEmail(manager: EntityManager, email: string): Promise<void> {
    await manager.delete(InvitationEntity, { email, acceptedAt: IsNull() });
    await manager.update(InvitationEntity, { email }, { email: 'erased' });
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(InvitationEntity, { id });
  }
}
