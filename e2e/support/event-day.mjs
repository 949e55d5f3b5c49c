import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Gives a user a role in an event straight in the embedded SQLite database, as an accepted
 * invitation would; the API reads roles on every request.
 */
export function grantEventRole(platform, { email, slug, role }) {
  const db = new Database(join(platform.dataDir, 'hackboard.sqlite'));
  try {
    db.pragma('busy_timeout = 5000');
    const user = db.prepare('SELECT id FROM users WHERE email = ?').get(email.toLowerCase());
    const event = db.prepare('SELECT id FROM events WHERE slug = ?').get(slug);
    if (!user || !event) throw new Error(`no user ${email} or event ${slug}`);
    db.prepare('INSERT INTO event_roles (id, event_id, user_id, role, created_at) VALUES (?, ?, ?, ?, ?)').run(
      randomUUID(),
      event.id,
      user.id,
      role,
      new Date().toISOString().replace('T', ' ').replace('Z', ''),
    );
  } finally {
    db.close();
  }
}

/** Registers an account from a browser context, which keeps its session cookies. */
export async function registerIn(context, platform, { name, email, password }) {
  const response = await context.request.post(`${platform.url}/api/auth/register`, {
    headers: { Origin: platform.url },
    data: { email, password, displayName: name },
  });
  if (response.status() !== 201) throw new Error(`registration failed: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** A JSON write as the context's signed-in user. */
export async function apiWrite(context, platform, method, path, data) {
  const response = await context.request.fetch(`${platform.url}/api${path}`, {
    method,
    headers: { Origin: platform.url },
    data,
  });
  if (!response.ok()) throw new Error(`${method} ${path} failed: ${response.status()} ${await response.text()}`);
  return response.status() === 204 ? null : response.json();
}
