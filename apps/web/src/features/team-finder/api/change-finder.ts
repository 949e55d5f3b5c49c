import type {
  FormTeamInput,
  JoinRequestDto,
  ProfileDto,
  ProfileInput,
  TeamDto,
  TeamListingDto,
  TeamListingInput,
} from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { finderKey } from './get-finder';

const path = (slug: string, suffix: string) => `/events/${encodeURIComponent(slug)}/finder${suffix}`;

/** A finder change: afterwards the finder and the user's team are read again. */
function useFinderMutation<I, O>(slug: string, send: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: finderKey(slug) }),
        queryClient.invalidateQueries({ queryKey: ['events', slug, 'teams'] }),
      ]);
    },
  });
}

export const useSaveProfile = (slug: string) =>
  useFinderMutation(slug, (input: ProfileInput) =>
    apiRequest<ProfileDto>(path(slug, '/profile'), { method: 'PUT', json: input }),
  );

export const useSaveListing = (slug: string, teamId: string) =>
  useFinderMutation(slug, (input: TeamListingInput) =>
    apiRequest<TeamListingDto>(path(slug, `/teams/${teamId}`), { method: 'PUT', json: input }),
  );

export const useAskToJoin = (slug: string) =>
  useFinderMutation(slug, (teamId: string) =>
    apiRequest<JoinRequestDto>(path(slug, `/teams/${teamId}/requests`), { method: 'POST', json: { message: '' } }),
  );

export const useInvite = (slug: string, teamId: string) =>
  useFinderMutation(slug, (userId: string) =>
    apiRequest<JoinRequestDto>(path(slug, `/teams/${teamId}/invitations`), {
      method: 'POST',
      json: { userId, message: '' },
    }),
  );

export const useAnswerRequest = (slug: string) =>
  useFinderMutation(slug, ({ id, answer }: { id: string; answer: 'accept' | 'decline' }) =>
    apiRequest<JoinRequestDto>(path(slug, `/requests/${id}/${answer}`), { method: 'POST' }),
  );

export const useFormTeam = (slug: string) =>
  useFinderMutation(slug, (input: FormTeamInput) =>
    apiRequest<TeamDto>(path(slug, '/form-team'), { method: 'POST', json: input }),
  );
