import type {
  HelpRequestDto,
  MentorDto,
  MentorSlotDto,
  OwnHelpRequestDto,
  UpdateMentorProfileInput,
} from '@hackboard/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

const base = (slug: string) => `/events/${encodeURIComponent(slug)}`;
export const mentoringKey = (slug: string) => ['events', slug, 'mentoring'] as const;

export const useMentors = (slug: string) =>
  useQuery({
    queryKey: [...mentoringKey(slug), 'mentors'],
    queryFn: () => apiRequest<MentorDto[]>(`${base(slug)}/mentoring/mentors`),
  });

export const useOwnRequest = (slug: string, enabled: boolean) =>
  useQuery({
    queryKey: [...mentoringKey(slug), 'mine'],
    queryFn: () => apiRequest<OwnHelpRequestDto>(`${base(slug)}/help-queue/mine`),
    enabled,
  });

export const useHelpQueue = (slug: string, enabled: boolean) =>
  useQuery({
    queryKey: [...mentoringKey(slug), 'queue'],
    queryFn: () => apiRequest<HelpRequestDto[]>(`${base(slug)}/help-queue`),
    enabled,
  });

/** Every change on this page is a request; the page's data is fetched again after each. */
export function useMentoringAction(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, json }: { method: 'POST' | 'PUT' | 'DELETE'; path: string; json?: unknown }) =>
      apiRequest<MentorSlotDto | HelpRequestDto | MentorDto | undefined>(`${base(slug)}${path}`, { method, json }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: mentoringKey(slug) }),
  });
}

export type SkillsInput = UpdateMentorProfileInput;
