import { z } from 'zod';

export const ORGANIZATION_KINDS = ['municipality', 'national-agency', 'region', 'company', 'other'] as const;
export const OrganizationKind = z.enum(ORGANIZATION_KINDS);
export type OrganizationKind = z.infer<typeof OrganizationKind>;
