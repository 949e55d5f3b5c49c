import type { EventRole, MembershipDto } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth.tokens.js';
import { AccessError } from './access.errors.js';
import { AccessRepository } from './access.repository.js';
import type { EventAccess } from './access.rules.js';
import type { EventRoleEntity } from './event-role.entity.js';

/** Roles per event: who is what where. The guard and the features ask here, nowhere else. */
@Injectable()
export class AccessService {
  constructor(private readonly access: AccessRepository) {}

  /**
   * The event named by a request and the caller's roles in it. An event that is not public is
   * reported as missing to anyone without a role in it, so its existence does not leak.
   */
  async eventAccess(idOrSlug: string, user: AuthUser | null): Promise<EventAccess> {
    const event = await this.access.findEvent(idOrSlug);
    if (!event) throw new AccessError('EVENT_NOT_FOUND', 'This event does not exist or is not public.');
    const rows = user ? await this.access.rolesOf(event.id, user.id) : [];
    const access: EventAccess = {
      event,
      roles: new Set(rows.map((row) => row.role)),
      organizationIds: rows.filter((row) => row.organizationId).map((row) => row.organizationId!),
      isAdmin: user?.isAdmin ?? false,
    };
    if (!event.isPublic && !access.isAdmin && access.roles.size === 0) {
      throw new AccessError('EVENT_NOT_FOUND', 'This event does not exist or is not public.');
    }
    return access;
  }

  membershipsOf(userId: string): Promise<MembershipDto[]> {
    return this.access.membershipsOf(userId);
  }

  listRoles(eventId: string): Promise<EventRoleEntity[]> {
    return this.access.listForEvent(eventId);
  }

  findRole(eventId: string, id: string): Promise<EventRoleEntity | null> {
    return this.access.findInEvent(eventId, id);
  }

  /**
   * Gives a user a role in an event. A juror cannot also compete in the same event, and the other
   * way round: that is a conflict of interest the platform refuses outright.
   */
  async grant(
    manager: EntityManager,
    grant: { eventId: string; userId: string; role: EventRole; organizationId: string | null },
  ): Promise<EventRoleEntity> {
    const current = await this.access.rolesOf(grant.eventId, grant.userId);
    const clash = grant.role === 'jury' ? 'participant' : grant.role === 'participant' ? 'jury' : null;
    if (clash && current.some((row) => row.role === clash)) {
      throw new AccessError('ROLE_CONFLICT', `A ${clash} of this event cannot also be its ${grant.role}.`);
    }
    return this.access.grant(manager, grant);
  }

  remove(manager: EntityManager, id: string): Promise<void> {
    return this.access.remove(manager, id);
  }
}
