import { z } from 'zod';
import { ORGANIZATION_KINDS } from '@hackboard/contracts';

/**
 * What an imported Data Package's rows must hold: the same limits the platform's own forms and
 * columns keep (lengths, web addresses only over http or https, real dates), so an import cannot
 * store what no user could have typed, and a bad cell is a 400 naming it, never a database error.
 */
const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const required = (max: number) => text(max).min(1, 'is required');
const webAddress = z
  .string()
  .max(2000, 'must be at most 2000 characters')
  .refine(
    (value) => value === '' || z.url({ protocol: /^https?$/ }).safeParse(value).success,
    'must be a web address starting with http:// or https://',
  );
const moment = z
  .string()
  .refine((value) => value === '' || !Number.isNaN(Date.parse(value)), 'must be a date and time');

export const PACKAGE_ROWS = {
  challenges: z.object({
    id: required(100),
    title: required(200),
    description: text(20_000),
    prizes: text(2_000),
    organization: required(200),
    organization_kind: z.enum(ORGANIZATION_KINDS, {
      error: `must be one of ${ORGANIZATION_KINDS.join(', ')}`,
    }),
    organization_website: webAddress.pipe(text(500)),
  }),
  datasets: z.object({
    id: required(100),
    challenge_id: required(100),
    title: required(200),
    url: webAddress,
    format: text(50),
    licence: text(100),
  }),
  projects: z.object({
    id: required(100),
    challenge_id: required(100),
    team: required(100),
    title: required(200),
    summary: text(500),
    repository_url: webAddress,
    demo_url: webAddress,
    video_url: webAddress,
    submitted_at: moment,
  }),
  'project-datasets': z.object({
    project_id: required(100),
    dataset_id: text(100),
    title: required(200),
    url: webAddress,
  }),
} as const;

export type PackageResource = keyof typeof PACKAGE_ROWS;

/** The first problem of a row, as "column: message", or null when the row is fine. */
export function rowProblem(resource: PackageResource, row: Record<string, string>): string | null {
  // Columns the schema does not name are ignored; those it names and the row lacks read as empty.
  const shape = PACKAGE_ROWS[resource].shape as Record<string, z.ZodType>;
  const cells = Object.fromEntries(Object.keys(shape).map((column) => [column, row[column] ?? '']));
  const result = PACKAGE_ROWS[resource].safeParse(cells);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')} ${issue.message}`;
}
