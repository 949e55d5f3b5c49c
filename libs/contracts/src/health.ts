import { z } from 'zod';

export const DependencyHealth = z.object({
  status: z.enum(['up', 'down']),
  detail: z.string().optional(),
});
export const HealthDto = z.object({
  /** `degraded`: something configured is down (the body says what); the instance may still be ready. */
  status: z.enum(['ok', 'degraded']),
  /** This instance can serve: its database answers and it is not shutting down. Redis is not needed for that. */
  ready: z.boolean(),
  version: z.string(),
  database: DependencyHealth.extend({ driver: z.enum(['sqlite', 'postgres']) }),
  redis: DependencyHealth.extend({ configured: z.boolean() }),
});
export type HealthDto = z.infer<typeof HealthDto>;
