import { z } from 'zod';
import { pageOf } from './pagination.js';

const text = () => z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') }).trim();

/** A skill or tag as people type it: kept as written, compared without regard to case. */
const skill = text().min(1, 'must not be empty').max(40, 'must be at most 40 characters');
const skills = (max: number) =>
  z
    .array(skill, { error: 'must be a list of skills' })
    .max(max, `must hold at most ${max} entries`)
    .transform((list) => dedupe(list));
/** ISO 639-1 language codes such as `sv` or `en`. */
const language = text()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, 'must be a two-letter language code such as sv or en');
const challengeIds = z
  .array(z.uuid({ error: 'must be a challenge id (UUID)' }), { error: 'must be a list of challenge ids' })
  .max(20, 'must hold at most 20 challenges')
  .transform((list) => [...new Set(list)]);

function dedupe(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((entry) => {
    const key = entry.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The skills an event offers to pick from; participants may add free tags beside them. */
export const FinderSettingsInput = z.strictObject({ skills: skills(60) });
export type FinderSettingsInput = z.infer<typeof FinderSettingsInput>;
export const FinderSettingsDto = z.object({ skills: z.array(z.string()) });
export type FinderSettingsDto = z.infer<typeof FinderSettingsDto>;

export const ProfileInput = z.strictObject({
  /** Picked from the event's list; anything else belongs in `tags`. */
  skills: skills(30),
  tags: skills(20),
  bio: text().max(1000, 'must be at most 1000 characters'),
  languages: z.array(language, { error: 'must be a list of language codes' }).max(10, 'must hold at most 10 languages'),
  lookingForTeam: z.boolean({ error: 'must be true or false' }),
  /** What I would like to work on. */
  wantsToWorkOn: text().max(500, 'must be at most 500 characters'),
  challengeIds,
});
export type ProfileInput = z.infer<typeof ProfileInput>;

export const ProfileDto = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  skills: z.array(z.string()),
  tags: z.array(z.string()),
  bio: z.string(),
  languages: z.array(z.string()),
  lookingForTeam: z.boolean(),
  wantsToWorkOn: z.string(),
  challengeIds: z.array(z.uuid()),
  /** The person's team in the event, if any. */
  teamId: z.uuid().nullable(),
  /** Null until the person first saves their profile. */
  updatedAt: z.iso.datetime().nullable(),
});
export type ProfileDto = z.infer<typeof ProfileDto>;
export const ProfilePageDto = pageOf(ProfileDto);
export type ProfilePageDto = z.infer<typeof ProfilePageDto>;

export const TeamListingInput = z.strictObject({
  lookingForMembers: z.boolean({ error: 'must be true or false' }),
  wantedSkills: skills(20),
  pitch: text().max(1000, 'must be at most 1000 characters'),
  challengeIds,
});
export type TeamListingInput = z.infer<typeof TeamListingInput>;

export const TeamListingDto = z.object({
  teamId: z.uuid(),
  name: z.string(),
  size: z.number().int(),
  maxSize: z.number().int(),
  lookingForMembers: z.boolean(),
  wantedSkills: z.array(z.string()),
  /** Wanted skills no member's profile offers yet. */
  missingSkills: z.array(z.string()),
  pitch: z.string(),
  challengeIds: z.array(z.uuid()),
  /** Languages the members speak, from their profiles. */
  languages: z.array(z.string()),
});
export type TeamListingDto = z.infer<typeof TeamListingDto>;
export const TeamListingPageDto = pageOf(TeamListingDto);
export type TeamListingPageDto = z.infer<typeof TeamListingPageDto>;

/** Filters for browsing: every given filter must match. */
export const FinderQuery = z.strictObject({
  skill: text().max(40, 'must be at most 40 characters').optional(),
  language: language.optional(),
  challengeId: z.uuid({ error: 'must be a challenge id (UUID)' }).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
export type FinderQuery = z.infer<typeof FinderQuery>;

export const SuggestionDto = z.object({
  /** 0–100; see docs/TEAM-FINDER.md for how it is computed. */
  score: z.number().int().min(0).max(100),
  /** The team's missing skills this person brings. */
  coveredSkills: z.array(z.string()),
  sharedChallengeIds: z.array(z.uuid()),
  sharedLanguages: z.array(z.string()),
});
export type SuggestionDto = z.infer<typeof SuggestionDto>;

/** For someone without a team: teams to ask. For a team member: people to invite. */
export const SuggestionsDto = z.object({
  teams: z.array(z.object({ team: TeamListingDto, suggestion: SuggestionDto })),
  people: z.array(z.object({ person: ProfileDto, suggestion: SuggestionDto })),
});
export type SuggestionsDto = z.infer<typeof SuggestionsDto>;

export const JOIN_REQUEST_KINDS = ['request', 'invitation'] as const;
export const JOIN_REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;

export const AskToJoinInput = z.strictObject({ message: text().max(500, 'must be at most 500 characters') });
export type AskToJoinInput = z.infer<typeof AskToJoinInput>;

export const InviteToTeamInput = z.strictObject({
  userId: z.uuid({ error: 'must be a user id (UUID)' }),
  message: text().max(500, 'must be at most 500 characters'),
});
export type InviteToTeamInput = z.infer<typeof InviteToTeamInput>;

export const JoinRequestDto = z.object({
  id: z.uuid(),
  /** `request`: the person asked the team; `invitation`: the team asked the person. */
  kind: z.enum(JOIN_REQUEST_KINDS),
  status: z.enum(JOIN_REQUEST_STATUSES),
  teamId: z.uuid(),
  teamName: z.string(),
  userId: z.uuid(),
  displayName: z.string(),
  message: z.string(),
  createdAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
});
export type JoinRequestDto = z.infer<typeof JoinRequestDto>;

/** The caller's open requests and invitations, both ways, for them and for their team. */
export const JoinRequestListDto = z.object({ items: z.array(JoinRequestDto) });
export type JoinRequestListDto = z.infer<typeof JoinRequestListDto>;

export const FormTeamInput = z.strictObject({
  name: text().min(1, 'is required').max(100, 'must be at most 100 characters'),
  userIds: z
    .array(z.uuid({ error: 'must be a user id (UUID)' }), { error: 'must be a list of user ids' })
    .min(1, 'must name at least one participant')
    .max(50, 'must name at most 50 participants')
    .refine((ids) => new Set(ids).size === ids.length, 'must not name anyone twice'),
});
export type FormTeamInput = z.infer<typeof FormTeamInput>;

/** A participant in no team, for the organizers. */
export const UnteamedDto = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  hasProfile: z.boolean(),
  lookingForTeam: z.boolean(),
  skills: z.array(z.string()),
});
export type UnteamedDto = z.infer<typeof UnteamedDto>;
export const UnteamedPageDto = pageOf(UnteamedDto);
export type UnteamedPageDto = z.infer<typeof UnteamedPageDto>;
