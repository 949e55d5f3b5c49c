import { z } from 'zod';

export const DependencyHealth = z.object({
  status: z.enum(['up', 'down']),
  detail: z.string().optional(),
});
export const HealthDto = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: DependencyHealth.extend({ driver: z.enum(['sqlite', 'postgres']) }),
  redis: DependencyHealth.extend({ configured: z.boolean() }),
});
export type HealthDto = z.infer<typeof HealthDto>;
