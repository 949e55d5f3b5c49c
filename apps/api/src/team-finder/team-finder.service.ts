import type {
  FinderQuery,
  FinderSettingsDto,
  FinderSettingsInput,
  FormTeamInput,
  JoinRequestDto,
  JoinRequestListDto,
  Page,
  ProfileDto,
  ProfileInput,
  SuggestionsDto,
  TeamDto,
  TeamListingDto,
  TeamListingInput,
  UnteamedDto,
} from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventAccess } from '../access/access.rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ChallengesService } from '../challenges/challenges.service.js';
import { Clock } from '../common/clock.js';
import { ValidationError } from '../common/domain-error.js';
import { beforeDeadline } from '../events/event-phase.js';
import type { EventEntity } from '../events/event.entity.js';
import { TeamsService } from '../teams/teams.service.js';
import type { JoinRequestEntity } from './join-request.entity.js';
import type { ParticipantProfileEntity } from './participant-profile.entity.js';
import { type PersonTraits, type TeamTraits, rank, suggest } from './suggestions.js';
import type { TeamListingEntity } from './team-listing.entity.js';
import { TeamFinderError } from './team-finder.errors.js';
import { type ParticipantRow, TeamFinderRepository, type TeamRow } from './team-finder.repository.js';

const SUGGESTIONS = 10;

/** What the finder knows about the event at one moment: participants, profiles, teams, listings. */
interface Snapshot {
  participants: Map<string, ParticipantRow>;
  profiles: Map<string, ParticipantProfileEntity>;
  teams: TeamRow[];
  listings: Map<string, TeamListingEntity>;
}

/**
 * Profiles and the team finder of one event. Everything here is seen by the event's participants
 * and organizers only; joining a team always goes through the teams feature, whose database
 * constraints keep the size limit and one team per person per event.
 */
@Injectable()
export class TeamFinderService {
  constructor(
    private readonly finder: TeamFinderRepository,
    private readonly teams: TeamsService,
    private readonly challenges: ChallengesService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  // ---- Settings and profiles ----------------------------------------------------------------

  async settings(access: EventAccess): Promise<FinderSettingsDto> {
    return { skills: (await this.finder.settings(access.event.id))?.skills ?? [] };
  }

  async saveSettings(access: EventAccess, user: AuthUser, input: FinderSettingsInput): Promise<FinderSettingsDto> {
    await this.dataSource.transaction(async (manager) => {
      await this.finder.saveSettings(manager, access.event.id, input.skills, this.clock.now());
      await this.record(manager, access.event.id, user.id, 'team-finder.skills-set', 'event', access.event.id, {
        skills: input.skills,
      });
    });
    return this.settings(access);
  }

  async profile(access: EventAccess, user: AuthUser): Promise<ProfileDto> {
    const [profile, participant] = await Promise.all([
      this.finder.profile(access.event.id, user.id),
      this.participant(access.event.id, user.id),
    ]);
    return toProfileDto(participant, profile);
  }

  async saveProfile(access: EventAccess, user: AuthUser, input: ProfileInput): Promise<ProfileDto> {
    const skills = canonicalSkills((await this.settings(access)).skills, input.skills);
    await this.assertChallenges(access, input.challengeIds);
    await this.dataSource.transaction(async (manager) => {
      await this.finder.saveProfile(manager, {
        eventId: access.event.id,
        userId: user.id,
        skills,
        tags: input.tags,
        bio: input.bio,
        languages: [...new Set(input.languages)],
        lookingForTeam: input.lookingForTeam,
        wantsToWorkOn: input.wantsToWorkOn,
        challengeIds: input.challengeIds,
        updatedAt: this.clock.now(),
      });
    });
    return this.profile(access, user);
  }

  // ---- Browsing -----------------------------------------------------------------------------

  /** People in no team who said they are looking for one. */
  async people(access: EventAccess, query: FinderQuery): Promise<Page<ProfileDto>> {
    const snapshot = await this.snapshot(access.event.id);
    const matches = [...snapshot.participants.values()]
      .filter((person) => person.teamId === null)
      .map((person) => ({ person, profile: snapshot.profiles.get(person.userId) }))
      .filter((entry): entry is { person: ParticipantRow; profile: ParticipantProfileEntity } =>
        Boolean(entry.profile?.lookingForTeam),
      )
      .filter(({ profile }) => matchesPerson(profile, query));
    return paged(
      matches.map(({ person, profile }) => toProfileDto(person, profile)),
      query,
    );
  }

  /** Teams looking for members that still have room. */
  async teamListings(access: EventAccess, query: FinderQuery): Promise<Page<TeamListingDto>> {
    const snapshot = await this.snapshot(access.event.id);
    const listings = this.openListings(access.event, snapshot).filter((listing) => matchesTeam(listing, query));
    return paged(listings, query);
  }

  async saveListing(
    access: EventAccess,
    user: AuthUser,
    teamId: string,
    input: TeamListingInput,
  ): Promise<TeamListingDto> {
    const team = await this.ownTeam(access, user, teamId);
    await this.assertChallenges(access, input.challengeIds);
    await this.dataSource.transaction(async (manager) => {
      await this.finder.saveListing(manager, {
        teamId: team.id,
        eventId: access.event.id,
        lookingForMembers: input.lookingForMembers,
        wantedSkills: input.wantedSkills,
        pitch: input.pitch,
        challengeIds: input.challengeIds,
        updatedAt: this.clock.now(),
      });
      await this.record(manager, access.event.id, user.id, 'team-finder.listing-saved', 'team', team.id, {
        lookingForMembers: input.lookingForMembers,
      });
    });
    const snapshot = await this.snapshot(access.event.id);
    return toListingDto(
      access.event,
      snapshot.teams.find((row) => row.id === team.id)!,
      snapshot,
    );
  }

  async listing(access: EventAccess, teamId: string): Promise<TeamListingDto> {
    const snapshot = await this.snapshot(access.event.id);
    const team = snapshot.teams.find((row) => row.id === teamId);
    if (!team) throw teamNotFound();
    return toListingDto(access.event, team, snapshot);
  }

  /**
   * For someone in no team: open teams, best first. For a team member: people looking for a team,
   * best first. The scoring is in suggestions.ts and docs/TEAM-FINDER.md.
   */
  async suggestions(access: EventAccess, user: AuthUser): Promise<SuggestionsDto> {
    const snapshot = await this.snapshot(access.event.id);
    const me = snapshot.participants.get(user.id);
    if (me?.teamId) {
      const team = snapshot.teams.find((row) => row.id === me.teamId);
      if (!team) return { teams: [], people: [] };
      const traits = teamTraits(toListingDto(access.event, team, snapshot));
      const candidates = [...snapshot.participants.values()]
        .filter((person) => person.teamId === null && snapshot.profiles.get(person.userId)?.lookingForTeam)
        .map((person) => personTraits(person, snapshot.profiles.get(person.userId)));
      const ranked = rank(candidates, (person) => suggest(person, traits), SUGGESTIONS);
      return {
        teams: [],
        people: ranked.map(({ candidate, suggestion }) => ({
          person: toProfileDto(snapshot.participants.get(candidate.id)!, snapshot.profiles.get(candidate.id)),
          suggestion,
        })),
      };
    }
    const person = personTraits(
      me ?? { userId: user.id, displayName: '', teamId: null },
      snapshot.profiles.get(user.id),
    );
    const listings = this.openListings(access.event, snapshot);
    const ranked = rank(
      listings.map((listing) => ({ ...teamTraits(listing), listing })),
      (team) => suggest(person, team),
      SUGGESTIONS,
    );
    return { teams: ranked.map(({ candidate, suggestion }) => ({ team: candidate.listing, suggestion })), people: [] };
  }

  // ---- Requests and invitations -------------------------------------------------------------

  async askToJoin(access: EventAccess, user: AuthUser, teamId: string, message: string): Promise<JoinRequestDto> {
    const event = access.event;
    const snapshot = await this.snapshot(event.id);
    const team = snapshot.teams.find((row) => row.id === teamId);
    if (!team) throw teamNotFound();
    if (snapshot.participants.get(user.id)?.teamId) throw alreadyInTeam('You are already in a team in this event.');
    if (team.memberCount >= event.maxTeamSize) throw teamFull();
    return this.open(event, user.id, { teamId, userId: user.id, kind: 'request', message });
  }

  async invite(
    access: EventAccess,
    user: AuthUser,
    teamId: string,
    userId: string,
    message: string,
  ): Promise<JoinRequestDto> {
    const event = access.event;
    const team = await this.ownTeam(access, user, teamId);
    const snapshot = await this.snapshot(event.id);
    const person = snapshot.participants.get(userId);
    if (!person) {
      throw new TeamFinderError('PERSON_NOT_FOUND', 'No participant of this event has this id.', {
        userId: 'is not a participant of this event',
      });
    }
    if (person.teamId) throw alreadyInTeam('This person is already in a team.');
    if (team.memberCount >= event.maxTeamSize) throw teamFull();
    return this.open(event, user.id, { teamId, userId, kind: 'invitation', message });
  }

  async requests(access: EventAccess, user: AuthUser): Promise<JoinRequestListDto> {
    const eventId = access.event.id;
    const team = await this.teams.teamOf(eventId, user.id);
    const rows = [
      ...(await this.finder.pending(eventId, { userId: user.id })),
      ...(team ? await this.finder.pending(eventId, { teamId: team.id }) : []),
    ];
    return { items: await this.toRequestDtos(eventId, rows) };
  }

  /**
   * The other side accepts: the team (any member) for a request, the person for an invitation.
   * The request leaves `pending` only if it still is, and the person joins in the same
   * transaction, so a full team or a second team refuses it and leaves the request open.
   */
  async accept(access: EventAccess, user: AuthUser, requestId: string): Promise<JoinRequestDto> {
    const event = access.event;
    const request = await this.finder.request(event.id, requestId);
    if (!request) throw requestNotFound();
    await this.assertDecider(event.id, user, request);
    await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      await this.finder.lockOpen(manager, event.id, request.userId);
      if (!(await this.finder.decide(manager, request.id, 'accepted', user.id, now))) throw requestClosed();
      await this.teams.admit(manager, event, request.teamId, request.userId, user.id, request.kind);
      await this.finder.withdrawOpen(manager, event.id, request.userId, now);
      await this.record(manager, event.id, user.id, `team-finder.${request.kind}-accepted`, 'team', request.teamId, {
        userId: request.userId,
      });
    });
    return (await this.toRequestDtos(event.id, [(await this.finder.request(event.id, request.id))!]))[0]!;
  }

  /** The other side declines; the side that opened it withdraws it. */
  async decline(access: EventAccess, user: AuthUser, requestId: string): Promise<JoinRequestDto> {
    const event = access.event;
    const request = await this.finder.request(event.id, requestId);
    if (!request) throw requestNotFound();
    const opener = await this.isOpener(event.id, user, request);
    if (!opener) await this.assertDecider(event.id, user, request);
    const status = opener ? 'withdrawn' : 'declined';
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.finder.decide(manager, request.id, status, user.id, this.clock.now()))) throw requestClosed();
      await this.record(manager, event.id, user.id, `team-finder.${request.kind}-${status}`, 'team', request.teamId, {
        userId: request.userId,
      });
    });
    return (await this.toRequestDtos(event.id, [(await this.finder.request(event.id, request.id))!]))[0]!;
  }

  // ---- Organizers ---------------------------------------------------------------------------

  async unteamed(access: EventAccess, limit: number, offset: number): Promise<Page<UnteamedDto>> {
    const snapshot = await this.snapshot(access.event.id);
    const items = [...snapshot.participants.values()]
      .filter((person) => person.teamId === null)
      .map((person) => {
        const profile = snapshot.profiles.get(person.userId);
        return {
          userId: person.userId,
          displayName: person.displayName,
          hasProfile: profile !== undefined,
          lookingForTeam: profile?.lookingForTeam ?? false,
          skills: profile ? [...profile.skills, ...profile.tags] : [],
        };
      });
    return paged(items, { limit, offset });
  }

  async formTeam(access: EventAccess, user: AuthUser, input: FormTeamInput): Promise<TeamDto> {
    const event = access.event;
    const snapshot = await this.snapshot(event.id);
    const fields: Record<string, string> = {};
    input.userIds.forEach((userId, index) => {
      const person = snapshot.participants.get(userId);
      if (!person) fields[`userIds.${index}`] = 'is not a participant of this event';
      else if (person.teamId) fields[`userIds.${index}`] = 'is already in a team';
    });
    if (Object.keys(fields).length > 0) throw new ValidationError(fields);
    const team = await this.teams.form(event, user.id, input.name, input.userIds);
    await this.dataSource.transaction(async (manager) => {
      for (const userId of input.userIds) await this.finder.withdrawOpen(manager, event.id, userId, this.clock.now());
    });
    return team;
  }

  // ---- For other features -------------------------------------------------------------------

  /** GDPR erasure, in the erasure's transaction. */
  forget(manager: EntityManager, userId: string): Promise<void> {
    return this.finder.forget(manager, userId);
  }

  // ---- Helpers ------------------------------------------------------------------------------

  private async open(
    event: EventEntity,
    actorId: string,
    request: Pick<JoinRequestEntity, 'teamId' | 'userId' | 'kind' | 'message'>,
  ): Promise<JoinRequestDto> {
    if (!beforeDeadline(event, this.clock.now())) {
      throw new TeamFinderError('DEADLINE_PASSED', 'The submission deadline has passed: teams can no longer change.');
    }
    const saved = await this.dataSource.transaction(async (manager) => {
      const existing = await this.finder.requestFor(manager, request.teamId, request.userId);
      if (existing?.status === 'pending') {
        throw new TeamFinderError(
          'REQUEST_PENDING',
          existing.kind === request.kind
            ? 'This has already been asked and waits for an answer.'
            : 'The other side has already asked: accept their request instead.',
        );
      }
      const row = await this.finder.saveRequest(manager, {
        ...request,
        eventId: event.id,
        status: 'pending',
        createdBy: actorId,
        decidedBy: null,
        createdAt: this.clock.now(),
        decidedAt: null,
      });
      await this.record(manager, event.id, actorId, `team-finder.${request.kind}-opened`, 'team', request.teamId, {
        userId: request.userId,
      });
      return row;
    });
    return (await this.toRequestDtos(event.id, [saved]))[0]!;
  }

  /** A request is decided by the team's members; an invitation by the person invited. */
  private async assertDecider(eventId: string, user: AuthUser, request: JoinRequestEntity): Promise<void> {
    const allowed =
      request.kind === 'invitation'
        ? request.userId === user.id
        : (await this.teams.teamOf(eventId, user.id))?.id === request.teamId;
    if (!allowed) throw new TeamFinderError('NOT_YOURS_TO_DECIDE', 'Only the other side can answer this.');
  }

  private async isOpener(eventId: string, user: AuthUser, request: JoinRequestEntity): Promise<boolean> {
    if (request.kind === 'request') return request.userId === user.id;
    return (await this.teams.teamOf(eventId, user.id))?.id === request.teamId;
  }

  private async ownTeam(access: EventAccess, user: AuthUser, teamId: string) {
    const team = await this.teams.teamOf(access.event.id, user.id);
    if (!team || team.id !== teamId) {
      const exists = (await this.finder.teams(access.event.id)).some((row) => row.id === teamId);
      if (!exists) throw teamNotFound();
      throw new TeamFinderError('NOT_A_MEMBER', 'You are not a member of this team.');
    }
    return { id: team.id, memberCount: team.size };
  }

  private async participant(eventId: string, userId: string): Promise<ParticipantRow> {
    const rows = await this.finder.participants(eventId);
    return rows.find((row) => row.userId === userId) ?? { userId, displayName: '', teamId: null };
  }

  private async assertChallenges(access: EventAccess, challengeIds: string[]): Promise<void> {
    if (challengeIds.length === 0) return;
    const known = new Set((await this.challenges.list(access)).map((challenge) => challenge.id));
    const fields: Record<string, string> = {};
    challengeIds.forEach((id, index) => {
      if (!known.has(id)) fields[`challengeIds.${index}`] = 'is not a challenge of this event';
    });
    if (Object.keys(fields).length > 0) throw new ValidationError(fields);
  }

  private async snapshot(eventId: string): Promise<Snapshot> {
    const [participants, teams, listings] = await Promise.all([
      this.finder.participants(eventId),
      this.finder.teams(eventId),
      this.finder.listingsOf(eventId),
    ]);
    const profiles = await this.finder.profilesOf(
      eventId,
      participants.map((row) => row.userId),
    );
    return {
      participants: new Map(participants.map((row) => [row.userId, row])),
      profiles: new Map(profiles.map((row) => [row.userId, row])),
      teams: teams.sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1)),
      listings: new Map(listings.map((row) => [row.teamId, row])),
    };
  }

  private openListings(event: EventEntity, snapshot: Snapshot): TeamListingDto[] {
    return snapshot.teams
      .filter((team) => snapshot.listings.get(team.id)?.lookingForMembers && team.memberCount < event.maxTeamSize)
      .map((team) => toListingDto(event, team, snapshot));
  }

  private async toRequestDtos(eventId: string, rows: JoinRequestEntity[]): Promise<JoinRequestDto[]> {
    const snapshot = await this.snapshot(eventId);
    const teamNames = new Map(snapshot.teams.map((team) => [team.id, team.name]));
    const seen = new Set<string>();
    return rows
      .filter((row) => !seen.has(row.id) && seen.add(row.id))
      .map((row) => ({
        id: row.id,
        kind: row.kind,
        status: row.status,
        teamId: row.teamId,
        teamName: teamNames.get(row.teamId) ?? '',
        userId: row.userId,
        displayName: snapshot.participants.get(row.userId)?.displayName ?? '',
        message: row.message,
        createdAt: row.createdAt.toISOString(),
        decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
      }));
  }

  private record(
    manager: EntityManager,
    eventId: string,
    actorId: string,
    action: string,
    targetType: string,
    targetId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(manager, { eventId, actorId, action, targetType, targetId, details });
  }
}

/** Skills from the event's list take the list's spelling; anything not on it is refused. */
function canonicalSkills(offered: string[], picked: string[]): string[] {
  const byKey = new Map(offered.map((skill) => [skill.toLowerCase(), skill]));
  const fields: Record<string, string> = {};
  const skills = picked.map((skill, index) => {
    const canonical = byKey.get(skill.toLowerCase());
    if (!canonical) fields[`skills.${index}`] = "is not on the event's skill list: add it as a tag instead";
    return canonical ?? skill;
  });
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);
  return skills;
}

const has = (list: string[], value: string) => list.some((entry) => entry.toLowerCase() === value.toLowerCase());

function matchesPerson(profile: ParticipantProfileEntity, query: FinderQuery): boolean {
  if (query.skill && !has([...profile.skills, ...profile.tags], query.skill)) return false;
  if (query.language && !profile.languages.includes(query.language)) return false;
  if (query.challengeId && !profile.challengeIds.includes(query.challengeId)) return false;
  return true;
}

function matchesTeam(listing: TeamListingDto, query: FinderQuery): boolean {
  if (query.skill && !has(listing.wantedSkills, query.skill)) return false;
  if (query.language && !listing.languages.includes(query.language)) return false;
  if (query.challengeId && !listing.challengeIds.includes(query.challengeId)) return false;
  return true;
}

function paged<T>(items: T[], page: { limit: number; offset: number }): Page<T> {
  return { items: items.slice(page.offset, page.offset + page.limit), total: items.length, ...page };
}

function toProfileDto(person: ParticipantRow, profile: ParticipantProfileEntity | null | undefined): ProfileDto {
  return {
    userId: person.userId,
    displayName: person.displayName,
    skills: profile?.skills ?? [],
    tags: profile?.tags ?? [],
    bio: profile?.bio ?? '',
    languages: profile?.languages ?? [],
    lookingForTeam: profile?.lookingForTeam ?? false,
    wantsToWorkOn: profile?.wantsToWorkOn ?? '',
    challengeIds: profile?.challengeIds ?? [],
    teamId: person.teamId,
    updatedAt: profile ? profile.updatedAt.toISOString() : null,
  };
}

function toListingDto(event: EventEntity, team: TeamRow, snapshot: Snapshot): TeamListingDto {
  const listing = snapshot.listings.get(team.id);
  const members = [...snapshot.participants.values()].filter((person) => person.teamId === team.id);
  const memberProfiles = members.flatMap((member) => snapshot.profiles.get(member.userId) ?? []);
  const offered = memberProfiles.flatMap((profile) => [...profile.skills, ...profile.tags]);
  const wantedSkills = listing?.wantedSkills ?? [];
  return {
    teamId: team.id,
    name: team.name,
    size: team.memberCount,
    maxSize: event.maxTeamSize,
    lookingForMembers: listing?.lookingForMembers ?? false,
    wantedSkills,
    missingSkills: wantedSkills.filter((skill) => !has(offered, skill)),
    pitch: listing?.pitch ?? '',
    challengeIds: listing?.challengeIds ?? [],
    languages: [...new Set(memberProfiles.flatMap((profile) => profile.languages))].sort(),
  };
}

function personTraits(person: ParticipantRow, profile: ParticipantProfileEntity | undefined): PersonTraits {
  return {
    id: person.userId,
    name: person.displayName,
    skills: profile ? [...profile.skills, ...profile.tags] : [],
    challengeIds: profile?.challengeIds ?? [],
    languages: profile?.languages ?? [],
  };
}

function teamTraits(listing: TeamListingDto): TeamTraits {
  return {
    id: listing.teamId,
    name: listing.name,
    missingSkills: listing.missingSkills,
    challengeIds: listing.challengeIds,
    languages: listing.languages,
  };
}

function teamNotFound() {
  return new TeamFinderError('TEAM_NOT_FOUND', 'This event has no such team.');
}
function requestNotFound() {
  return new TeamFinderError('REQUEST_NOT_FOUND', 'This event has no such request.');
}
function requestClosed() {
  return new TeamFinderError('REQUEST_CLOSED', 'This has already been answered or withdrawn.');
}
function alreadyInTeam(message: string) {
  return new TeamFinderError('ALREADY_IN_TEAM', message);
}
function teamFull() {
  return new TeamFinderError('TEAM_FULL', 'This team is full.');
}
