import { z } from 'zod';

export const SUBMISSION_STATUSES = ['draft', 'submitted'] as const;
export const SubmissionStatus = z.enum(SUBMISSION_STATUSES);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;
