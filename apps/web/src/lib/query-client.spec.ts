import type { MeDto } from '@hackboard/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRequest } from './api-client';
import { createQueryClient } from './query-client';
import { ME_QUERY_KEY } from './session';

const me: MeDto = {
  id: '0d9c1f7e-3a59-4c1c-9d0e-2a1f7c3b8e11',
  email: 'anna@example.se',
  emailVerified: true,
  displayName: 'Anna',
  language: 'sv',
  isAdmin: false,
  memberships: [],
};

describe('the query client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('forgets the user when a request is still refused after the session refresh failed', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json({ code: 'SESSION_EXPIRED', message: 'Your session has ended.' }, { status: 401 }),
      ),
    );
    const client = createQueryClient();
    client.setQueryData(ME_QUERY_KEY, me);
    await client.fetchQuery({ queryKey: ['events', 'x', 'members'], queryFn: () => apiRequest('/x') }).catch(() => {});
    expect(client.getQueryData(ME_QUERY_KEY)).toBeNull();
  });

  it('keeps the user on other errors', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ code: 'FORBIDDEN', message: 'No.' }, { status: 403 })),
    );
    const client = createQueryClient();
    client.setQueryData(ME_QUERY_KEY, me);
    await client.fetchQuery({ queryKey: ['x'], queryFn: () => apiRequest('/x') }).catch(() => {});
    expect(client.getQueryData(ME_QUERY_KEY)).toEqual(me);
  });
});
