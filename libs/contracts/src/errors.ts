import { z } from 'zod';

/** Every error the API returns has this shape; `fields` maps a field path to what is wrong with it. */
export const ErrorResponse = z.object({
  code: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;
