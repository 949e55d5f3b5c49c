import type { PersonalDataDto } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountService } from '../account/account.service.js';
import { AuditService } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
import { AuthService } from '../auth/auth.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { Clock } from '../common/clock.js';
import { InvitationsService } from '../invitations/invitations.service.js';
import { SsoService } from '../sso/sso.service.js';
import { TeamFinderService } from '../team-finder/team-finder.service.js';
import { UsersService } from '../users/users.service.js';
import { PrivacyError } from './privacy.errors.js';
import { PrivacyRepository } from './privacy.repository.js';

/**
 * GDPR: a person can download everything held about them and erase their account. Erasure removes
 * what identifies them; their team's submission stays with the team, their scores stay with an
 * anonymous juror, and the audit log records the erasure without the erased data.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly privacy: PrivacyRepository,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly invitations: InvitationsService,
    private readonly mail: MailService,
    private readonly account: AccountService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly sso: SsoService,
    private readonly teamFinder: TeamFinderService,
  ) {}

  async export(user: AuthUser): Promise<PersonalDataDto> {
    const account = (await this.privacy.userRow(user.id)) ?? {};
    const records: Record<string, Record<string, unknown>[]> = {};
    for (const { table, column } of await this.privacy.userReferences()) {
      const rows = await this.privacy.rowsWhere(table, column, user.id);
      if (rows.length === 0) continue;
      const key = (records[table] ??= []);
      for (const row of rows) if (!key.some((existing) => existing['id'] === row['id'])) key.push(row);
    }
    return { format: 'hackboard-personal-data', exportedAt: this.clock.now().toISOString(), account, records };
  }

  /** `password` confirms it for an account with one; an account without one needs a recent sign-in at its provider. */
  async erase(user: AuthUser, password: string | undefined): Promise<void> {
    if (await this.auth.hasPassword(user.id)) {
      if (password === undefined || !(await this.auth.confirmPassword(user.id, password))) throw new PrivacyError();
    } else {
      await this.sso.assertSignedInRecently(user);
    }
    const account = await this.users.findActive(user.id);
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      await this.users.anonymise(manager, user.id, now);
      await this.auth.endAllSessions(manager, user.id);
      await this.sso.forgetUser(manager, user.id);
      if (account?.email) await this.invitations.forgetEmail(manager, account.email);
      await this.mail.forget(manager, user.id, account?.email ?? null);
      await this.account.forget(manager, user.id);
      await this.teamFinder.forget(manager, user.id);
      await this.audit.record(manager, {
        eventId: null,
        actorId: user.id,
        action: 'user.erased',
        targetType: 'user',
        targetId: user.id,
      });
    });
  }
}
