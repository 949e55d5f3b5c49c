import jsonld from 'jsonld';
import N3 from 'n3';
import type { EventData } from './open-data.service.js';

const { DataFactory, Writer } = N3;
const { namedNode, literal, blankNode, quad } = DataFactory;

export const PREFIXES = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dcterms: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  prov: 'http://www.w3.org/ns/prov#',
  schema: 'https://schema.org/',
  adms: 'http://www.w3.org/ns/adms#',
};

const dcat = (name: string) => namedNode(PREFIXES.dcat + name);
const dct = (name: string) => namedNode(PREFIXES.dcterms + name);
const foaf = (name: string) => namedNode(PREFIXES.foaf + name);
const vcard = (name: string) => namedNode(PREFIXES.vcard + name);
const a = namedNode(PREFIXES.rdf + 'type');
const xsd = (name: string) => namedNode(PREFIXES.xsd + name);

const EU = 'http://publications.europa.eu/resource/authority/';
const CC0 = namedNode('http://creativecommons.org/publicdomain/zero/1.0/');
const PUBLIC = namedNode(`${EU}access-right/PUBLIC`);
const THEMES = [namedNode(`${EU}data-theme/TECH`), namedNode(`${EU}data-theme/GOVE`)];
const LANGUAGES = [namedNode(`${EU}language/SWE`), namedNode(`${EU}language/ENG`)];

export interface CatalogInput {
  baseUrl: string;
  contactEmail: string;
  events: EventData[];
}

/**
 * The published results as a DCAT-AP-SE catalogue (https://docs.dataportal.se/dcat/en/): one
 * dcat:Dataset per published event with its CSV, JSON and Data Package distributions, and for each
 * project the open data sets it was built on (prov:wasDerivedFrom).
 */
export function catalogQuads(input: CatalogInput): N3.Quad[] {
  const { baseUrl } = input;
  const quads: N3.Quad[] = [];
  const add = (s: N3.Quad_Subject, p: N3.NamedNode, o: N3.Quad_Object) => quads.push(quad(s, p, o));
  const catalog = namedNode(`${baseUrl}/api/catalog`);
  const publisher = namedNode(`${baseUrl}/#publisher`);
  const host = new URL(baseUrl).host;

  add(catalog, a, dcat('Catalog'));
  add(catalog, dct('title'), literal('Hackathonresultat som öppna data', 'sv'));
  add(catalog, dct('title'), literal('Hackathon results as open data', 'en'));
  add(catalog, dct('description'), literal(`Publicerade resultat från hackathon på ${host}.`, 'sv'));
  add(catalog, dct('description'), literal(`Published results of the hackathons on ${host}.`, 'en'));
  add(catalog, dct('publisher'), publisher);
  add(catalog, foaf('homepage'), namedNode(`${baseUrl}/`));
  add(catalog, dct('license'), CC0);
  for (const language of LANGUAGES) add(catalog, dct('language'), language);

  add(publisher, a, foaf('Agent'));
  add(publisher, foaf('name'), literal(`Hackboard – ${host}`));

  for (const data of input.events) {
    const { event } = data;
    const page = `${baseUrl}/events/${event.slug}`;
    const api = `${baseUrl}/api/events/${event.slug}`;
    const dataset = namedNode(`${page}#results`);
    add(catalog, dcat('dataset'), dataset);
    add(dataset, a, dcat('Dataset'));
    add(dataset, dct('identifier'), literal(`${page}#results`));
    add(dataset, dct('title'), literal(`${event.name} – resultat`, 'sv'));
    add(dataset, dct('title'), literal(`${event.name} – results`, 'en'));
    const about = event.tagline || event.name;
    add(dataset, dct('description'), literal(`Utmaningar, datamängder, projekt och resultat. ${about}`, 'sv'));
    add(dataset, dct('description'), literal(`Challenges, data sets, projects and results. ${about}`, 'en'));
    add(dataset, dct('publisher'), publisher);
    add(dataset, dcat('landingPage'), namedNode(page));
    add(dataset, dct('accessRights'), PUBLIC);
    for (const theme of THEMES) add(dataset, dcat('theme'), theme);
    for (const keyword of ['hackathon', 'öppna data']) add(dataset, dcat('keyword'), literal(keyword, 'sv'));
    add(dataset, dcat('keyword'), literal('open data', 'en'));
    if (event.resultsPublishedAt)
      add(dataset, dct('issued'), literal(event.resultsPublishedAt.toISOString(), xsd('dateTime')));

    const period = blankNode();
    add(dataset, dct('temporal'), period);
    add(period, a, dct('PeriodOfTime'));
    add(period, dcat('startDate'), literal(event.hackingStartsAt.toISOString(), xsd('dateTime')));
    add(period, dcat('endDate'), literal(event.judgingEndsAt.toISOString(), xsd('dateTime')));

    const contact = blankNode();
    add(dataset, dcat('contactPoint'), contact);
    add(contact, a, vcard('Kind'));
    add(contact, a, vcard('Organization'));
    add(contact, vcard('fn'), literal(`Hackboard – ${host}`));
    add(contact, vcard('hasEmail'), namedNode(`mailto:${input.contactEmail}`));

    const distributions: [string, string, string, string][] = [
      ['datapackage.json', 'Data Package (Frictionless)', 'JSON', 'application/json'],
      ['hackathon.json', 'hackathon.json', 'JSON', 'application/json'],
      ...(['challenges', 'datasets', 'projects', 'project-datasets', 'results'] as const).map(
        (name): [string, string, string, string] => [`datapackage/${name}.csv`, `${name}.csv`, 'CSV', 'text/csv'],
      ),
    ];
    for (const [path, title, format, mediaType] of distributions) {
      const distribution = namedNode(`${api}/${path}`);
      add(dataset, dcat('distribution'), distribution);
      add(distribution, a, dcat('Distribution'));
      add(distribution, dct('title'), literal(title));
      add(distribution, dcat('accessURL'), namedNode(`${api}/${path}`));
      add(distribution, dcat('downloadURL'), namedNode(`${api}/${path}`));
      add(distribution, dct('format'), namedNode(`${EU}file-type/${format}`));
      add(distribution, dcat('mediaType'), namedNode(`http://www.iana.org/assignments/media-types/${mediaType}`));
      add(distribution, dct('license'), CC0);
    }

    for (const project of data.projects) {
      const node = namedNode(`${page}/gallery#${project.submission.id}`);
      add(dataset, dct('hasPart'), node);
      add(node, a, namedNode(PREFIXES.schema + 'CreativeWork'));
      add(node, dct('title'), literal(project.submission.title));
      for (const used of project.datasets) {
        if (!used.url || !/^https?:\/\//.test(used.url)) continue;
        add(node, namedNode(PREFIXES.prov + 'wasDerivedFrom'), namedNode(used.url));
        add(dataset, dct('source'), namedNode(used.url));
      }
    }
    for (const { datasets } of data.challenges) {
      for (const offered of datasets) {
        if (!/^https?:\/\//.test(offered.url)) continue;
        add(namedNode(offered.url), dct('title'), literal(offered.title));
      }
    }
  }
  // A data set used by several projects is named once.
  return new N3.Store(quads).getQuads(null, null, null, null);
}

export function toTurtle(quads: N3.Quad[]): Promise<string> {
  const writer = new Writer({ prefixes: PREFIXES });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((error, result) => (error ? reject(error) : resolve(result))));
}

export async function toJsonLd(quads: N3.Quad[]): Promise<object> {
  const writer = new Writer({ format: 'N-Quads' });
  writer.addQuads(quads);
  const nquads = await new Promise<string>((resolve, reject) =>
    writer.end((error, result) => (error ? reject(error) : resolve(result))),
  );
  const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
  const context = Object.fromEntries(Object.entries(PREFIXES).filter(([key]) => key !== 'rdf'));
  return jsonld.compact(expanded, context);
}
