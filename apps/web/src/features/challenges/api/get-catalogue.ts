import type { CatalogueEntryDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const catalogueQuery = (slug: string) =>
  queryOptions({
    queryKey: ['events', slug, 'datasets'],
    queryFn: () => apiRequest<CatalogueEntryDto[]>(`/events/${encodeURIComponent(slug)}/datasets`),
  });

/** The event's data-set catalogue: every challenge's open data sets. */
export const useCatalogue = (slug: string) => useQuery(catalogueQuery(slug));
