import { z } from 'zod';
import { PageQuery, pageOf } from './pagination.js';

export const SUBMISSION_STATUSES = ['draft', 'submitted'] as const;
export const SubmissionStatus = z.enum(SUBMISSION_STATUSES);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;

export const MAX_SUBMISSION_IMAGES = 10;
export const MAX_SUBMISSION_DATASETS = 30;

const text = () => z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') }).trim();

const WEB_ADDRESS_MESSAGE = 'must be a web address starting with http:// or https://';

/** Only http and https: anything else (javascript:, data:, file:) could run or leak when a page links to it. */
const webAddressFormat = z.url({ protocol: /^https?$/, error: WEB_ADDRESS_MESSAGE });

const webAddress = text().min(1, 'is required').max(2000, 'must be at most 2000 characters').pipe(webAddressFormat);

/** An optional link: null or an empty string clears it. */
const optionalWebAddress = text()
  .max(2000, 'must be at most 2000 characters')
  .refine((value) => value === '' || webAddressFormat.safeParse(value).success, WEB_ADDRESS_MESSAGE)
  .transform((value) => value || null)
  .nullable()
  .optional();

const id = z.uuid({ error: 'must be an id (UUID)' });

/**
 * A data set the project used: one from the event's catalogue by its `datasetId`, or a free entry
 * with a title and a URL. Written as one object so each wrong field gets its own message.
 */
export const SubmissionDatasetInput = z
  .strictObject({
    datasetId: id.optional(),
    title: text().min(1, 'is required').max(200, 'must be at most 200 characters').optional(),
    url: webAddress.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.datasetId !== undefined) {
      for (const key of ['title', 'url'] as const) {
        if (entry[key] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'give either a catalogue datasetId or a title and url',
          });
        }
      }
      return;
    }
    for (const key of ['title', 'url'] as const) {
      if (entry[key] === undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'is required for a data set outside the catalogue' });
      }
    }
  });
export type SubmissionDatasetInput = z.infer<typeof SubmissionDatasetInput>;

const datasets = z
  .array(SubmissionDatasetInput, { error: 'must be a list of data sets' })
  .max(MAX_SUBMISSION_DATASETS, `may hold at most ${MAX_SUBMISSION_DATASETS} data sets`)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((entry, index) => {
      if (!entry.datasetId) return;
      if (seen.has(entry.datasetId)) {
        ctx.addIssue({ code: 'custom', path: [index, 'datasetId'], message: 'is listed twice' });
      }
      seen.add(entry.datasetId);
    });
  });

const images = z
  .array(webAddress, { error: 'must be a list of image addresses' })
  .max(MAX_SUBMISSION_IMAGES, `may hold at most ${MAX_SUBMISSION_IMAGES} images`);

const submissionFields = {
  title: text().min(1, 'is required').max(200, 'must be at most 200 characters'),
  summary: text().max(500, 'must be at most 500 characters'),
  /** Markdown, rendered safely by the web app. */
  description: z.string({ error: 'must be text' }).max(20_000, 'must be at most 20000 characters'),
  repositoryUrl: optionalWebAddress,
  demoUrl: optionalWebAddress,
  videoUrl: optionalWebAddress,
  images,
  datasets,
};

export const CreateSubmissionInput = z.strictObject({
  challengeId: id,
  title: submissionFields.title,
  summary: submissionFields.summary.default(''),
  description: submissionFields.description.default(''),
  repositoryUrl: submissionFields.repositoryUrl,
  demoUrl: submissionFields.demoUrl,
  videoUrl: submissionFields.videoUrl,
  images: images.default([]),
  datasets: datasets.default([]),
});
export type CreateSubmissionInput = z.infer<typeof CreateSubmissionInput>;

const version = z
  .number({ error: 'is required: the version this change is based on' })
  .int('must be a whole number')
  .min(1, 'must be at least 1');

/**
 * A change to a submission: only the fields given change (`images` and `datasets` replace the whole
 * list). `version` is the version the change was based on; if someone saved in between, the change
 * is refused rather than silently overwriting theirs.
 */
export const UpdateSubmissionInput = z
  .strictObject({
    version,
    title: submissionFields.title.optional(),
    summary: submissionFields.summary.optional(),
    description: submissionFields.description.optional(),
    repositoryUrl: submissionFields.repositoryUrl,
    demoUrl: submissionFields.demoUrl,
    videoUrl: submissionFields.videoUrl,
    images: images.optional(),
    datasets: datasets.optional(),
  })
  .refine((input) => Object.keys(input).some((key) => key !== 'version'), {
    message: 'give at least one field to change',
    // Only when nothing else is wrong: an unknown field already says what the problem is.
    when: (payload) => payload.issues.length === 0,
  });
export type UpdateSubmissionInput = z.infer<typeof UpdateSubmissionInput>;

/** Submitting and withdrawing name the version they act on, like edits. */
export const SubmissionVersionInput = z.strictObject({ version });
export type SubmissionVersionInput = z.infer<typeof SubmissionVersionInput>;

export const SubmissionListQuery = PageQuery.extend({ challengeId: id.optional() });
export type SubmissionListQuery = z.infer<typeof SubmissionListQuery>;

export const SubmissionDatasetDto = z.object({
  /** Set when the data set comes from the event's catalogue. */
  datasetId: z.uuid().nullable(),
  title: z.string(),
  url: z.string().nullable(),
});
export type SubmissionDatasetDto = z.infer<typeof SubmissionDatasetDto>;

/** The content of a submission, as kept in every revision. */
export const SubmissionSnapshot = z.object({
  challengeId: z.uuid(),
  title: z.string(),
  summary: z.string(),
  description: z.string(),
  repositoryUrl: z.string().nullable(),
  demoUrl: z.string().nullable(),
  videoUrl: z.string().nullable(),
  images: z.array(z.string()),
  datasets: z.array(SubmissionDatasetDto),
  status: SubmissionStatus,
});
export type SubmissionSnapshot = z.infer<typeof SubmissionSnapshot>;

export const SubmissionDto = SubmissionSnapshot.extend({
  id: z.uuid(),
  eventId: z.uuid(),
  team: z.object({ id: z.uuid(), name: z.string() }),
  challenge: z.object({ id: z.uuid(), title: z.string() }),
  version: z.number().int(),
  submittedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type SubmissionDto = z.infer<typeof SubmissionDto>;

export const SubmissionPageDto = pageOf(SubmissionDto);
export type SubmissionPageDto = z.infer<typeof SubmissionPageDto>;

export const SubmissionRevisionDto = z.object({
  version: z.number().int(),
  snapshot: SubmissionSnapshot,
  author: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  at: z.iso.datetime(),
});
export type SubmissionRevisionDto = z.infer<typeof SubmissionRevisionDto>;

/** A submission's history, newest first. */
export const SubmissionRevisionPageDto = pageOf(SubmissionRevisionDto);
export type SubmissionRevisionPageDto = z.infer<typeof SubmissionRevisionPageDto>;

/** A submitted project as the public gallery shows it: no people, only the team's name. */
export const GalleryProjectDto = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string(),
  description: z.string(),
  teamId: z.uuid(),
  teamName: z.string(),
  challenge: z.object({ id: z.uuid(), title: z.string() }),
  repositoryUrl: z.string().nullable(),
  demoUrl: z.string().nullable(),
  videoUrl: z.string().nullable(),
  images: z.array(z.string()),
  datasets: z.array(SubmissionDatasetDto),
  submittedAt: z.iso.datetime().nullable(),
});
export type GalleryProjectDto = z.infer<typeof GalleryProjectDto>;

export const GalleryPageDto = pageOf(GalleryProjectDto);
export type GalleryPageDto = z.infer<typeof GalleryPageDto>;

export const GalleryQuery = SubmissionListQuery;
export type GalleryQuery = z.infer<typeof GalleryQuery>;
