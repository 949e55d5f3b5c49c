import { z } from 'zod';
import { pageOf } from './pagination.js';

export const ORGANIZATION_KINDS = ['municipality', 'national-agency', 'region', 'company', 'other'] as const;
export const OrganizationKind = z.enum(ORGANIZATION_KINDS, {
  error: (issue) => (issue.input === undefined ? 'is required' : `must be one of ${ORGANIZATION_KINDS.join(', ')}`),
});
export type OrganizationKind = z.infer<typeof OrganizationKind>;

const text = () => z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') }).trim();

const name = text().min(1, 'is required').max(200, 'must be at most 200 characters');

/** Only http and https: anything else (javascript:, data:, file:) could run or leak when a page links to it. */
const website = text()
  .max(500, 'must be at most 500 characters')
  .pipe(z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' }));

export const CreateOrganizationInput = z.strictObject({
  name,
  kind: OrganizationKind,
  website: website.nullable().optional(),
});
export type CreateOrganizationInput = z.infer<typeof CreateOrganizationInput>;

/** Only the fields given change; `website: null` removes the website. */
export const UpdateOrganizationInput = z
  .strictObject({ name, kind: OrganizationKind, website: website.nullable() })
  .partial()
  .refine((input) => Object.keys(input).length > 0, { message: 'give at least one field to change' });
export type UpdateOrganizationInput = z.infer<typeof UpdateOrganizationInput>;

export const OrganizationDto = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: OrganizationKind,
  website: z.string().nullable(),
});
export type OrganizationDto = z.infer<typeof OrganizationDto>;

export const OrganizationPageDto = pageOf(OrganizationDto);
export type OrganizationPageDto = z.infer<typeof OrganizationPageDto>;
