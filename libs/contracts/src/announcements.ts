import { z } from 'zod';

export const CreateAnnouncementInput = z.strictObject({
  body: z.string().trim().min(1, 'is required').max(5_000, 'must be at most 5000 characters'),
});
export type CreateAnnouncementInput = z.infer<typeof CreateAnnouncementInput>;

export const AnnouncementDto = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  body: z.string(),
  author: z.object({ displayName: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
});
export type AnnouncementDto = z.infer<typeof AnnouncementDto>;
