import type { CreateTeamInput, Page, TeamDto, TeamMemberDto, TeamSummaryDto } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type EventAccess, isOrganizer } from '../access/access.rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { Clock } from '../common/clock.js';
import { ValidationError } from '../common/domain-error.js';
import { beforeDeadline } from '../events/event-phase.js';
import type { EventEntity } from '../events/event.entity.js';
import { MailService } from '../mail/mail.service.js';
import type { TemplateName } from '../mail/mail-templates.js';
import { generateInviteCode } from './invite-code.js';
import type { TeamEntity } from './team.entity.js';
import { TeamError } from './teams.errors.js';
import { type MemberRow, TeamsRepository } from './teams.repository.js';
import { brokenConstraint } from '../database/broken-constraint.js';

/** A team as other features see it. */
export interface TeamRef {
  id: string;
  eventId: string;
  name: string;
  captainId: string | null;
  size: number;
}

/** A member of a team as other features see it (judging uses these for conflicts of interest). */
export interface TeamMemberRef {
  userId: string;
  displayName: string;
  isCaptain: boolean;
  joinedAt: Date;
}

/** Generating a code that is already taken is astronomically rare; a few fresh tries settle it. */
const INVITE_CODE_ATTEMPTS = 3;

@Injectable()
export class TeamsService {
  constructor(
    private readonly teams: TeamsRepository,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  // ---- For other features -------------------------------------------------------------------

  /** The caller's team in the event, or null. */
  async teamOf(eventId: string, userId: string): Promise<TeamRef | null> {
    const membership = await this.teams.membershipOf(eventId, userId);
    if (!membership) return null;
    const team = await this.teams.findInEvent(eventId, membership.teamId);
    return team ? toRef(team) : null;
  }

  /**
   * The user's team, read inside the caller's transaction and held there (shared) until it ends, so
   * the user cannot leave, nor the team be deleted, half-way through work done in the team's name.
   */
  async lockTeamOf(manager: EntityManager, eventId: string, userId: string): Promise<TeamRef | null> {
    const membership = await this.teams.membershipOf(eventId, userId, manager);
    if (!membership) return null;
    const team = await this.teams.lock(manager, eventId, membership.teamId, 'share');
    // Read again once the lock is held: a leave that committed meanwhile is seen now.
    if (!team || !(await this.teams.findMember(manager, team.id, userId))) return null;
    return toRef(team);
  }

  /** Members of a team, longest-standing first. */
  /** The team's members' user ids, read in the caller's transaction. */
  memberUserIds(manager: EntityManager, teamId: string): Promise<string[]> {
    return this.teams.memberUserIds(manager, teamId);
  }

  async membersOf(teamId: string): Promise<TeamMemberRef[]> {
    const [team] = await this.teams.findByIds([teamId]);
    if (!team) return [];
    const rows = await this.teams.membersOf([teamId]);
    return rows.map((row) => ({
      userId: row.userId,
      displayName: row.user.displayName,
      isCaptain: row.userId === team.captainId,
      joinedAt: row.joinedAt,
    }));
  }

  /** Team names by id, for lists that show which team made what. */
  async namesOf(teamIds: string[]): Promise<Map<string, string>> {
    const teams = await this.teams.findByIds(teamIds);
    return new Map(teams.map((team) => [team.id, team.name]));
  }

  // ---- Reading ------------------------------------------------------------------------------

  async mine(access: EventAccess, user: AuthUser): Promise<TeamDto> {
    const membership = await this.teams.membershipOf(access.event.id, user.id);
    const team = membership ? await this.teams.findInEvent(access.event.id, membership.teamId) : null;
    if (!team) throw new TeamError('NOT_IN_TEAM', 'You are not in a team in this event.');
    return this.toDto(access.event, team);
  }

  /** The team's members and the organizers see everything; anyone else only its name and size. */
  async get(access: EventAccess, user: AuthUser | null, teamId: string): Promise<TeamDto | TeamSummaryDto> {
    const team = await this.teams.findInEvent(access.event.id, teamId);
    if (!team) throw teamNotFound();
    const isMember = user !== null && (await this.teams.findMember(this.dataSource.manager, team.id, user.id)) !== null;
    if (isMember || isOrganizer(access)) return this.toDto(access.event, team);
    return toSummary(access.event, team);
  }

  async list(access: EventAccess, limit: number, offset: number): Promise<Page<TeamDto>> {
    const [teams, total] = await this.teams.page(access.event.id, limit, offset);
    const members = await this.teams.membersOf(teams.map((team) => team.id));
    return {
      items: teams.map((team) => toDto(access.event, team, members)),
      total,
      limit,
      offset,
    };
  }

  /**
   * Puts a person into a team without its invite code, in the caller's transaction: the team
   * finder's accepted requests and invitations, and teams an organizer forms. The same guards as a
   * join hold: the conditional UPDATE keeps the size limit and the unique key one team per event.
   */
  async admit(
    manager: EntityManager,
    event: EventEntity,
    teamId: string,
    userId: string,
    actorId: string,
    via: string,
  ): Promise<void> {
    this.assertBeforeDeadline(event);
    const team = await this.teams.findInEvent(event.id, teamId, manager);
    if (!team) throw teamNotFound();
    if (!(await this.teams.takePlace(manager, team.id, team.inviteCode, event.maxTeamSize))) {
      const latest = await this.teams.findInEvent(event.id, team.id, manager);
      if (!latest) throw teamNotFound();
      if (latest.inviteCode !== team.inviteCode) return this.admit(manager, event, teamId, userId, actorId, via);
      throw teamFull();
    }
    try {
      await this.teams.insertMember(manager, {
        teamId: team.id,
        eventId: event.id,
        userId,
        joinedAt: this.clock.now(),
      });
    } catch (error) {
      const constraint = brokenConstraint(error);
      throw constraint === null ? error : translate(constraint, error);
    }
    await this.record(manager, event.id, actorId, 'team.member-joined', team.id, { userId, via });
    const joined = await this.teams.findInEvent(event.id, team.id, manager);
    if (joined && joined.captainId === null) {
      await this.teams.update(manager, team.id, { captainId: userId });
      await this.recordCaptainChange(manager, event.id, actorId, team.id, null, userId, 'joined-without-captain');
    }
    const others = (await this.teams.memberUserIds(manager, team.id)).filter((id) => id !== userId);
    await this.mailTeam(manager, event, team, 'team-member-joined', others, userId);
  }

  /**
   * An organizer forms a team from participants in no team; the first named is its captain. One
   * transaction: anyone already in a team, or more people than the size limit, and nothing changes.
   */
  async form(event: EventEntity, actorId: string, name: string, userIds: string[]): Promise<TeamDto> {
    this.assertBeforeDeadline(event);
    if (userIds.length > event.maxTeamSize) {
      throw new ValidationError({ userIds: `must name at most ${event.maxTeamSize} participants (the team size)` });
    }
    const [captainId, ...others] = userIds as [string, ...string[]];
    for (let attempt = 1; ; attempt += 1) {
      try {
        const team = await this.dataSource.transaction(async (manager) => {
          const now = this.clock.now();
          const created = await this.teams.insertTeam(manager, {
            eventId: event.id,
            name,
            inviteCode: generateInviteCode(),
            captainId,
            maxSize: event.maxTeamSize,
            memberCount: 1,
            createdAt: now,
          });
          await this.teams.insertMember(manager, {
            teamId: created.id,
            eventId: event.id,
            userId: captainId,
            joinedAt: now,
          });
          await this.record(manager, event.id, actorId, 'team.created', created.id, {
            name: created.name,
            formedBy: actorId,
          });
          for (const userId of others) await this.admit(manager, event, created.id, userId, actorId, 'formed');
          return created;
        });
        return this.toDto(event, (await this.teams.findInEvent(event.id, team.id))!);
      } catch (error) {
        const constraint = brokenConstraint(error);
        if (constraint === null) throw error;
        if (isInviteCodeClash(constraint) && attempt < INVITE_CODE_ATTEMPTS) continue;
        throw translate(constraint, error);
      }
    }
  }

  // ---- Changing -----------------------------------------------------------------------------

  /** A participant who is in no team of the event starts one and becomes its captain. */
  async create(access: EventAccess, user: AuthUser, input: CreateTeamInput): Promise<TeamDto> {
    const event = access.event;
    this.assertBeforeDeadline(event);
    if (await this.teams.membershipOf(event.id, user.id)) throw alreadyInTeam();
    for (let attempt = 1; ; attempt += 1) {
      try {
        const team = await this.dataSource.transaction(async (manager) => {
          const now = this.clock.now();
          const created = await this.teams.insertTeam(manager, {
            eventId: event.id,
            name: input.name,
            inviteCode: generateInviteCode(),
            captainId: user.id,
            maxSize: event.maxTeamSize,
            memberCount: 1,
            createdAt: now,
          });
          await this.teams.insertMember(manager, {
            teamId: created.id,
            eventId: event.id,
            userId: user.id,
            joinedAt: now,
          });
          await this.record(manager, event.id, user.id, 'team.created', created.id, { name: created.name });
          return created;
        });
        return this.toDto(event, team);
      } catch (error) {
        const constraint = brokenConstraint(error);
        if (constraint === null) throw error;
        if (isInviteCodeClash(constraint) && attempt < INVITE_CODE_ATTEMPTS) continue;
        throw translate(constraint, error);
      }
    }
  }

  /**
   * Joins the team with this invite code. The place is taken with one conditional UPDATE and the
   * membership inserted in the same transaction: the size check and the one-team-per-event unique
   * key in the database are the real guards, whatever the pre-checks saw.
   */
  async join(access: EventAccess, user: AuthUser, inviteCode: string): Promise<TeamDto> {
    const event = access.event;
    this.assertBeforeDeadline(event);
    const team = await this.teams.findByInviteCode(event.id, inviteCode);
    if (!team) throw inviteCodeInvalid();
    const current = await this.teams.membershipOf(event.id, user.id);
    if (current) throw alreadyInTeam(current.teamId === team.id);
    try {
      await this.dataSource.transaction(async (manager) => {
        if (!(await this.teams.takePlace(manager, team.id, inviteCode, event.maxTeamSize))) {
          // Nothing changed: tell a full team from a code that was rotated or a team that went away.
          const latest = await this.teams.findInEvent(event.id, team.id, manager);
          if (!latest || latest.inviteCode !== inviteCode) throw inviteCodeInvalid();
          throw teamFull();
        }
        await this.teams.insertMember(manager, {
          teamId: team.id,
          eventId: event.id,
          userId: user.id,
          joinedAt: this.clock.now(),
        });
        await this.record(manager, event.id, user.id, 'team.member-joined', team.id, { userId: user.id });
        // A team whose last member left keeps its submission; whoever joins it next leads it.
        const joined = await this.teams.findInEvent(event.id, team.id, manager);
        if (joined && joined.captainId === null) {
          await this.teams.update(manager, team.id, { captainId: user.id });
          await this.recordCaptainChange(manager, event.id, user.id, team.id, null, user.id, 'joined-without-captain');
        }
        const others = (await this.teams.memberUserIds(manager, team.id)).filter((id) => id !== user.id);
        await this.mailTeam(manager, event, team, 'team-member-joined', others, user.id);
      });
    } catch (error) {
      const constraint = brokenConstraint(error);
      if (constraint === null) throw error;
      throw translate(constraint, error);
    }
    return this.toDto(event, (await this.teams.findInEvent(event.id, team.id))!);
  }

  /**
   * A member leaves. A captain hands over to the longest-standing member; the last member leaving
   * deletes the team, unless it has a submission: then the team stays, without members or captain.
   */
  async leave(access: EventAccess, user: AuthUser, teamId: string): Promise<void> {
    const event = access.event;
    await this.dataSource.transaction(async (manager) => {
      const team = await this.lockOwnTeam(manager, event, user, teamId);
      const member = (await this.teams.findMember(manager, team.id, user.id))!;
      await this.teams.deleteMember(manager, member.id);
      await this.teams.releasePlace(manager, team.id);
      await this.record(manager, event.id, user.id, 'team.member-left', team.id, { userId: user.id });

      const next = await this.teams.longestStanding(manager, team.id);
      if (!next) {
        if (await this.teams.hasSubmissions(manager, team.id)) {
          if (team.captainId !== null) {
            await this.teams.update(manager, team.id, { captainId: null });
            await this.recordCaptainChange(
              manager,
              event.id,
              user.id,
              team.id,
              team.captainId,
              null,
              'last-member-left',
            );
          }
        } else {
          await this.teams.deleteTeam(manager, team.id);
          await this.record(manager, event.id, user.id, 'team.deleted', team.id, {
            name: team.name,
            reason: 'last-member-left',
          });
        }
      } else {
        if (team.captainId === user.id) {
          await this.teams.update(manager, team.id, { captainId: next.userId });
          await this.recordCaptainChange(manager, event.id, user.id, team.id, user.id, next.userId, 'captain-left');
          await this.mailTeam(manager, event, team, 'team-captain', [next.userId], user.id);
        }
        await this.mailTeam(
          manager,
          event,
          team,
          'team-member-left',
          await this.teams.memberUserIds(manager, team.id),
          user.id,
        );
      }
    });
  }

  async rename(access: EventAccess, user: AuthUser, teamId: string, name: string): Promise<TeamDto> {
    const event = access.event;
    try {
      await this.dataSource.transaction(async (manager) => {
        const team = await this.lockOwnTeam(manager, event, user, teamId, { captain: true });
        if (team.name === name) return;
        await this.teams.update(manager, team.id, { name });
        await this.record(manager, event.id, user.id, 'team.renamed', team.id, { from: team.name, to: name });
      });
    } catch (error) {
      const constraint = brokenConstraint(error);
      if (constraint === null) throw error;
      throw translate(constraint, error);
    }
    return this.toDto(event, (await this.teams.findInEvent(event.id, teamId))!);
  }

  /** A new invite code; the old one stops working at once. */
  async rotateInviteCode(access: EventAccess, user: AuthUser, teamId: string): Promise<TeamDto> {
    const event = access.event;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.dataSource.transaction(async (manager) => {
          const team = await this.lockOwnTeam(manager, event, user, teamId, { captain: true });
          await this.teams.update(manager, team.id, { inviteCode: generateInviteCode() });
          await this.record(manager, event.id, user.id, 'team.invite-code-rotated', team.id);
        });
        return this.toDto(event, (await this.teams.findInEvent(event.id, teamId))!);
      } catch (error) {
        const constraint = brokenConstraint(error);
        if (constraint === null) throw error;
        if (isInviteCodeClash(constraint) && attempt < INVITE_CODE_ATTEMPTS) continue;
        throw translate(constraint, error);
      }
    }
  }

  async transferCaptaincy(access: EventAccess, user: AuthUser, teamId: string, userId: string): Promise<TeamDto> {
    const event = access.event;
    await this.dataSource.transaction(async (manager) => {
      const team = await this.lockOwnTeam(manager, event, user, teamId, { captain: true });
      if (userId === user.id) throw new ValidationError({ userId: 'is already the captain' });
      if (!(await this.teams.findMember(manager, team.id, userId))) {
        throw new TeamError('MEMBER_NOT_FOUND', 'The new captain must be a member of the team.', {
          userId: 'is not a member of this team',
        });
      }
      await this.teams.update(manager, team.id, { captainId: userId });
      await this.recordCaptainChange(manager, event.id, user.id, team.id, user.id, userId, 'transferred');
      await this.mailTeam(manager, event, team, 'team-captain', [userId], user.id);
    });
    return this.toDto(event, (await this.teams.findInEvent(event.id, teamId))!);
  }

  // ---- Helpers ------------------------------------------------------------------------------

  /**
   * Locks the caller's own team for a change: the team must exist in the event (404), the caller
   * must be a member (403) or its captain when asked (403), and the deadline must not have passed.
   */
  private async lockOwnTeam(
    manager: EntityManager,
    event: EventEntity,
    user: AuthUser,
    teamId: string,
    options: { captain?: boolean } = {},
  ): Promise<TeamEntity> {
    const team = await this.teams.lock(manager, event.id, teamId, 'update');
    if (!team) throw teamNotFound();
    if (!(await this.teams.findMember(manager, team.id, user.id))) {
      throw new TeamError('NOT_A_MEMBER', 'You are not a member of this team.');
    }
    if (options.captain && team.captainId !== user.id) {
      throw new TeamError('NOT_CAPTAIN', 'Only the team captain can do this.');
    }
    this.assertBeforeDeadline(event);
    return team;
  }

  private assertBeforeDeadline(event: EventEntity): void {
    if (!beforeDeadline(event, this.clock.now())) {
      throw new TeamError('DEADLINE_PASSED', 'The submission deadline has passed: teams can no longer change.');
    }
  }

  private record(
    manager: EntityManager,
    eventId: string,
    actorId: string,
    action: string,
    teamId: string,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    return this.audit.record(manager, { eventId, actorId, action, targetType: 'team', targetId: teamId, details });
  }

  /** Tells members what happened in their team; `memberId` is the one who joined, left or handed over. */
  private async mailTeam(
    manager: EntityManager,
    event: EventEntity,
    team: TeamEntity,
    template: Extract<TemplateName, 'team-member-joined' | 'team-member-left' | 'team-captain'>,
    recipientIds: string[],
    memberId: string,
  ): Promise<void> {
    if (recipientIds.length === 0) return;
    const [member] = await this.mail.recipients(manager, [memberId]);
    await this.mail.enqueue(manager, {
      template,
      recipients: await this.mail.recipients(manager, recipientIds),
      eventId: event.id,
      params: (r) => ({
        name: r.name,
        memberName: member?.name ?? '',
        teamName: team.name,
        eventName: event.name,
        teamUrl: this.mail.link(`/events/${event.slug}/team`),
      }),
    });
  }

  private recordCaptainChange(
    manager: EntityManager,
    eventId: string,
    actorId: string,
    teamId: string,
    from: string | null,
    to: string | null,
    reason: string,
  ): Promise<void> {
    return this.record(manager, eventId, actorId, 'team.captain-changed', teamId, { from, to, reason });
  }

  private async toDto(event: EventEntity, team: TeamEntity): Promise<TeamDto> {
    return toDto(event, team, await this.teams.membersOf([team.id]));
  }
}

function toRef(team: TeamEntity): TeamRef {
  return { id: team.id, eventId: team.eventId, name: team.name, captainId: team.captainId, size: team.memberCount };
}

function toSummary(event: EventEntity, team: TeamEntity): TeamSummaryDto {
  // The event's current limit is the one the next join is held to.
  return { id: team.id, name: team.name, size: team.memberCount, maxSize: event.maxTeamSize };
}

function toDto(event: EventEntity, team: TeamEntity, members: MemberRow[]): TeamDto {
  return {
    ...toSummary(event, team),
    eventId: team.eventId,
    inviteCode: team.inviteCode,
    captainId: team.captainId,
    members: members.filter((row) => row.teamId === team.id).map((row) => toMemberDto(row, team)),
    createdAt: team.createdAt.toISOString(),
  };
}

function toMemberDto(row: MemberRow, team: TeamEntity): TeamMemberDto {
  return {
    userId: row.userId,
    displayName: row.user.displayName,
    isCaptain: row.userId === team.captainId,
    joinedAt: row.joinedAt.toISOString(),
  };
}

function isInviteCodeClash(constraint: string): boolean {
  return /invite_code/.test(constraint);
}

/** Turns a broken database constraint into the answer the pre-checks would have given. */
function translate(constraint: string, error: unknown): Error {
  if (/team_members_one_team_per_event|team_members\.event_id/.test(constraint)) return alreadyInTeam();
  if (/teams_name_per_event|teams\.event_id, teams\.name/.test(constraint)) {
    return new TeamError('TEAM_NAME_TAKEN', 'Another team in this event already has this name.', {
      name: 'is already taken in this event',
    });
  }
  if (/teams_size_limit/.test(constraint)) return teamFull();
  return error instanceof Error ? error : new Error(String(error));
}

function teamNotFound() {
  return new TeamError('TEAM_NOT_FOUND', 'This event has no such team.');
}

function inviteCodeInvalid() {
  return new TeamError('INVITE_CODE_INVALID', 'No team in this event has this invite code.', {
    inviteCode: 'matches no team in this event',
  });
}

function alreadyInTeam(sameTeam = false) {
  return new TeamError(
    'ALREADY_IN_TEAM',
    sameTeam ? 'You are already in this team.' : 'You are already in a team in this event: leave it first.',
  );
}

function teamFull() {
  return new TeamError('TEAM_FULL', 'This team is full.');
}
