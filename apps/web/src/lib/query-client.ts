import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';
import { ME_QUERY_KEY } from './session';

export function createQueryClient(): QueryClient {
  // A 401 that survived the client's refresh means the session is over: forget the user, so the
  // header offers to sign in again and pages for signed-in users send them to the sign-in page.
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401 && queryClient.getQueryData(ME_QUERY_KEY)) {
      queryClient.setQueryData(ME_QUERY_KEY, null);
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not get better by asking again.
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      },
    },
  });
  return queryClient;
}
