import type { ConflictDto, DeclareConflictInput, GalleryPageDto, GalleryProjectDto } from '@hackboard/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { juryKey } from './jury-work';

const PAGE = 100;

export const eventProjectsQuery = (slug: string) =>
  queryOptions({
    queryKey: [...juryKey(slug), 'projects'],
    queryFn: async () => {
      const projects: GalleryProjectDto[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = await apiRequest<GalleryPageDto>(
          `/events/${encodeURIComponent(slug)}/gallery?limit=${PAGE}&offset=${offset}`,
        );
        projects.push(...page.items);
        if (page.items.length === 0 || projects.length >= page.total) return projects;
      }
    },
  });

/** The event's submitted projects (listed from the submission deadline on), to declare a conflict with. */
export const useEventProjects = (slug: string) => useQuery(eventProjectsQuery(slug));

/**
 * Declares a conflict of interest: the API takes the juror off that submission in every round and
 * removes any scores they gave it, so the queue is fetched again.
 */
export function useDeclareConflict(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DeclareConflictInput) =>
      apiRequest<ConflictDto>(`/events/${encodeURIComponent(slug)}/conflicts`, { method: 'POST', json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: juryKey(slug) }),
  });
}

/** Withdraws a declaration; the assignments it removed stay removed until an organizer assigns again. */
export function useWithdrawConflict(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (conflictId: string) =>
      apiRequest<void>(`/events/${encodeURIComponent(slug)}/conflicts/${encodeURIComponent(conflictId)}`, {
        method: 'DELETE',
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: juryKey(slug) }),
  });
}
