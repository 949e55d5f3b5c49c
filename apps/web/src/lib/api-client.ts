import type { ErrorResponse } from '@hackboard/contracts';

/** An answer from the API that was not 2xx, with the API's code and per-field messages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    /** From `Retry-After` on a 429: how long to wait before trying again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiRequestInit extends RequestInit {
  /** A value to send as the JSON body. */
  json?: unknown;
}

// Calls whose 401 means "wrong credentials" or "no session", where a refresh cannot help.
const NO_REFRESH = new Set(['/auth/login', '/auth/register', '/auth/refresh', '/auth/logout']);

let refreshing: Promise<boolean> | null = null;

/**
 * Trades the refresh cookie for fresh cookies. Concurrent callers share one attempt: the refresh
 * token works only once, so a second parallel refresh would end the session.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= fetch('/api/auth/refresh', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  })
    .then((response) => response.ok)
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

function send(path: string, init: ApiRequestInit): Promise<Response> {
  const { json, headers, ...rest } = init;
  const body = json === undefined ? rest.body : JSON.stringify(json);
  return fetch(`/api${path}`, {
    ...rest,
    body,
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      // A form (file uploads) sets its own multipart type and boundary.
      ...(body && !(body instanceof FormData) ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
  });
}

/**
 * Calls the API and returns its JSON. The access cookie lives 15 minutes: on a 401 the client
 * refreshes the session once and repeats the call; if that fails, the 401 stands.
 */
export async function apiRequest<T>(path: string, init: ApiRequestInit = {}): Promise<T> {
  let response = await send(path, init);
  if (response.status === 401 && !NO_REFRESH.has(path) && (await refreshSession())) {
    response = await send(path, init);
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body ?? {}) as Partial<ErrorResponse>;
    throw new ApiError(
      response.status,
      error.code ?? `HTTP_${response.status}`,
      error.message ?? response.statusText,
      error.fields,
      retryAfter(response),
    );
  }
  return body as T;
}

function retryAfter(response: Response): number | undefined {
  const seconds = Number(response.headers.get('Retry-After'));
  return response.status === 429 && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}
