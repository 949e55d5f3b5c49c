import { z } from 'zod';
import { type OidcProviderSettings, parseOidcProviders } from './oidc-providers.js';
import { type Budget, DEFAULT_BUDGETS, type WriteClass, parseBudget } from '../rate-limit/write-budgets.js';

// A name Express's `trust proxy` understands, or an IPv4/IPv6 address with an optional prefix length.
const PROXY_ADDRESS = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)$/;

const DEFAULT_SECRETS = new Set(['changeme', 'change-me', 'secret', 'hackboard', 'development']);

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || protocols.some((p) => value.startsWith(`${p}://`)), {
      message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    });

/** A write budget, `<writes>/<window>` such as `90/5m`. */
const budget = (name: WriteClass) =>
  z
    .string()
    .default(DEFAULT_BUDGETS[name])
    .transform((value, ctx): Budget => {
      const parsed = parseBudget(value);
      if (parsed) return parsed;
      ctx.addIssue({
        code: 'custom',
        message: 'must be <writes>/<window> such as 90/5m (window in s, m or h, at most 24h)',
      });
      return z.NEVER;
    });

/** Every setting the API reads from the environment. Parsed once at boot; see .env.example. */
export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATA_DIR: z.string().default('./data'),
    /** Where uploaded images are kept; every API instance must see the same folder. */
    UPLOADS_DIR: z.string().optional(),
    DATABASE_URL: optionalUrl(['postgres', 'postgresql']),
    REDIS_URL: optionalUrl(['redis', 'rediss']),
    APP_SECRET: z.string().optional(),
    WEB_DIST_DIR: z.string().optional(),
    SEED_DEMO: z
      .enum(['true', 'false', 'auto'])
      .default('auto')
      .describe('seed the demo event into an empty database: auto = only on SQLite'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    CORS_ORIGINS: z
      .string()
      .optional()
      .transform((value) =>
        value
          ? value
              .split(',')
              .map((origin) => origin.trim())
              .filter(Boolean)
          : [],
      ),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    AUTH_RATE_LIMIT_PER_ADDRESS: z.coerce
      .number()
      .int()
      .min(1)
      .default(20)
      .describe('sign-in and registration attempts per client address per minute'),
    AUTH_RATE_LIMIT_PER_ACCOUNT: z.coerce
      .number()
      .int()
      .min(1)
      .default(10)
      .describe('sign-in attempts per account per 15 minutes'),
    OIDC_PROVIDERS: z.string().optional().describe('ids of the OpenID Connect providers, comma-separated'),
    OIDC_REDIRECT_BASE_URL: optionalUrl(['https', 'http']).describe(
      'the public address providers send people back to; default: the address of the request',
    ),
    WRITE_BUDGET_ANNOUNCEMENTS: budget('announcements'),
    WRITE_BUDGET_PROFILE: budget('profile'),
    WRITE_BUDGET_SUBMISSIONS: budget('submissions'),
    WRITE_BUDGET_REVIEWS: budget('reviews'),
    WRITE_BUDGET_INVITATIONS: budget('invitations'),
    WRITE_BUDGET_MESSAGES: budget('messages'),
    WRITE_BUDGET_WRITES: budget('writes'),
    TRUST_PROXY: z
      .string()
      .trim()
      .default('loopback, linklocal, uniquelocal')
      .refine(
        (value) =>
          /^(true|false|\d+)$/.test(value) || value.split(',').every((part) => PROXY_ADDRESS.test(part.trim())),
        {
          message:
            'must be true, false, a hop count, or a comma-separated list of addresses, subnets or loopback/linklocal/uniquelocal',
        },
      )
      .transform((value): boolean | number | string =>
        value === 'true' ? true : value === 'false' ? false : /^\d+$/.test(value) ? Number(value) : value,
      ),
    METRICS_ENABLED: z
      .enum(['true', 'false'], { message: 'must be true or false' })
      .default('true')
      .transform((value) => value === 'true'),
    METRICS_TOKEN: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? value : undefined))
      .refine((value) => value === undefined || value.length >= 16, { message: 'must be at least 16 characters' }),
    API_DOCS_ENABLED: z
      .enum(['true', 'false'], { message: 'must be true or false' })
      .default('true')
      .transform((value) => value === 'true')
      .describe('serve the OpenAPI document and its page at /api/docs'),
    LIVE_COALESCE_MS: z.coerce
      .number()
      .int()
      .min(0)
      .max(10_000)
      .default(250)
      .describe('at most one leaderboard snapshot per event and audience in this many milliseconds'),
    PUBLIC_URL: optionalUrl(['http', 'https']).describe(
      'the address people reach the platform at, for links in mails (default http://localhost:PORT)',
    ),
    SMTP_URL: optionalUrl(['smtp', 'smtps']).describe(
      'smtp://user:password@host:587 (STARTTLS when offered) or smtps://… (TLS from the start); unset: mails stay in the mailbox',
    ),
    SMTP_TLS_REJECT_UNAUTHORIZED: z
      .enum(['true', 'false'], { message: 'must be true or false' })
      .default('true')
      .transform((value) => value === 'true'),
    MAIL_FROM: z
      .string()
      .trim()
      .min(3)
      .max(200)
      .default('Hackboard <no-reply@hackboard.localhost>')
      .describe('the From address of every mail'),
    MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    MAIL_RETRY_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .max(3600)
      .default(30)
      .describe('the first retry waits this long, each next one twice as long (capped at 6 hours)'),
    MAIL_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(2000),
    MAIL_SCHEDULE_SECONDS: z.coerce
      .number()
      .int()
      .min(0)
      .max(3600)
      .default(60)
      .describe('how often reminders and timeline notices are looked for (0: never, for tests that run it by hand)'),
    MESSAGE_RATE_LIMIT_PER_HOUR: z.coerce
      .number()
      .int()
      .min(1)
      .default(10)
      .describe('organizer messages per event per hour'),
    INSTANCE_ID: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? value : undefined))
      .refine((value) => value === undefined || /^[\w.-]{1,64}$/.test(value), {
        message: 'must be 1–64 letters, digits, dots, dashes or underscores',
      }),
  })
  .superRefine((env, ctx) => {
    // A shared deployment (PostgreSQL or NODE_ENV=production) must bring its own strong secret.
    const shared = env.NODE_ENV === 'production' || env.DATABASE_URL !== undefined;
    if (shared && env.NODE_ENV !== 'test') {
      if (!env.APP_SECRET) {
        ctx.addIssue({
          code: 'custom',
          path: ['APP_SECRET'],
          message: 'is required when DATABASE_URL is set or NODE_ENV=production',
        });
      } else if (env.APP_SECRET.length < 32 || DEFAULT_SECRETS.has(env.APP_SECRET.toLowerCase())) {
        ctx.addIssue({
          code: 'custom',
          path: ['APP_SECRET'],
          message: 'must be a random value of at least 32 characters',
        });
      }
    }
  });

/** The parsed settings; the OpenID Connect providers come from variables named after each provider. */
export type Env = z.output<typeof EnvSchema> & { oidcProviders: OidcProviderSettings[] };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  const oidc = parseOidcProviders(source);
  const problems = [
    ...(result.error?.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`) ?? []),
    ...oidc.problems,
  ];
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  return { ...result.data, oidcProviders: oidc.providers };
}
