import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import { Clock } from '../../src/common/clock.js';
import { AppConfig } from '../../src/config/app-config.js';
import { parseEnv } from '../../src/config/env.schema.js';
import { createApp } from '../../src/create-app.js';
import { type Driver, createTestDatabase } from './test-databases.js';

/** A clock the test moves by hand. */
export class TestClock extends Clock {
  constructor(private current = new Date('2026-05-20T10:00:00Z')) {
    super();
  }
  override now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

export interface TestApp {
  app: INestApplication;
  http: Server;
  clock: TestClock;
  config: AppConfig;
  close(): Promise<void>;
}

/** The settings every test instance starts from. */
const TEST_ENV = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  SEED_DEMO: 'false',
  WEB_DIST_DIR: '/nonexistent',
  // Suites register many accounts from one address; the rate-limit suite sets its own limits.
  AUTH_RATE_LIMIT_PER_ADDRESS: '100000',
  AUTH_RATE_LIMIT_PER_ACCOUNT: '100000',
  // Suites write far faster than people do; the write-budgets suite sets its own budgets.
  WRITE_BUDGET_ANNOUNCEMENTS: '100000/1m',
  WRITE_BUDGET_PROFILE: '100000/1m',
  WRITE_BUDGET_SUBMISSIONS: '100000/1m',
  WRITE_BUDGET_REVIEWS: '100000/1m',
  WRITE_BUDGET_INVITATIONS: '100000/1m',
  WRITE_BUDGET_MESSAGES: '100000/1m',
  WRITE_BUDGET_WRITES: '100000/1m',
  // Suites that test the mail schedule run it by hand with the test clock.
  MAIL_SCHEDULE_SECONDS: '0',
};

/** The whole API on its own database, with the demo seed off unless asked for. */
export async function startTestApp(driver: Driver, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase(driver);
  const config = new AppConfig(parseEnv({ ...TEST_ENV, ...database.env, ...env }));
  const clock = new TestClock();
  let app: INestApplication | undefined;
  try {
    app = await createApp(config, { clock });
    await app.init();
  } catch (error) {
    await app?.close();
    await database.drop();
    throw error;
  }
  const started = app;
  return {
    app: started,
    http: started.getHttpServer() as Server,
    clock,
    config,
    close: async () => {
      await started.close();
      await database.drop();
    },
  };
}

/**
 * Another instance of the API beside `first`: the same database, secret and clock, its own
 * process-local state. `env` gives it its own settings (its Redis, its coalescing window).
 */
export async function startAnotherInstance(first: TestApp, env: Record<string, string>): Promise<INestApplication> {
  const database = first.config.database;
  if (database.driver !== 'postgres') throw new Error('instances share a PostgreSQL database');
  const config = new AppConfig(
    parseEnv({
      ...TEST_ENV,
      DATA_DIR: first.config.dataDir,
      DATABASE_URL: database.url,
      APP_SECRET: first.config.secret,
      ...env,
    }),
  );
  const app = await createApp(config, { clock: first.clock });
  await app.init();
  await app.listen(0, '127.0.0.1');
  return app;
}
