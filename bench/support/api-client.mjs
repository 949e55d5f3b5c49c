/**
 * One person's HTTP session with the API, as a browser would hold it: the cookies it was given at
 * sign-in are sent with every request.
 */
export class ApiSession {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.cookies = new Map();
  }

  /** The `Cookie` header this session sends. */
  get cookie() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** Sends a request and returns the parsed answer; any status other than `expected` is an error. */
  async request(method, path, body, expected = method === 'POST' ? 201 : 200) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), Cookie: this.cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const text = await response.text();
    if (response.status !== expected) {
      throw new Error(`${method} ${path}: expected ${expected}, got ${response.status} ${text.slice(0, 500)}`);
    }
    return text ? JSON.parse(text) : null;
  }

  get(path) {
    return this.request('GET', path);
  }

  post(path, body = {}, expected) {
    return this.request('POST', path, body, expected);
  }

  put(path, body) {
    return this.request('PUT', path, body);
  }

  patch(path, body) {
    return this.request('PATCH', path, body);
  }
}

export async function signIn(baseUrl, email, password) {
  const session = new ApiSession(baseUrl);
  session.user = await session.post('/api/auth/login', { email, password }, 200);
  return session;
}

/** Registers a new account; registration signs it in. */
export async function register(baseUrl, email, displayName) {
  const session = new ApiSession(baseUrl);
  session.user = await session.post('/api/auth/register', { email, password: 'correct horse battery', displayName });
  return session;
}
