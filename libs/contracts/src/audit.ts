import { z } from 'zod';
import { pageOf } from './pagination.js';

export const AuditEntryDto = z.object({
  id: z.uuid(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  actor: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  at: z.iso.datetime(),
});
export type AuditEntryDto = z.infer<typeof AuditEntryDto>;

export const AuditPageDto = pageOf(AuditEntryDto);
