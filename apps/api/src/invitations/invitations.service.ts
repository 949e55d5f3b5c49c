import { createHash, randomBytes } from 'node:crypto';
import type {
  CreateInvitationInput,
  CreatedInvitationDto,
  InvitationDto,
  InvitationPreviewDto,
  InvitationStatus,
} from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { EventAccess } from '../access/access.rules.js';
import { AccessService } from '../access/access.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { Clock } from '../common/clock.js';
import { MailService } from '../mail/mail.service.js';
import { SsoService } from '../sso/sso.service.js';
import { UsersService } from '../users/users.service.js';
import type { InvitationEntity } from './invitation.entity.js';
import { InvitationError } from './invitations.errors.js';
import { InvitationsRepository } from './invitations.repository.js';

const VALID_DAYS = 14;
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Organizers invite organizers, agency members and jurors by a link, mailed to the invited address. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly access: AccessService,
    private readonly users: UsersService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly sso: SsoService,
  ) {}

  async create(access: EventAccess, user: AuthUser, input: CreateInvitationInput): Promise<CreatedInvitationDto> {
    const token = randomBytes(24).toString('base64url');
    const now = this.clock.now();
    try {
      const invitation = await this.dataSource.transaction(async (manager) => {
        const created = await this.invitations.insert(manager, {
          eventId: access.event.id,
          email: input.email,
          role: input.role,
          organizationId: input.organizationId ?? null,
          tokenHash: hash(token),
          expiresAt: new Date(now.getTime() + VALID_DAYS * 86_400_000),
          createdBy: user.id,
          createdAt: now,
        });
        await this.audit.record(manager, {
          eventId: access.event.id,
          actorId: user.id,
          action: 'invitation.created',
          targetType: 'invitation',
          targetId: created.id,
          details: { role: input.role, organizationId: input.organizationId ?? null },
        });
        await this.mailInvitation(manager, user, input, token);
        return created;
      });
      return { ...this.toDto(invitation), token, acceptPath: `/invitations/${token}`, emailed: true };
    } catch (error) {
      // The foreign key is the check that the organization exists.
      if (error instanceof QueryFailedError && input.organizationId) {
        throw new InvitationError('ORGANIZATION_NOT_FOUND', 'There is no such organization.', {
          organizationId: 'does not exist',
        });
      }
      throw error;
    }
  }

  /** The link goes to the invited address, in its account's language, else the one asked for, else the inviter's. */
  private async mailInvitation(
    manager: EntityManager,
    user: AuthUser,
    input: CreateInvitationInput,
    token: string,
  ): Promise<void> {
    const invitation = (await this.invitations.findByTokenHash(hash(token), manager))!;
    const [inviter] = await this.users.findManyActive(manager, [user.id]);
    const account = await this.users.findByEmail(input.email);
    const [invitee] = account ? await this.mail.recipients(manager, [account.id]) : [];
    const language = invitee?.language ?? input.language ?? inviter?.language ?? 'sv';
    await this.mail.enqueue(manager, {
      template: 'invitation',
      recipients: [invitee ?? { userId: null, address: input.email, language, name: '', optOuts: '' }],
      eventId: invitation.eventId,
      params: (r) => ({
        email: input.email,
        inviterName: inviter?.displayName ?? '',
        eventName: invitation.event.name,
        roleName: this.mail.roleName(r.language, input.role),
        organizationName: invitation.organization?.name ?? null,
        expiresAt: this.mail.formatInstant(invitation.expiresAt, r.language, invitation.event.timezone),
        link: this.mail.link(`/invitations/${token}`),
      }),
    });
  }

  async list(access: EventAccess): Promise<InvitationDto[]> {
    return (await this.invitations.listForEvent(access.event.id)).map((invitation) => this.toDto(invitation));
  }

  async revoke(access: EventAccess, user: AuthUser, invitationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await this.invitations.findInEvent(access.event.id, invitationId);
      if (!invitation) throw new InvitationError('INVITATION_NOT_FOUND', 'This event has no such invitation.');
      if (invitation.acceptedAt)
        throw new InvitationError('INVITATION_USED', 'This invitation has already been accepted.');
      await this.invitations.delete(manager, invitation.id);
      await this.audit.record(manager, {
        eventId: access.event.id,
        actorId: user.id,
        action: 'invitation.revoked',
        targetType: 'invitation',
        targetId: invitation.id,
      });
    });
  }

  forgetEmail(manager: EntityManager, email: string): Promise<void> {
    return this.invitations.forgetEmail(manager, email);
  }

  async preview(token: string): Promise<InvitationPreviewDto> {
    const invitation = await this.byToken(token);
    return {
      eventSlug: invitation.event.slug,
      eventName: invitation.event.name,
      role: invitation.role,
      organizationName: invitation.organization?.name ?? null,
      status: this.statusOf(invitation),
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /** Accepting gives the role; the invitation works once and only for the account with the invited email. */
  async accept(user: AuthUser, token: string): Promise<InvitationPreviewDto> {
    const invitation = await this.byToken(token);
    const status = this.statusOf(invitation);
    if (status === 'accepted')
      throw new InvitationError('INVITATION_USED', 'This invitation has already been accepted.');
    if (status === 'expired')
      throw new InvitationError('INVITATION_EXPIRED', 'This invitation has expired. Ask the organizer for a new one.');
    const account = await this.users.findActive(user.id);
    if (account?.email !== invitation.email) {
      throw new InvitationError(
        'INVITATION_FOR_OTHER_EMAIL',
        'This invitation was sent to another email address. Sign in with that account.',
      );
    }
    await this.sso.assertSignedInAsRequired(invitation.eventId, [invitation.role], user);
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.invitations.markAccepted(manager, invitation.id, user.id, now))) {
        throw new InvitationError('INVITATION_USED', 'This invitation has already been accepted.');
      }
      await this.access.grant(manager, {
        eventId: invitation.eventId,
        userId: user.id,
        role: invitation.role,
        organizationId: invitation.organizationId,
      });
      await this.audit.record(manager, {
        eventId: invitation.eventId,
        actorId: user.id,
        action: 'role.granted',
        targetType: 'user',
        targetId: user.id,
        details: { role: invitation.role, organizationId: invitation.organizationId, invitationId: invitation.id },
      });
    });
    return this.preview(token);
  }

  private async byToken(token: string) {
    const invitation = token.length <= 100 ? await this.invitations.findByTokenHash(hash(token)) : null;
    if (!invitation) throw new InvitationError('INVITATION_NOT_FOUND', 'This invitation link is not valid.');
    return invitation;
  }

  private statusOf(invitation: InvitationEntity): InvitationStatus {
    if (invitation.acceptedAt) return 'accepted';
    return invitation.expiresAt.getTime() <= this.clock.now().getTime() ? 'expired' : 'pending';
  }

  private toDto(invitation: InvitationEntity): InvitationDto {
    return {
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      organizationId: invitation.organizationId,
      status: this.statusOf(invitation),
      expiresAt: invitation.expiresAt.toISOString(),
      acceptedAt: invitation.acceptedAt?.toISOString() ?? null,
      createdAt: invitation.createdAt.toISOString(),
    };
  }
}
