import { z } from 'zod';

/** A data set of an event's catalogue as open data describes it: no contact, no person. */
export const OpenDatasetDto = z.object({
  id: z.uuid(),
  title: z.string(),
  url: z.string(),
  format: z.string(),
  licence: z.string(),
});
export type OpenDatasetDto = z.infer<typeof OpenDatasetDto>;

/** A submitted project of a public event once its submission deadline has passed. */
export const BuiltProjectDto = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string(),
  teamName: z.string(),
  repositoryUrl: z.string().nullable(),
  demoUrl: z.string().nullable(),
  event: z.object({ slug: z.string(), name: z.string() }),
  challenge: z.object({ id: z.uuid(), title: z.string() }),
});
export type BuiltProjectDto = z.infer<typeof BuiltProjectDto>;

export const DatasetUseDto = OpenDatasetDto.extend({
  event: z.object({ slug: z.string(), name: z.string() }),
  challenge: z.object({ id: z.uuid(), title: z.string() }),
  projects: z.array(BuiltProjectDto),
});
export type DatasetUseDto = z.infer<typeof DatasetUseDto>;

/** "Built on this data": a data set, the organization that offers it, and every project that used it, across events. */
export const BuiltOnDatasetDto = z.object({
  dataset: OpenDatasetDto,
  organization: z.object({ id: z.uuid(), name: z.string(), kind: z.string(), website: z.string().nullable() }),
  event: z.object({ slug: z.string(), name: z.string() }),
  challenge: z.object({ id: z.uuid(), title: z.string() }),
  /** Projects of any public event that used a data set at the same address. */
  projects: z.array(BuiltProjectDto),
});
export type BuiltOnDatasetDto = z.infer<typeof BuiltOnDatasetDto>;

/** An organization's data sets in public events and what was built on each. */
export const OrganizationBuiltOnDto = z.object({
  organization: z.object({ id: z.uuid(), name: z.string(), kind: z.string(), website: z.string().nullable() }),
  datasets: z.array(DatasetUseDto),
});
export type OrganizationBuiltOnDto = z.infer<typeof OrganizationBuiltOnDto>;

/** A challenge's data sets and the projects built on them. */
export const ChallengeBuiltOnDto = z.object({
  challengeId: z.uuid(),
  datasets: z.array(DatasetUseDto),
});
export type ChallengeBuiltOnDto = z.infer<typeof ChallengeBuiltOnDto>;

/** The event as one JSON document, in the shape of Dribdat's `hackathon.json`. */
export const HackathonJsonDto = z.object({
  name: z.string(),
  summary: z.string(),
  description: z.string(),
  homepage_url: z.string(),
  starts_at: z.iso.datetime(),
  ends_at: z.iso.datetime(),
  timezone: z.string(),
  results_published: z.boolean(),
  license: z.string(),
  challenges: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      description: z.string(),
      url: z.string(),
      organization: z.object({ name: z.string(), kind: z.string(), website: z.string().nullable() }),
      datasets: z.array(OpenDatasetDto),
    }),
  ),
  projects: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      summary: z.string(),
      team: z.string(),
      challenge_id: z.uuid(),
      source_url: z.string().nullable(),
      demo_url: z.string().nullable(),
      video_url: z.string().nullable(),
      datasets: z.array(z.object({ id: z.uuid().nullable(), title: z.string(), url: z.string().nullable() })),
      /** Only once the results are published. */
      rank: z.number().int().nullable(),
      score: z.number().nullable(),
    }),
  ),
});
export type HackathonJsonDto = z.infer<typeof HackathonJsonDto>;

/** A Frictionless Data Package descriptor (https://specs.frictionlessdata.io/data-package/). */
export const DataPackageDto = z.looseObject({
  name: z.string(),
  title: z.string(),
  profile: z.string(),
  licenses: z.array(z.looseObject({ name: z.string() })),
  resources: z.array(z.looseObject({ name: z.string(), path: z.string(), schema: z.looseObject({}) })),
});
export type DataPackageDto = z.infer<typeof DataPackageDto>;

// Four tables within the API's 1 MB body limit.
const csvText = z.string().max(240_000);

/** A Data Package exported from a published event, with the text of its CSV resources. */
export const DataPackageImportInput = z.strictObject({
  datapackage: z.looseObject({
    profile: z.literal('tabular-data-package'),
    resources: z.array(z.looseObject({ name: z.string(), path: z.string() })).min(1),
  }),
  csv: z.strictObject({
    challenges: csvText,
    datasets: csvText,
    projects: csvText,
    'project-datasets': csvText,
    results: csvText.optional(),
  }),
});
export type DataPackageImportInput = z.infer<typeof DataPackageImportInput>;

export const DataPackageImportResultDto = z.object({
  eventId: z.uuid(),
  organizationsCreated: z.number().int(),
  challenges: z.number().int(),
  datasets: z.number().int(),
  projects: z.number().int(),
});
export type DataPackageImportResultDto = z.infer<typeof DataPackageImportResultDto>;
