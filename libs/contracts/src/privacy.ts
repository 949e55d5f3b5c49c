import { z } from 'zod';

export const EraseAccountInput = z.strictObject({
  /** Required for an account with a password; one that signs in only through a provider confirms by a recent sign-in there. */
  password: z.string().min(1, 'is required').max(200).optional(),
  confirm: z.literal('ERASE', { message: 'must be the word ERASE' }),
});
export type EraseAccountInput = z.infer<typeof EraseAccountInput>;

/** Everything held about one person: their account and every row that points at them, by table. */
export const PersonalDataDto = z.object({
  format: z.literal('hackboard-personal-data'),
  exportedAt: z.iso.datetime(),
  account: z.record(z.string(), z.unknown()),
  records: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type PersonalDataDto = z.infer<typeof PersonalDataDto>;
