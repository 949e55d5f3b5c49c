import type { BuiltOnDatasetDto, HackathonJsonDto, OrganizationBuiltOnDto } from '@hackboard/contracts';
import rdf from '@zazuko/env';
// The Frictionless reference implementations of the Data Package and Table Schema specifications.
import datapackage from 'datapackage';
import jsonld from 'jsonld';
import N3 from 'n3';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SHACLValidator from 'rdf-validate-shacl';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ChallengeEntity } from '../src/challenges/challenge.entity.js';
import { DatasetEntity } from '../src/challenges/dataset.entity.js';
import { ScoreEntity } from '../src/reviews/score.entity.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/seed/demo-data.js';
import { SubmissionRevisionEntity } from '../src/submissions/submission-revision.entity.js';
import { SubmissionEntity } from '../src/submissions/submission.entity.js';
import { TeamEntity } from '../src/teams/team.entity.js';
import { UserEntity } from '../src/users/user.entity.js';
import { createEvent, registerUser } from './support/actors.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { drivers } from './support/test-databases.js';

const BASE = 'https://hack.example.se';
const SLUG = 'open-data-hack-2026';
const SHAPES = join(import.meta.dirname, '../src/open-data/dcat-ap-se.shapes.ttl');
/** The European profile's own shapes, as SEMIC publishes them (source in the file). */
const DCAT_AP_SHAPES = join(import.meta.dirname, 'support/shapes/dcat-ap_2.1.1_shacl_shapes.ttl');
const INDEX_HTML = `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Hackboard – hackathons on open data" />
    <title>Hackboard</title>
  </head>
  <body><div id="root"></div></body>
</html>`;
const RESOURCES = ['challenges', 'datasets', 'projects', 'project-datasets', 'results'] as const;

/** The JSON-LD blocks of a page, parsed. */
function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1]!) as Record<string, unknown>,
  );
}

function meta(html: string, property: string): string | undefined {
  const pattern = new RegExp(`<meta (?:property|name)="${property.replace(/[:]/g, '\\:')}" content="([^"]*)"`);
  return pattern.exec(html)?.[1];
}

async function shaclReport(quads: N3.Quad[], shapesFile = SHAPES) {
  const shapes = new N3.Parser().parse(readFileSync(shapesFile, 'utf8'));
  const validator = new SHACLValidator(rdf.dataset(shapes), { factory: rdf });
  return validator.validate(rdf.dataset(quads));
}

describe.each(drivers())('results as open data on %s', (driver) => {
  let t: TestApp;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'hackboard-web-'));
    writeFileSync(join(webDir, 'index.html'), INDEX_HTML);
    t = await startTestApp(driver, { SEED_DEMO: 'true', WEB_DIST_DIR: webDir, PUBLIC_URL: BASE });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  const page = (path: string, language?: string) =>
    request(t.http)
      .get(path)
      .set('Accept', 'text/html')
      .set('Accept-Language', language ?? 'sv-SE,sv;q=0.9')
      .expect(200)
      .then((response) => response.text);

  async function signInDemo(key: string) {
    const account = DEMO_ACCOUNTS.find((a) => a.key === key)!;
    const agent = request.agent(t.http);
    await agent.post('/api/auth/login').send({ email: account.email, password: DEMO_PASSWORD }).expect(200);
    return agent;
  }

  /** Every output of the feature, as text, for the personal-data scan. */
  async function everyOutput(): Promise<Map<string, string>> {
    const db = t.app.get(DataSource);
    const challenges = await db.getRepository(ChallengeEntity).find();
    const datasets = await db.getRepository(DatasetEntity).find();
    const paths = [
      '/',
      `/events/${SLUG}`,
      `/events/${SLUG}/gallery`,
      `/events/${SLUG}/results`,
      ...challenges.map((c) => `/events/${SLUG}/challenges/${c.id}`),
      ...[...new Set(challenges.map((c) => c.organizationId))].map((id) => `/organizations/${id}`),
      ...datasets.map((d) => `/datasets/${d.id}`),
    ];
    const outputs = new Map<string, string>();
    for (const path of paths) {
      for (const language of ['sv', 'en'])
        outputs.set(`${path}?lang=${language}`, await page(`${path}?lang=${language}`));
    }
    const api = [
      '/sitemap.xml',
      '/robots.txt',
      `/api/events/${SLUG}/hackathon.json`,
      `/api/events/${SLUG}/datapackage.json`,
      ...RESOURCES.map((name) => `/api/events/${SLUG}/datapackage/${name}.csv`),
      ...challenges.map((c) => `/api/events/${SLUG}/challenges/${c.id}/built-on`),
      ...[...new Set(challenges.map((c) => c.organizationId))].map((id) => `/api/organizations/${id}/built-on`),
      ...datasets.map((d) => `/api/datasets/${d.id}/built-on`),
    ];
    for (const path of api) outputs.set(path, (await request(t.http).get(path)).text);
    outputs.set('catalog.ttl', (await request(t.http).get('/api/catalog').set('Accept', 'text/turtle')).text);
    outputs.set(
      'catalog.jsonld',
      (await request(t.http).get('/api/catalog').set('Accept', 'application/ld+json')).text,
    );
    return outputs;
  }

  /** Every personal or unpublished value of the demo event: accounts, contacts, jurors, drafts, invite codes. */
  async function personalValues(): Promise<string[]> {
    const db = t.app.get(DataSource);
    const users = await db.getRepository(UserEntity).find();
    const challenges = await db.getRepository(ChallengeEntity).find();
    const teams = await db.getRepository(TeamEntity).find();
    const drafts = await db.getRepository(SubmissionEntity).find({ where: { status: 'draft' } });
    return [
      ...users.flatMap((user) => [user.email, user.displayName, user.id]),
      ...challenges.flatMap((c) => [c.contactName, c.contactEmail ?? '']),
      ...teams.flatMap((team) => [team.inviteCode, ...(team.captainId ? [team.captainId] : [])]),
      ...drafts.map((draft) => draft.title),
      'demo.hackboard.se',
    ].filter((value): value is string => typeof value === 'string' && value.length >= 4);
  }

  function scan(outputs: Map<string, string>, values: string[]): string[] {
    const found: string[] = [];
    for (const [where, text] of outputs) {
      for (const value of values) if (text.includes(value)) found.push(`${where}: ${value}`);
    }
    return found;
  }

  it('sends the event page with OpenGraph tags, hreflang alternates and a schema.org Event, in the page language', async () => {
    const html = await page(`/events/${SLUG}`);
    expect(html).toContain('<html lang="sv"');
    expect(meta(html, 'og:title')).toBe('Open Data Hack Södertälje 2026');
    expect(meta(html, 'og:description')).toContain('open data of Södertälje');
    expect(meta(html, 'og:image')).toBe(`${BASE}/og-image.png`);
    expect(meta(html, 'og:locale')).toBe('sv_SE');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(html).toContain(`<link rel="alternate" hreflang="en" href="${BASE}/events/${SLUG}?lang=en" />`);
    expect(html).toContain(`<link rel="alternate" hreflang="sv" href="${BASE}/events/${SLUG}?lang=sv" />`);
    expect(html.match(/<title>/g)).toHaveLength(1);

    const [event] = jsonLdOf(html);
    expect(event).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Open Data Hack Södertälje 2026',
      location: { '@type': 'VirtualLocation', url: `${BASE}/events/${SLUG}` },
      organizer: { '@type': 'Organization' },
      offers: { '@type': 'Offer', url: `${BASE}/register` },
      inLanguage: 'sv',
    });
    for (const property of ['startDate', 'endDate']) expect(Date.parse(String(event![property]))).not.toBeNaN();
    expect((event!['workFeatured'] as unknown[]).length).toBe(3);
    // A JSON-LD processor reads it: every term is schema.org's.
    const expanded = await jsonld.expand({ ...event, '@context': { '@vocab': 'https://schema.org/' } });
    expect(JSON.stringify(expanded)).toContain('https://schema.org/startDate');

    const english = await page(`/events/${SLUG}?lang=en`, 'sv');
    expect(english).toContain('<html lang="en"');
    expect(meta(english, 'og:locale')).toBe('en_GB');
    expect(jsonLdOf(english)[0]).toMatchObject({ inLanguage: 'en' });
    expect(meta(await page(`/events/${SLUG}`, 'en-GB,en;q=0.8'), 'og:locale')).toBe('en_GB');
  });

  it('sends a challenge page as a CreativeWork built on its data sets, and unknown pages with the generic head', async () => {
    const challenge = await t.app
      .get(DataSource)
      .getRepository(ChallengeEntity)
      .findOneByOrFail({ title: 'Safer routes to school' });
    const html = await page(`/events/${SLUG}/challenges/${challenge.id}?lang=en`);
    expect(meta(html, 'og:title')).toBe('Safer routes to school – Open Data Hack Södertälje 2026');
    expect(meta(html, 'og:type')).toBe('article');
    expect(jsonLdOf(html)[0]).toMatchObject({
      '@type': 'CreativeWork',
      name: 'Safer routes to school',
      author: { '@type': 'Organization', name: 'Södertälje kommun' },
      isBasedOn: [
        { '@type': 'Dataset', name: 'Schools and preschools in Södertälje', license: 'CC0 1.0' },
        { '@type': 'Dataset', name: 'Traffic flow measurements' },
      ],
    });
    const other = await page('/accessibility?lang=en');
    expect(meta(other, 'og:title')).toBe('Hackboard – hackathons on open data');
    expect(jsonLdOf(other)[0]).toMatchObject({ '@type': 'WebSite' });
  });

  it('lists the public pages in sitemap.xml with language alternates, and points robots.txt at it', async () => {
    const challenges = await t.app.get(DataSource).getRepository(ChallengeEntity).find();
    const sitemap = await request(t.http).get('/sitemap.xml').expect(200).expect('Content-Type', /xml/);
    expect(sitemap.text).toContain(`<loc>${BASE}/events/${SLUG}</loc>`);
    for (const c of challenges) expect(sitemap.text).toContain(`<loc>${BASE}/events/${SLUG}/challenges/${c.id}</loc>`);
    expect(sitemap.text).toContain(`hreflang="en" href="${BASE}/events/${SLUG}?lang=en"`);
    const robots = await request(t.http).get('/robots.txt').expect(200);
    expect(robots.text).toContain(`Sitemap: ${BASE}/sitemap.xml`);
    expect(robots.text).toContain('Disallow: /api/');
  });

  it('shows no projects before the deadline and no results or Data Package before publication', async () => {
    const summary: HackathonJsonDto = (await request(t.http).get(`/api/events/${SLUG}/hackathon.json`).expect(200))
      .body;
    expect(summary.results_published).toBe(false);
    expect(summary.projects).toEqual([]);
    expect(summary.challenges).toHaveLength(3);
    const refused = await request(t.http).get(`/api/events/${SLUG}/datapackage.json`).expect(409);
    expect(refused.body.code).toBe('RESULTS_NOT_PUBLISHED');
    await request(t.http).get(`/api/events/${SLUG}/datapackage/results.csv`).expect(409);
    const catalog = await request(t.http).get('/api/catalog').set('Accept', 'text/turtle').expect(200);
    expect(catalog.text).not.toContain('dcat:Dataset');
  });

  it('never shows scores during judging, even where the board is live for visitors', async () => {
    const judging = new Date(Date.parse('2026-05-20T10:00:00Z') + 2 * 86_400_000).toISOString();
    t.clock.set(judging);
    const summary: HackathonJsonDto = (await request(t.http).get(`/api/events/${SLUG}/hackathon.json`).expect(200))
      .body;
    expect(summary.projects.map((p) => p.name).sort()).toEqual(['Försenad? Förklarad.', 'Trygga skolvägen']);
    expect(summary.projects.every((p) => p.rank === null && p.score === null)).toBe(true);
    const scores = await t.app.get(DataSource).getRepository(ScoreEntity).count();
    expect(scores).toBeGreaterThan(0);
    const found = scan(await everyOutput(), await personalValues());
    expect(found).toEqual([]);
  });

  describe('once the results are published', () => {
    const published = new Date(Date.parse('2026-05-20T10:00:00Z') + 4 * 86_400_000).toISOString();
    let folder: string;

    beforeAll(async () => {
      t.clock.set(published);
      const organizer = await signInDemo('organizer');
      await organizer.post(`/api/events/${SLUG}/leaderboard/publish`).expect(200);
      folder = mkdtempSync(join(tmpdir(), 'hackboard-package-'));
    });
    beforeEach(() => t.clock.set(published));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    /** Downloads the package as a folder, the way a reader unpacks it. */
    async function download(slug: string, into: string) {
      const descriptor = (await request(t.http).get(`/api/events/${slug}/datapackage.json`).expect(200)).body;
      mkdirSync(join(into, 'datapackage'), { recursive: true });
      writeFileSync(join(into, 'datapackage.json'), JSON.stringify(descriptor));
      const csv: Record<string, string> = {};
      for (const name of RESOURCES) {
        const response = await request(t.http)
          .get(`/api/events/${slug}/datapackage/${name}.csv`)
          .expect(200)
          .expect('Content-Type', /text\/csv/);
        csv[name] = response.text;
        writeFileSync(join(into, 'datapackage', `${name}.csv`), response.text);
      }
      return { descriptor, csv };
    }

    it('exports a Data Package that validates against the Data Package and Table Schema specifications', async () => {
      const { descriptor } = await download(SLUG, folder);
      expect(descriptor.licenses).toEqual([expect.objectContaining({ name: 'CC0-1.0' })]);
      expect(descriptor.sources).toContainEqual({
        title: 'Schools and preschools in Södertälje',
        path: 'https://www.sodertalje.se/oppna-data/skolor',
      });
      const pkg = await datapackage.Package.load(join(folder, 'datapackage.json'));
      expect(pkg.errors).toEqual([]);
      expect(pkg.valid).toBe(true);
      expect(pkg.resourceNames).toEqual([...RESOURCES]);
      const rows: Record<string, Record<string, unknown>[]> = {};
      for (const name of RESOURCES) {
        // cast: every cell against its field's type and constraints; relations: the foreign keys.
        rows[name] = await pkg.getResource(name).read({ keyed: true, cast: true, relations: true });
      }
      expect(rows['datasets']!.map((d) => d['licence'])).toEqual(Array(6).fill('CC0 1.0'));
      expect(rows['projects']!.map((p) => p['title']).sort()).toEqual(['Försenad? Förklarad.', 'Trygga skolvägen']);
      expect(rows['results']).toHaveLength(2);
      expect(rows['results']![0]).toMatchObject({ rank: 1, title: 'Trygga skolvägen', method: 'raw' });
      expect(typeof rows['results']![0]!['score']).toBe('number');

      // A cell that breaks its schema is caught by the same validator.
      writeFileSync(
        join(folder, 'datapackage', 'results.csv'),
        'rank,project_id,title,team,challenge_id,score,reviews,method\r\nfirst,x,T,Team,,1,2,raw\r\n',
      );
      const broken = await datapackage.Package.load(join(folder, 'datapackage.json'));
      await expect(broken.getResource('results').read({ cast: true })).rejects.toThrow(/type and format mismatch/);
    });

    it('imports the package into an empty event and exports the same package from it', async () => {
      const { descriptor, csv } = await download(SLUG, folder);
      const organizer = await registerUser(t, 'Importer');
      const copy = await createEvent(t, organizer, {
        timeline: {
          registrationOpensAt: '2026-05-01T10:00:00Z',
          hackingStartsAt: '2026-05-20T10:00:00Z',
          submissionDeadline: '2026-05-21T10:00:00Z',
          judgingEndsAt: '2026-05-22T10:00:00Z',
        },
      });
      const input = { datapackage: descriptor, csv: { ...csv } };
      const imported = await organizer.agent.post(`/api/events/${copy.id}/datapackage/import`).send(input).expect(201);
      expect(imported.body).toEqual({
        eventId: copy.id,
        organizationsCreated: 0,
        challenges: 3,
        datasets: 6,
        projects: 2,
      });
      const db = t.app.get(DataSource);
      const copies = await db.getRepository(SubmissionEntity).findBy({ eventId: copy.id });
      expect(copies.map((s) => s.status)).toEqual(['submitted', 'submitted']);
      for (const submission of copies) {
        expect(await db.getRepository(SubmissionRevisionEntity).countBy({ submissionId: submission.id })).toBe(1);
      }
      const again = await organizer.agent.post(`/api/events/${copy.id}/datapackage/import`).send(input).expect(409);
      expect(again.body.code).toBe('EVENT_NOT_EMPTY');

      await organizer.agent.post(`/api/events/${copy.id}/leaderboard/publish`).expect(200);
      const copyFolder = mkdtempSync(join(tmpdir(), 'hackboard-copy-'));
      const out = await download(copy.slug, copyFolder);
      // Ids are the new event's own; every other cell reads back as it was exported.
      const withoutIds = (text: string) =>
        text
          .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID')
          .split('\r\n')
          .sort();
      for (const name of ['challenges', 'datasets', 'projects', 'project-datasets'] as const) {
        expect(withoutIds(out.csv[name]!)).toEqual(withoutIds(csv[name]!));
      }
      // The links between the tables follow the new ids.
      const pkg = await datapackage.Package.load(join(copyFolder, 'datapackage.json'));
      expect(pkg.valid).toBe(true);
      await pkg.getResource('project-datasets').read({ cast: true, relations: true });
      rmSync(copyFolder, { recursive: true, force: true });
    });

    it('refuses a package with a row that names no challenge, and changes nothing', async () => {
      const { descriptor, csv } = await download(SLUG, folder);
      const organizer = await registerUser(t, 'Importer');
      const empty = await createEvent(t, organizer);
      const bad = { ...csv, datasets: csv['datasets']!.replace(/\r\n[0-9a-f-]{36},[0-9a-f-]{36}/, '\r\nd,unknown') };
      const refused = await organizer.agent
        .post(`/api/events/${empty.id}/datapackage/import`)
        .send({ datapackage: descriptor, csv: bad })
        .expect(400);
      expect(refused.body.fields).toEqual({ 'csv.datasets': expect.stringContaining('challenge_id') });
      expect(await t.app.get(DataSource).getRepository(ChallengeEntity).countBy({ eventId: empty.id })).toBe(0);
    });

    it('refuses cells no form would take (a script address, a date that is none, a title too long), naming them', async () => {
      const { descriptor, csv } = await download(SLUG, folder);
      const organizer = await registerUser(t, 'Importer');
      const empty = await createEvent(t, organizer);
      const cases: [string, Record<string, string>, string, RegExp][] = [
        [
          'projects',
          { projects: csv['projects']!.replace(/https:\/\/[^,\r]*/, 'javascript:alert(1)') },
          'csv.projects',
          /_url must be a web address/,
        ],
        [
          'projects',
          { projects: csv['projects']!.replace(/\d{4}-\d\d-\d\dT[^,\r]*/, 'yesterday') },
          'csv.projects',
          /submitted_at must be a date/,
        ],
        [
          'challenges',
          { challenges: csv['challenges']!.replace(/\r\n([0-9a-f-]{36}),/, `\r\n$1,${'x'.repeat(300)}`) },
          'csv.challenges',
          /title must be at most 200/,
        ],
      ];
      for (const [what, change, field, message] of cases) {
        expect(Object.values(change)[0]).not.toBe(csv[Object.keys(change)[0]!]);
        const refused = await organizer.agent
          .post(`/api/events/${empty.id}/datapackage/import`)
          .send({ datapackage: descriptor, csv: { ...csv, ...change } });
        expect({ what, status: refused.status }).toEqual({ what, status: 400 });
        expect(refused.body.fields[field]).toMatch(message);
      }
      expect(await t.app.get(DataSource).getRepository(ChallengeEntity).countBy({ eventId: empty.id })).toBe(0);
    });

    it('publishes a DCAT-AP-SE catalogue in Turtle and JSON-LD that passes the SHACL shapes', async () => {
      const turtle = await request(t.http).get('/api/catalog').set('Accept', 'text/turtle').expect(200);
      expect(turtle.headers['content-type']).toMatch(/text\/turtle/);
      const quads = new N3.Parser().parse(turtle.text);
      const report = await shaclReport(quads);
      expect(report.results.map((r) => String(r.message))).toEqual([]);
      expect(report.conforms).toBe(true);
      const european = await shaclReport(quads, DCAT_AP_SHAPES);
      expect(european.results.map((r) => `${String(r.path?.value)}: ${String(r.message)}`)).toEqual([]);

      const store = new N3.Store(quads);
      const DCAT = 'http://www.w3.org/ns/dcat#';
      const datasets = store.getSubjects('http://www.w3.org/1999/02/22-rdf-syntax-ns#type', `${DCAT}Dataset`, null);
      expect(datasets.map((d) => d.value)).toContain(`${BASE}/events/${SLUG}#results`);
      const derived = store.getObjects(null, 'http://www.w3.org/ns/prov#wasDerivedFrom', null).map((o) => o.value);
      expect(derived).toContain('https://www.sodertalje.se/oppna-data/skolor');
      const downloads = store.getObjects(null, `${DCAT}downloadURL`, null).map((o) => o.value);
      expect(downloads).toContain(`${BASE}/api/events/${SLUG}/datapackage.json`);

      const json = await request(t.http).get('/api/catalog').set('Accept', 'application/ld+json').expect(200);
      expect(json.headers['content-type']).toMatch(/application\/ld\+json/);
      const nquads = (await jsonld.toRDF(JSON.parse(json.text), {
        format: 'application/n-quads',
      })) as unknown as string;
      const fromJson = new N3.Parser({ format: 'N-Quads' }).parse(nquads);
      expect(fromJson.length).toBe(quads.length);
      expect((await shaclReport(fromJson)).conforms).toBe(true);

      // The shapes catch a catalogue that lacks what the profile requires.
      const withoutContact = quads.filter((q) => q.predicate.value !== `${DCAT}contactPoint`);
      expect((await shaclReport(withoutContact)).conforms).toBe(false);
      const withoutDescriptions = quads.filter((q) => q.predicate.value !== 'http://purl.org/dc/terms/description');
      expect((await shaclReport(withoutDescriptions, DCAT_AP_SHAPES)).conforms).toBe(false);
    });

    it('shows what was built on a data set, on an organization and on a challenge', async () => {
      const db = t.app.get(DataSource);
      const org = await db.getRepository(ChallengeEntity).findOneByOrFail({ title: 'Safer routes to school' });
      const schools = await db
        .getRepository(DatasetEntity)
        .findOneByOrFail({ title: 'Schools and preschools in Södertälje', challengeId: org.id });
      const built: BuiltOnDatasetDto = (await request(t.http).get(`/api/datasets/${schools.id}/built-on`).expect(200))
        .body;
      expect(built.organization.name).toBe('Södertälje kommun');
      // The imported copy of the event offers the same data set, and its copy of the project is public too.
      expect(built.projects.map((p) => p.title)).toEqual(['Trygga skolvägen', 'Trygga skolvägen']);
      expect(built.projects.map((p) => p.event.slug)).toContain(SLUG);
      const byOrg: OrganizationBuiltOnDto = (
        await request(t.http).get(`/api/organizations/${org.organizationId}/built-on`).expect(200)
      ).body;
      // The demo event and the imported copy both offer the data set; both copies list the project of each.
      expect(byOrg.datasets.filter((d) => d.title === schools.title).length).toBeGreaterThanOrEqual(1);
      expect(byOrg.datasets.find((d) => d.id === schools.id)!.projects.map((p) => p.title)).toContain(
        'Trygga skolvägen',
      );
      const green = await db
        .getRepository(ChallengeEntity)
        .findOneByOrFail({ title: 'Who lives near green space?', eventId: org.eventId });
      const byChallenge = await request(t.http).get(`/api/events/${SLUG}/challenges/${green.id}/built-on`).expect(200);
      // Its only project is a draft: nothing was built on its data in public.
      expect(byChallenge.body.datasets.flatMap((d: { projects: unknown[] }) => d.projects)).toEqual([]);
      const html = await page(`/datasets/${schools.id}?lang=en`);
      expect(jsonLdOf(html)[0]).toMatchObject({ '@type': 'Dataset', name: schools.title, license: 'CC0 1.0' });
    });

    it('never shows an address, a person, a juror, a draft or an invite code in any output', async () => {
      const outputs = await everyOutput();
      expect(outputs.get(`/api/events/${SLUG}/datapackage.json`)).toContain('tabular-data-package');
      const values = await personalValues();
      expect(values.length).toBeGreaterThan(40);
      expect(scan(outputs, values)).toEqual([]);
    });
  });
});
