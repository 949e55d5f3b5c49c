import { Injectable } from '@nestjs/common';
import type { EventEntity } from '../events/event.entity.js';
import type { EventData } from './open-data.service.js';
import { OpenDataService } from './open-data.service.js';
import { type PageHead, type PageLanguage, plainText, withLanguage } from './page-head.js';

const SITEMAP_MS = 60_000;

const WORDS = {
  sv: {
    site: 'Hackboard – hackathon på öppna data',
    siteDescription: 'Hackathon där myndigheter, kommuner och företag ställer utmaningar på sina öppna data.',
    gallery: 'Projekt',
    galleryOf: (name: string) => `Projekten från ${name}`,
    results: 'Resultat',
    resultsOf: (name: string) => `Resultaten från ${name}`,
    challengeBy: (org: string) => `En utmaning från ${org}`,
    builtOn: (title: string) => `Det här byggdes på ${title}`,
    dataset: 'Datamängd',
    organizationData: (name: string) => `${name}s öppna data och vad som byggts på dem`,
  },
  en: {
    site: 'Hackboard – hackathons on open data',
    siteDescription: 'Hackathons where agencies, municipalities and companies pose challenges on their open data.',
    gallery: 'Projects',
    galleryOf: (name: string) => `The projects of ${name}`,
    results: 'Results',
    resultsOf: (name: string) => `The results of ${name}`,
    challengeBy: (org: string) => `A challenge from ${org}`,
    builtOn: (title: string) => `What was built on ${title}`,
    dataset: 'Data set',
    organizationData: (name: string) => `${name}’s open data and what was built on it`,
  },
} as const;

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const ROUTES = {
  event: new RegExp('^/events/([^/]+)/?$'),
  challenge: new RegExp(`^/events/([^/]+)/challenges/(${UUID})/?$`),
  gallery: new RegExp('^/events/([^/]+)/gallery/?$'),
  results: new RegExp('^/events/([^/]+)/results/?$'),
  organization: new RegExp(`^/organizations/(${UUID})/?$`),
  dataset: new RegExp(`^/datasets/(${UUID})/?$`),
};

/** The language of a page request: `?lang=`, else the browser's preference, else Swedish. */
export function pageLanguage(query: unknown, acceptLanguage: string | undefined): PageLanguage {
  if (query === 'sv' || query === 'en') return query;
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'sv';
}

/**
 * What the server puts in the head of a public page, and the sitemap of those pages. The web app
 * renders the same pages in the browser; this is for crawlers and link previews, which run no script.
 */
@Injectable()
export class PagesService {
  constructor(private readonly openData: OpenDataService) {}

  private get base(): string {
    return this.openData.baseUrl;
  }

  async headFor(path: string, language: PageLanguage): Promise<PageHead> {
    const words = WORDS[language];
    const image = `${this.base}/og-image.png`;
    const fallback: PageHead = {
      language,
      title: words.site,
      description: words.siteDescription,
      url: `${this.base}${path}`,
      image,
      type: 'website',
      jsonLd: [{ '@context': 'https://schema.org', '@type': 'WebSite', name: 'Hackboard', url: `${this.base}/` }],
    };
    try {
      return (await this.specificHead(path, language, image)) ?? fallback;
    } catch {
      return fallback;
    }
  }

  private async specificHead(path: string, language: PageLanguage, image: string): Promise<PageHead | null> {
    const words = WORDS[language];
    const page = (title: string, description: string, jsonLd: object[], type: PageHead['type'] = 'website') => ({
      language,
      title,
      description,
      url: `${this.base}${path.replace(/\/$/, '')}`,
      image,
      type,
      jsonLd,
    });
    let match: RegExpExecArray | null;
    if ((match = ROUTES.event.exec(path))) {
      const data = await this.openData.publicEventData(decodeURIComponent(match[1]!));
      return page(data.event.name, describe(data.event), [this.eventJsonLd(data, language)]);
    }
    if ((match = ROUTES.challenge.exec(path))) {
      const data = await this.openData.publicEventData(decodeURIComponent(match[1]!));
      const row = data.challenges.find((c) => c.challenge.id === match![2]);
      if (!row) return null;
      const description = plainText(row.challenge.description) || words.challengeBy(row.organization.name);
      return page(
        `${row.challenge.title} – ${data.event.name}`,
        description,
        [
          {
            '@context': 'https://schema.org',
            '@type': 'CreativeWork',
            '@id': `${this.base}${path}`,
            name: row.challenge.title,
            description,
            inLanguage: language,
            url: `${this.base}${path}`,
            author: this.organizationJsonLd(row.organization),
            isPartOf: { '@type': 'Event', name: data.event.name, url: this.eventUrl(data.event) },
            isBasedOn: row.datasets.map((d) => ({
              '@type': 'Dataset',
              name: d.title,
              url: d.url,
              ...(d.licence ? { license: d.licence } : {}),
            })),
          },
        ],
        'article',
      );
    }
    if ((match = ROUTES.gallery.exec(path))) {
      const data = await this.openData.publicEventData(decodeURIComponent(match[1]!));
      return page(`${words.gallery} – ${data.event.name}`, words.galleryOf(data.event.name), [
        {
          '@context': 'https://schema.org',
          '@type': 'ItemList',
          name: words.galleryOf(data.event.name),
          itemListElement: data.projects.map((p, index) => ({
            '@type': 'ListItem',
            position: index + 1,
            item: this.projectJsonLd(p.submission, p.teamName, p.datasets),
          })),
        },
      ]);
    }
    if ((match = ROUTES.results.exec(path))) {
      const data = await this.openData.publicEventData(decodeURIComponent(match[1]!));
      return page(`${words.results} – ${data.event.name}`, words.resultsOf(data.event.name), [
        this.eventJsonLd(data, language),
      ]);
    }
    if ((match = ROUTES.organization.exec(path))) {
      const organization = await this.openData.findOrganization(match[1]!);
      if (!organization) return null;
      return page(organization.name, words.organizationData(organization.name), [
        { '@context': 'https://schema.org', ...this.organizationJsonLd(organization) },
      ]);
    }
    if ((match = ROUTES.dataset.exec(path))) {
      const found = await this.openData.findDataset(match[1]!);
      if (!found) return null;
      return page(`${words.dataset}: ${found.dataset.title}`, words.builtOn(found.dataset.title), [
        {
          '@context': 'https://schema.org',
          '@type': 'Dataset',
          name: found.dataset.title,
          description: words.builtOn(found.dataset.title),
          url: found.dataset.url,
          ...(found.dataset.licence ? { license: found.dataset.licence } : {}),
          ...(found.dataset.format ? { encodingFormat: found.dataset.format } : {}),
          creator: this.organizationJsonLd(found.organization),
          subjectOf: found.projects.map((p) => ({
            '@type': 'CreativeWork',
            name: p.title,
            ...(p.repositoryUrl ? { codeRepository: p.repositoryUrl } : {}),
          })),
        },
      ]);
    }
    return null;
  }

  private eventUrl(event: EventEntity): string {
    return `${this.base}/events/${encodeURIComponent(event.slug)}`;
  }

  private organizationJsonLd(organization: { name: string; website: string | null }) {
    const type = 'Organization';
    return { '@type': type, name: organization.name, ...(organization.website ? { url: organization.website } : {}) };
  }

  private projectJsonLd(
    submission: { id: string; title: string; summary: string; repositoryUrl: string | null },
    teamName: string,
    datasets: { title: string; url: string | null }[],
  ) {
    return {
      '@type': 'CreativeWork',
      '@id': `${this.base}/api/catalog#project-${submission.id}`,
      name: submission.title,
      abstract: submission.summary,
      creator: { '@type': 'Organization', name: teamName },
      ...(submission.repositoryUrl ? { codeRepository: submission.repositoryUrl } : {}),
      isBasedOn: datasets.map((d) => ({ '@type': 'Dataset', name: d.title, ...(d.url ? { url: d.url } : {}) })),
    };
  }

  /** schema.org Event: dates, a virtual location (events here have no address), organizer and registration. */
  private eventJsonLd(data: EventData, language: PageLanguage): object {
    const { event } = data;
    const url = this.eventUrl(event);
    const organizers = [...new Map(data.challenges.map((c) => [c.organization.id, c.organization])).values()];
    return {
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': url,
      name: event.name,
      description: describe(event),
      url,
      inLanguage: language,
      startDate: event.hackingStartsAt.toISOString(),
      endDate: event.judgingEndsAt.toISOString(),
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url },
      image: [`${this.base}/og-image.png`],
      organizer: { '@type': 'Organization', name: 'Hackboard', url: `${this.base}/` },
      ...(organizers.length ? { sponsor: organizers.map((o) => this.organizationJsonLd(o)) } : {}),
      offers: {
        '@type': 'Offer',
        url: `${this.base}/register`,
        price: 0,
        priceCurrency: 'SEK',
        availability: 'https://schema.org/InStock',
        validFrom: event.registrationOpensAt.toISOString(),
        validThrough: event.submissionDeadline.toISOString(),
      },
      workFeatured: data.challenges.map(({ challenge, organization }) => ({
        '@type': 'CreativeWork',
        name: challenge.title,
        url: `${url}/challenges/${challenge.id}`,
        author: this.organizationJsonLd(organization),
      })),
      ...(data.projects.length
        ? {
            recordedIn: {
              '@type': 'CreativeWork',
              name: `${WORDS[language].gallery} – ${event.name}`,
              url: `${url}/gallery`,
            },
          }
        : {}),
    };
  }

  /**
   * The sitemap, built at most once a minute: it reads every public event's pages, and crawlers
   * (or anyone) may ask for it as often as they like.
   */
  sitemap(): Promise<string> {
    const now = Date.now();
    if (!this.sitemapCache || now - this.sitemapCache.at >= SITEMAP_MS) {
      const xml = this.buildSitemap();
      this.sitemapCache = { at: now, xml };
      xml.catch(() => (this.sitemapCache = null));
    }
    return this.sitemapCache.xml;
  }

  private sitemapCache: { at: number; xml: Promise<string> } | null = null;

  private async buildSitemap(): Promise<string> {
    const events = await this.openData.publicEvents();
    const paths: string[] = ['/'];
    for (const event of events) {
      const slug = encodeURIComponent(event.slug);
      paths.push(`/events/${slug}`, `/events/${slug}/gallery`, `/events/${slug}/results`);
    }
    const challenges = await Promise.all(events.map((event) => this.openData.eventData(event)));
    for (const data of challenges) {
      for (const { challenge } of data.challenges) {
        paths.push(`/events/${encodeURIComponent(data.event.slug)}/challenges/${challenge.id}`);
      }
    }
    for (const id of await this.openData.publicOrganizationIds()) paths.push(`/organizations/${id}`);
    for (const id of await this.openData.publicDatasetIds()) paths.push(`/datasets/${id}`);
    const xml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const entries = paths.map((path) => {
      const url = `${this.base}${path}`;
      const alternates = (['sv', 'en'] as const)
        .map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${xml(withLanguage(url, l))}"/>`)
        .join('');
      return `<url><loc>${xml(url)}</loc>${alternates}</url>`;
    });
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
      ...entries,
      '</urlset>',
      '',
    ].join('\n');
  }

  robots(): string {
    return [
      'User-agent: *',
      'Allow: /',
      'Allow: /api/catalog',
      'Disallow: /api/',
      'Disallow: /account',
      'Disallow: /my-events',
      'Disallow: /sign-in',
      'Disallow: /register',
      `Sitemap: ${this.base}/sitemap.xml`,
      '',
    ].join('\n');
  }
}

function describe(event: EventEntity): string {
  return event.tagline || plainText(event.description) || event.name;
}
