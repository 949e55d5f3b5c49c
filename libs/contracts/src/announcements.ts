import { z } from 'zod';

export const CreateAnnouncementInput = z.strictObject({
  body: z.string().trim().min(1, 'is required').max(5_000, 'must be at most 5000 characters'),
  /** Also mail it to everyone with a role in the event (who has not turned announcements off). */
  email: z.boolean().default(false),
});
export type CreateAnnouncementInput = z.infer<typeof CreateAnnouncementInput>;

export const AnnouncementDto = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  body: z.string(),
  author: z.object({ displayName: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  /** How many people it was mailed to; null when it was not mailed. */
  emailedTo: z.number().int().nullable(),
});
export type AnnouncementDto = z.infer<typeof AnnouncementDto>;
