import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * better-sqlite3 gives TypeORM one connection for the whole process. Without care, a request that
 * runs while another request's transaction is open joins that transaction (and is rolled back with
 * it), and two transactions nest as savepoints of each other. This serializes database work on
 * SQLite: a transaction, or any single manager call, runs alone; the work it does itself (tracked
 * with AsyncLocalStorage) passes straight through. PostgreSQL uses a pool and needs none of this.
 */
export function serializeSqliteAccess(dataSource: DataSource): void {
  if (dataSource.options.type !== 'better-sqlite3') return;
  const insideWork = new AsyncLocalStorage<true>();
  let queue: Promise<unknown> = Promise.resolve();

  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    if (insideWork.getStore()) return work();
    const run = queue.then(() => insideWork.run(true, work));
    queue = run.catch(() => undefined);
    return run;
  };

  const manager = dataSource.manager as unknown as Record<string, unknown>;
  for (const name of MANAGER_METHODS) {
    const original = manager[name];
    if (typeof original !== 'function') continue;
    const bound = (original as (...args: unknown[]) => Promise<unknown>).bind(dataSource.manager);
    manager[name] = (...args: unknown[]) => exclusive(() => bound(...args));
  }

  // Query builders execute on the shared query runner directly.
  const runner = dataSource.createQueryRunner();
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  (runner as unknown as { query: (...args: unknown[]) => Promise<unknown> }).query = (...args: unknown[]) =>
    exclusive(() => query(...args));
}

const MANAGER_METHODS: (keyof EntityManager)[] = [
  'transaction',
  'query',
  'save',
  'remove',
  'softRemove',
  'recover',
  'insert',
  'upsert',
  'update',
  'updateAll',
  'delete',
  'deleteAll',
  'softDelete',
  'restore',
  'increment',
  'decrement',
  'clear',
  'exists',
  'existsBy',
  'count',
  'countBy',
  'sum',
  'average',
  'minimum',
  'maximum',
  'find',
  'findBy',
  'findAndCount',
  'findAndCountBy',
  'findOne',
  'findOneBy',
  'findOneOrFail',
  'findOneByOrFail',
  'preload',
];
