import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Makes a registered user a platform administrator, straight in the embedded SQLite database,
 * as an operator would until the demo seed creates accounts. The API reads the flag on every
 * request, so the user's next request already counts as an admin's.
 */
export function promoteToAdmin(platform, email) {
  const db = new Database(join(platform.dataDir, 'hackboard.sqlite'));
  try {
    db.pragma('busy_timeout = 5000');
    const result = db.prepare('UPDATE users SET is_admin = 1 WHERE email = ?').run(email.toLowerCase());
    if (result.changes !== 1) throw new Error(`no user with the email ${email}`);
  } finally {
    db.close();
  }
}
