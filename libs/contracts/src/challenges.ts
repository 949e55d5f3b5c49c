import { z } from 'zod';
import { OrganizationDto } from './organizations.js';

export const MAX_CHALLENGE_DATASETS = 50;

const text = () => z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') }).trim();
const required = (max: number) => text().min(1, 'is required').max(max, `must be at most ${max} characters`);
const optional = (max: number) => text().max(max, `must be at most ${max} characters`);

/** Only http and https: anything else (javascript:, data:, file:) could run or leak when a page links to it. */
const webAddress = text()
  .min(1, 'is required')
  .max(2000, 'must be at most 2000 characters')
  .pipe(z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' }));

const id = z.uuid({ error: 'must be a UUID' });

/**
 * One open data set of a challenge. When a challenge's list is replaced, an entry with the `id` of
 * one of its current data sets keeps that data set (and the submissions that cite it); entries
 * without an id are new.
 */
export const DatasetInput = z.strictObject({
  id: id.optional(),
  title: required(200),
  url: webAddress,
  format: required(50),
  licence: required(100),
});
export type DatasetInput = z.infer<typeof DatasetInput>;

const datasets = z
  .array(DatasetInput, { error: 'must be a list of data sets' })
  .max(MAX_CHALLENGE_DATASETS, `may hold at most ${MAX_CHALLENGE_DATASETS} data sets`)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((dataset, index) => {
      if (!dataset.id) return;
      if (seen.has(dataset.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'is listed twice' });
      seen.add(dataset.id);
    });
  });

const challengeFields = {
  title: required(200),
  /** Markdown, rendered safely by the web app. */
  description: required(20_000),
  prizes: optional(5_000),
  contactName: required(100),
  contactEmail: text()
    .max(254, 'must be at most 254 characters')
    .pipe(z.email({ error: 'must be an email address' }))
    .nullable(),
  datasets,
};

/**
 * A new challenge. An agency member posts for their own organization (`organizationId` may be left
 * out when they act for only one); an organizer names the organization.
 */
export const CreateChallengeInput = z.strictObject({
  organizationId: id.optional(),
  title: challengeFields.title,
  description: challengeFields.description,
  prizes: challengeFields.prizes.default(''),
  contactName: challengeFields.contactName,
  contactEmail: challengeFields.contactEmail.optional(),
  datasets: challengeFields.datasets.default([]),
});
export type CreateChallengeInput = z.infer<typeof CreateChallengeInput>;

/** Only the fields given change; `datasets`, when given, replaces the whole list in its order. */
export const UpdateChallengeInput = z
  .strictObject({ organizationId: id, ...challengeFields })
  .partial()
  .refine((input) => Object.keys(input).length > 0, { message: 'give at least one field to change' });
export type UpdateChallengeInput = z.infer<typeof UpdateChallengeInput>;

export const DatasetDto = z.object({
  id: z.uuid(),
  title: z.string(),
  url: z.string(),
  format: z.string(),
  licence: z.string(),
});
export type DatasetDto = z.infer<typeof DatasetDto>;

export const ChallengeDto = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  organization: OrganizationDto,
  title: z.string(),
  description: z.string(),
  prizes: z.string(),
  contactName: z.string(),
  contactEmail: z.string().nullable(),
  datasets: z.array(DatasetDto),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ChallengeDto = z.infer<typeof ChallengeDto>;

/** One entry of an event's data-set catalogue: a data set with the challenge and organization it comes from. */
export const CatalogueEntryDto = DatasetDto.extend({
  challengeId: z.uuid(),
  challengeTitle: z.string(),
  organizationId: z.uuid(),
  organizationName: z.string(),
});
export type CatalogueEntryDto = z.infer<typeof CatalogueEntryDto>;
