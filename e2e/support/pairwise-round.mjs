import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Adds submitted projects (each of its own team) and jurors to a seeded event, straight in the
 * embedded SQLite database: a pairwise round that can show an unreliable juror needs more projects
 * and jurors than the demo has, and the journey is about judging, not about forming teams.
 * Each row is a copy of one the seed made, with its own id and name.
 */
export function arrangePairwiseEvent(platform, slug, { titles, jurorIds }) {
  const db = new Database(join(platform.dataDir, 'hackboard.sqlite'));
  try {
    db.pragma('busy_timeout = 5000');
    const event = db.prepare('SELECT id FROM events WHERE slug = ?').get(slug);
    const source = db
      .prepare("SELECT * FROM submissions WHERE event_id = ? AND status = 'submitted' ORDER BY title LIMIT 1")
      .get(event.id);
    const team = db.prepare('SELECT * FROM teams WHERE id = ?').get(source.team_id);
    const juryRole = db.prepare("SELECT * FROM event_roles WHERE event_id = ? AND role = 'jury' LIMIT 1").get(event.id);
    db.transaction(() => {
      for (const title of titles) {
        const teamId = randomUUID();
        copy(db, 'teams', team, { id: teamId, name: `Team ${title}`, invite_code: randomBytes(8).toString('hex') });
        copy(db, 'submissions', source, { id: randomUUID(), team_id: teamId, title });
      }
      for (const userId of jurorIds) copy(db, 'event_roles', juryRole, { id: randomUUID(), user_id: userId });
    })();
    return db
      .prepare("SELECT id, title FROM submissions WHERE event_id = ? AND status = 'submitted' ORDER BY title")
      .all(event.id);
  } finally {
    db.close();
  }
}

function copy(db, table, row, overrides) {
  const values = { ...row, ...overrides };
  const columns = Object.keys(values);
  db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(
    values,
  );
}
