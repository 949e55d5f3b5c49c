import type { DataSource } from 'typeorm';

// Any constant works: it only has to be the same for every instance of the API.
const MIGRATION_LOCK_ID = 7_351_204;

/**
 * Applies pending migrations. On PostgreSQL an advisory lock makes instances that start together
 * take turns, so exactly one applies each migration.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const postgres = dataSource.options.type === 'postgres';
  const runner = dataSource.createQueryRunner();
  try {
    if (postgres) await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    if (postgres) await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    await runner.release();
  }
}
