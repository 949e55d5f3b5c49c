import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Budget, WriteClass } from '../rate-limit/write-budgets.js';
import type { Env } from './env.schema.js';
import type { OidcProviderSettings } from './oidc-providers.js';

export type DatabaseConfig = { driver: 'sqlite'; file: string } | { driver: 'postgres'; url: string; poolSize: number };

/** The resolved configuration the rest of the API depends on (never process.env directly). */
export class AppConfig {
  readonly env: Env['NODE_ENV'];
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly uploadsDir: string;
  readonly database: DatabaseConfig;
  readonly redisUrl: string | undefined;
  readonly secret: string;
  readonly webDistDir: string;
  readonly seedDemo: boolean;
  readonly logLevel: Env['LOG_LEVEL'];
  readonly corsOrigins: string[];
  /** Express `trust proxy`: which hops may set X-Forwarded-For/-Proto. */
  readonly trustProxy: boolean | number | string;
  /**
   * `/api/metrics`: off answers 404; with a token, only `Authorization: Bearer <token>` may read it;
   * without one in production, only loopback and private addresses may.
   */
  readonly metrics: { enabled: boolean; token: string | undefined };
  /** The OpenAPI document and its page at `/api/docs`. */
  readonly apiDocs: boolean;
  /** Sent as `X-Instance-Id` on every answer when set, so a load-balanced setup shows which instance answered. */
  readonly instanceId: string | undefined;
  readonly version: string;
  /** OpenID Connect single sign-on: the providers, and the public address their callbacks go to (else the request's). */
  readonly sso: { providers: OidcProviderSettings[]; redirectBaseUrl: string | undefined };
  readonly authRateLimit: { perAddress: number; perAccount: number };
  /** Signed-in writes per user, by class. */
  readonly writeBudgets: Record<WriteClass, Budget>;
  /** Live pushes: one leaderboard snapshot per event and audience per `coalesceMs` at most. */
  readonly live: { coalesceMs: number };
  /** Links in mails start with this (no trailing slash). */
  readonly publicUrl: string;
  /** Outgoing mail: SMTP when `smtpUrl` is set, otherwise mails stay in the outbox and as `.eml` files. */
  readonly mail: {
    smtpUrl: string | undefined;
    rejectUnauthorized: boolean;
    from: string;
    maxAttempts: number;
    retrySeconds: number;
    pollMs: number;
    scheduleSeconds: number;
    directory: string;
    messagesPerHour: number;
  };

  constructor(env: Env) {
    this.env = env.NODE_ENV;
    this.host = env.HOST;
    this.port = env.PORT;
    this.dataDir = resolve(env.DATA_DIR);
    this.uploadsDir = resolve(env.UPLOADS_DIR ?? join(this.dataDir, 'uploads'));
    this.database = env.DATABASE_URL
      ? { driver: 'postgres', url: env.DATABASE_URL, poolSize: env.DB_POOL_SIZE }
      : { driver: 'sqlite', file: join(this.dataDir, 'hackboard.sqlite') };
    this.redisUrl = env.REDIS_URL;
    this.secret = env.APP_SECRET ?? embeddedSecret(this.dataDir, this.database.driver === 'sqlite');
    this.webDistDir = env.WEB_DIST_DIR
      ? resolve(env.WEB_DIST_DIR)
      : resolve(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');
    this.seedDemo = env.SEED_DEMO === 'auto' ? this.database.driver === 'sqlite' : env.SEED_DEMO === 'true';
    this.logLevel = env.LOG_LEVEL;
    this.corsOrigins = env.CORS_ORIGINS;
    this.trustProxy = env.TRUST_PROXY;
    this.authRateLimit = { perAddress: env.AUTH_RATE_LIMIT_PER_ADDRESS, perAccount: env.AUTH_RATE_LIMIT_PER_ACCOUNT };
    this.sso = { providers: env.oidcProviders, redirectBaseUrl: env.OIDC_REDIRECT_BASE_URL?.replace(/\/+$/, '') };
    this.writeBudgets = {
      announcements: env.WRITE_BUDGET_ANNOUNCEMENTS,
      profile: env.WRITE_BUDGET_PROFILE,
      submissions: env.WRITE_BUDGET_SUBMISSIONS,
      reviews: env.WRITE_BUDGET_REVIEWS,
      invitations: env.WRITE_BUDGET_INVITATIONS,
      messages: env.WRITE_BUDGET_MESSAGES,
      writes: env.WRITE_BUDGET_WRITES,
    };
    this.metrics = { enabled: env.METRICS_ENABLED, token: env.METRICS_TOKEN };
    this.apiDocs = env.API_DOCS_ENABLED;
    this.instanceId = env.INSTANCE_ID;
    this.live = { coalesceMs: env.LIVE_COALESCE_MS };
    this.publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
    this.mail = {
      smtpUrl: env.SMTP_URL,
      rejectUnauthorized: env.SMTP_TLS_REJECT_UNAUTHORIZED,
      from: env.MAIL_FROM,
      maxAttempts: env.MAIL_MAX_ATTEMPTS,
      retrySeconds: env.MAIL_RETRY_SECONDS,
      pollMs: env.MAIL_POLL_MS,
      scheduleSeconds: env.MAIL_SCHEDULE_SECONDS,
      directory: join(this.dataDir, 'mail'),
      messagesPerHour: env.MESSAGE_RATE_LIMIT_PER_HOUR,
    };
    this.version = process.env['npm_package_version'] ?? '0.1.0';
  }
}

/** Embedded mode keeps a generated secret beside its database so sessions survive restarts. */
function embeddedSecret(dataDir: string, persist: boolean): string {
  if (!persist) return randomBytes(32).toString('hex');
  const file = join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
