import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { EventRoleEntity } from '../access/event-role.entity.js';
import { OrganizationEntity } from './organization.entity.js';

@Injectable()
export class OrganizationsRepository {
  constructor(@InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>) {}

  findPage(limit: number, offset: number): Promise<[OrganizationEntity[], number]> {
    return this.organizations.findAndCount({ order: { name: 'ASC', id: 'ASC' }, take: limit, skip: offset });
  }

  findById(id: string, manager: EntityManager = this.organizations.manager): Promise<OrganizationEntity | null> {
    return manager.findOne(OrganizationEntity, { where: { id } });
  }

  findByIds(ids: string[]): Promise<OrganizationEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.organizations.find({ where: { id: In([...new Set(ids)]) } });
  }

  allNames(manager: EntityManager): Promise<Pick<OrganizationEntity, 'id' | 'name'>[]> {
    return manager.find(OrganizationEntity, { select: { id: true, name: true } });
  }

  insert(manager: EntityManager, organization: Partial<OrganizationEntity>): Promise<OrganizationEntity> {
    return manager.save(OrganizationEntity, manager.create(OrganizationEntity, organization));
  }

  async update(manager: EntityManager, id: string, changes: Partial<OrganizationEntity>): Promise<OrganizationEntity> {
    await manager.update(OrganizationEntity, { id }, changes);
    return manager.findOneOrFail(OrganizationEntity, { where: { id } });
  }

  isOrganizerAnywhere(userId: string): Promise<boolean> {
    return this.organizations.manager.exists(EventRoleEntity, { where: { userId, role: 'organizer' } });
  }

  /** Agency members of an organization are the users with an agency role for it, in any event. */
  isAgencyMember(userId: string, organizationId: string): Promise<boolean> {
    return this.organizations.manager.exists(EventRoleEntity, {
      where: { userId, organizationId, role: 'agency' },
    });
  }
}
