import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest } from './api-client';

type Answer = (url: string, init: RequestInit) => Response | Promise<Response>;

function stubFetch(answer: Answer) {
  const fetch = vi.fn(async (url: string, init: RequestInit) => answer(url, init));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const unauthenticated = () =>
  Response.json({ code: 'UNAUTHENTICATED', message: 'Sign in to do this.' }, { status: 401 });

describe('the api client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('refreshes the session once on a 401 and repeats the request', async () => {
    let signedIn = false;
    const fetch = stubFetch((url) => {
      if (url === '/api/auth/refresh') {
        signedIn = true;
        return new Response(null, { status: 204 });
      }
      return signedIn ? Response.json({ id: 'me' }) : unauthenticated();
    });
    await expect(apiRequest('/auth/me')).resolves.toEqual({ id: 'me' });
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/api/auth/me', '/api/auth/refresh', '/api/auth/me']);
  });

  it('sends the JSON body again when it repeats a request', async () => {
    let refreshed = false;
    const bodies: unknown[] = [];
    stubFetch((url, init) => {
      if (url === '/api/auth/refresh') {
        refreshed = true;
        return new Response(null, { status: 204 });
      }
      bodies.push(init.body);
      return refreshed ? Response.json({ ok: true }) : unauthenticated();
    });
    await apiRequest('/events/x', { method: 'PATCH', json: { name: 'New' } });
    expect(bodies).toEqual(['{"name":"New"}', '{"name":"New"}']);
  });

  it('gives up with the 401 when the refresh fails, without a second retry', async () => {
    const fetch = stubFetch((url) =>
      url === '/api/auth/refresh'
        ? Response.json({ code: 'SESSION_EXPIRED', message: 'Your session has ended.' }, { status: 401 })
        : unauthenticated(),
    );
    const error = await apiRequest('/auth/me').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('shares one refresh between requests that fail together (the refresh token works once)', async () => {
    let refreshes = 0;
    let release!: () => void;
    const gate = new Promise<void>((done) => (release = done));
    stubFetch(async (url) => {
      if (url === '/api/auth/refresh') {
        refreshes += 1;
        await gate;
        return new Response(null, { status: 204 });
      }
      return refreshes > 0 ? Response.json({ url }) : unauthenticated();
    });
    const both = Promise.all([apiRequest('/a'), apiRequest('/b')]);
    await vi.waitFor(() => expect(refreshes).toBe(1));
    release();
    await expect(both).resolves.toEqual([{ url: '/api/a' }, { url: '/api/b' }]);
    expect(refreshes).toBe(1);
  });

  it('does not refresh when signing in fails: wrong credentials are not an expired session', async () => {
    const fetch = stubFetch(() =>
      Response.json({ code: 'INVALID_CREDENTIALS', message: 'The email or the password is wrong.' }, { status: 401 }),
    );
    await expect(apiRequest('/auth/login', { method: 'POST', json: {} })).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('carries the per-field messages of a 400', async () => {
    stubFetch(() =>
      Response.json(
        {
          code: 'TIMELINE_INVALID',
          message: 'The timeline is out of order.',
          fields: { 'timeline.submissionDeadline': 'must be after hackingStartsAt' },
        },
        { status: 400 },
      ),
    );
    await expect(apiRequest('/events/x', { method: 'PATCH', json: {} })).rejects.toMatchObject({
      status: 400,
      code: 'TIMELINE_INVALID',
      fields: { 'timeline.submissionDeadline': 'must be after hackingStartsAt' },
    });
  });

  it('returns nothing for a 204 and sends JSON with its content type', async () => {
    const fetch = stubFetch(() => new Response(null, { status: 204 }));
    await expect(apiRequest('/auth/logout', { method: 'POST', json: { a: 1 } })).resolves.toBeUndefined();
    const init = fetch.mock.calls[0]![1];
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json' });
    expect(init.credentials).toBe('same-origin');
  });
});
