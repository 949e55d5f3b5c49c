import { type CsvCell, toCsv } from '../leaderboards/csv.js';

/** One column of a Table Schema (https://specs.frictionlessdata.io/table-schema/). */
export interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'datetime';
  format?: 'uri';
  description: string;
  constraints?: { required?: boolean; unique?: boolean };
}

export interface TableSchema {
  fields: Field[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  missingValues: string[];
}

export const RESOURCE_NAMES = ['challenges', 'datasets', 'projects', 'project-datasets', 'results'] as const;
export type ResourceName = (typeof RESOURCE_NAMES)[number];

const id = (description: string): Field => ({
  name: 'id',
  type: 'string',
  description,
  constraints: { required: true, unique: true },
});
const ref = (name: string, description: string, required = true): Field => ({
  name,
  type: 'string',
  description,
  ...(required ? { constraints: { required: true } } : {}),
});
const text = (name: string, description: string, required = false): Field => ({
  name,
  type: 'string',
  description,
  ...(required ? { constraints: { required: true } } : {}),
});
const uri = (name: string, description: string): Field => ({ name, type: 'string', format: 'uri', description });

export const SCHEMAS: Record<ResourceName, TableSchema> = {
  challenges: {
    fields: [
      id('The challenge'),
      text('title', 'Title of the challenge', true),
      text('description', 'Description, in Markdown'),
      text('prizes', 'Prizes offered'),
      text('organization', 'Name of the organization that posed the challenge', true),
      text('organization_kind', 'municipality, national-agency, region, company or other', true),
      uri('organization_website', 'Website of the organization'),
    ],
    primaryKey: ['id'],
    missingValues: [''],
  },
  datasets: {
    fields: [
      id('The data set in the event catalogue'),
      ref('challenge_id', 'The challenge that offers the data set'),
      text('title', 'Title of the data set', true),
      uri('url', 'Where the data set is published'),
      text('format', 'File format, as the challenge owner gave it'),
      text('licence', 'The data set’s own licence, as the challenge owner gave it'),
    ],
    primaryKey: ['id'],
    foreignKeys: [{ fields: ['challenge_id'], reference: { resource: 'challenges', fields: ['id'] } }],
    missingValues: [''],
  },
  projects: {
    fields: [
      id('The submitted project'),
      ref('challenge_id', 'The challenge the project answers'),
      text('title', 'Title of the project', true),
      text('summary', 'Short summary'),
      text('team', 'Name of the team', true),
      uri('repository_url', 'Source code'),
      uri('demo_url', 'Running demo'),
      uri('video_url', 'Video'),
      { name: 'submitted_at', type: 'datetime', description: 'When the project was submitted' },
    ],
    primaryKey: ['id'],
    foreignKeys: [{ fields: ['challenge_id'], reference: { resource: 'challenges', fields: ['id'] } }],
    missingValues: [''],
  },
  'project-datasets': {
    fields: [
      ref('project_id', 'The project'),
      ref('dataset_id', 'The catalogue data set used; empty for a data set from elsewhere', false),
      text('title', 'Title of the data set used', true),
      uri('url', 'Where the data set used is published'),
    ],
    foreignKeys: [{ fields: ['project_id'], reference: { resource: 'projects', fields: ['id'] } }],
    missingValues: [''],
  },
  results: {
    fields: [
      { name: 'rank', type: 'integer', description: 'Shared ranks (1, 2, 2, 4); empty without a complete review' },
      ref('project_id', 'The project'),
      text('title', 'Title of the project', true),
      text('team', 'Name of the team', true),
      ref('challenge_id', 'The challenge the project answers', false),
      { name: 'score', type: 'number', description: 'Published score on the rubric’s scale' },
      { name: 'reviews', type: 'integer', description: 'Complete reviews that count', constraints: { required: true } },
      text('method', 'raw or normalized (per juror)', true),
    ],
    primaryKey: ['project_id'],
    foreignKeys: [{ fields: ['project_id'], reference: { resource: 'projects', fields: ['id'] } }],
    missingValues: [''],
  },
};

export const CC0 = {
  name: 'CC0-1.0',
  path: 'https://creativecommons.org/publicdomain/zero/1.0/',
  title: 'Creative Commons Zero v1.0 Universal',
};

export function csvOf(name: ResourceName, rows: readonly (readonly CsvCell[])[]): string {
  return toCsv(
    SCHEMAS[name].fields.map((field) => field.name),
    rows,
  );
}

/** toCsv guards text a spreadsheet would run as a formula with an apostrophe; reading takes it off. */
export function unguard(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

const DESCRIPTIONS: Record<ResourceName, string> = {
  challenges: 'The challenges posed by public bodies and companies.',
  datasets:
    'The open data sets the challenges offered. Each keeps its own licence (column licence); this table only describes them.',
  projects: 'The submitted projects.',
  'project-datasets': 'Which data sets each project used.',
  results: 'The published results of the event board.',
};

export interface PackageInput {
  slug: string;
  name: string;
  description: string;
  homepage: string;
  created: string;
  datasets: { title: string; url: string }[];
  resources: readonly ResourceName[];
}

export function descriptor(input: PackageInput) {
  return {
    profile: 'tabular-data-package',
    name: input.slug.toLowerCase().replace(/[^-a-z0-9._]/g, '-'),
    title: input.name,
    description: input.description,
    homepage: input.homepage,
    created: input.created,
    keywords: ['hackathon', 'open data'],
    licenses: [CC0],
    sources: input.datasets.map((dataset) => ({ title: dataset.title, path: dataset.url })),
    resources: input.resources.map((name) => ({
      profile: 'tabular-data-resource',
      name,
      // Relative to datapackage.json, so the package reads the same online and unpacked to a folder.
      path: `datapackage/${name}.csv`,
      title: name,
      description: DESCRIPTIONS[name],
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      licenses: [CC0],
      dialect: { delimiter: ',', lineTerminator: '\r\n', doubleQuote: true, quoteChar: '"', header: true },
      schema: SCHEMAS[name],
    })),
  };
}
