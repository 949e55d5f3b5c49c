import { z } from 'zod';
import { pageOf } from './pagination.js';

/** Invite codes use only characters that cannot be mistaken for one another when read aloud or typed. */
export const INVITE_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const INVITE_CODE_LENGTH = 12;

const text = () => z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') }).trim();

const teamName = text().min(1, 'is required').max(100, 'must be at most 100 characters');

export const CreateTeamInput = z.strictObject({ name: teamName });
export type CreateTeamInput = z.infer<typeof CreateTeamInput>;

export const RenameTeamInput = z.strictObject({ name: teamName });
export type RenameTeamInput = z.infer<typeof RenameTeamInput>;

/** Codes are read case-insensitively, and the spaces or dashes people add when sharing them are ignored. */
export const JoinTeamInput = z.strictObject({
  inviteCode: text()
    .min(1, 'is required')
    .max(64, 'is not an invite code')
    .transform((code) => code.replace(/[\s-]/g, '').toUpperCase()),
});
export type JoinTeamInput = z.infer<typeof JoinTeamInput>;

export const TransferCaptaincyInput = z.strictObject({ userId: z.uuid({ error: 'must be a user id (UUID)' }) });
export type TransferCaptaincyInput = z.infer<typeof TransferCaptaincyInput>;

export const TeamMemberDto = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  isCaptain: z.boolean(),
  joinedAt: z.iso.datetime(),
});
export type TeamMemberDto = z.infer<typeof TeamMemberDto>;

/** What anyone who may see the event learns about a team. */
export const TeamSummaryDto = z.object({
  id: z.uuid(),
  name: z.string(),
  size: z.number().int(),
  maxSize: z.number().int(),
});
export type TeamSummaryDto = z.infer<typeof TeamSummaryDto>;

/** The whole team, for its members and the event's organizers. */
export const TeamDto = TeamSummaryDto.extend({
  eventId: z.uuid(),
  inviteCode: z.string(),
  captainId: z.uuid().nullable(),
  members: z.array(TeamMemberDto),
  createdAt: z.iso.datetime(),
});
export type TeamDto = z.infer<typeof TeamDto>;

export const TeamPageDto = pageOf(TeamDto);
export type TeamPageDto = z.infer<typeof TeamPageDto>;
