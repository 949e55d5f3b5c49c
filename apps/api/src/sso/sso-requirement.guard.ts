import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { EventRole } from '@hackboard/contracts';
import type { AccessRequest } from '../access/access.guard.js';
import { type AccessRule, ACCESS_RULES, satisfies } from '../access/access.rules.js';
import { SsoService } from './sso.service.js';

const REQUIRABLE: readonly AccessRule[] = ['jury', 'agency'];

/**
 * Runs after the access guard: a caller who reaches an endpoint only as the event's juror or
 * challenge owner must have signed in through the provider the event requires for that role.
 * Endpoints open to them for another reason (organizer, any member, anyone) are not affected.
 */
@Injectable()
export class SsoRequirementGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sso: SsoService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AccessRequest>();
    const access = request.eventAccess;
    const user = request.user;
    if (!access || !user || access.isAdmin) return true;
    const rules =
      this.reflector.getAllAndOverride<AccessRule[] | undefined>(ACCESS_RULES, [
        context.getHandler(),
        context.getClass(),
      ]) ?? [];
    if (rules.some((rule) => !REQUIRABLE.includes(rule) && satisfies(rule, true, user.isAdmin, access))) return true;
    const actingAs = rules.filter(
      (rule): rule is EventRole => REQUIRABLE.includes(rule) && access.roles.has(rule as EventRole),
    );
    await this.sso.assertSignedInAsRequired(access.event.id, actingAs, user);
    return true;
  }
}
