import type { AuditEntryDto, Page } from '@hackboard/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const AUDIT_PAGE_SIZE = 20;

export const auditQuery = (slug: string, offset: number, limit = AUDIT_PAGE_SIZE) =>
  queryOptions({
    queryKey: ['events', slug, 'audit', { limit, offset }],
    queryFn: () =>
      apiRequest<Page<AuditEntryDto>>(`/events/${encodeURIComponent(slug)}/audit?limit=${limit}&offset=${offset}`),
    placeholderData: keepPreviousData,
  });

export const useAudit = (slug: string, offset: number) => useQuery(auditQuery(slug, offset));
