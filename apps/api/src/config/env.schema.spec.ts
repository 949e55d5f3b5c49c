import { ConfigError, parseEnv } from './env.schema.js';

const strongSecret = 'a'.repeat(16) + 'b'.repeat(16);

describe('parseEnv', () => {
  it('gives the embedded defaults when nothing is set', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: './data', SEED_DEMO: 'auto', CORS_ORIGINS: [] });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.REDIS_URL).toBeUndefined();
  });

  it('names the variable that is wrong', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must start with postgres:\/\//);
    expect(() => parseEnv({ REDIS_URL: 'http://x' })).toThrow(/REDIS_URL/);
  });

  it('refuses to run on PostgreSQL without a secret', () => {
    expect(() => parseEnv({ DATABASE_URL: 'postgres://db/hackboard' })).toThrow(ConfigError);
    expect(() => parseEnv({ DATABASE_URL: 'postgres://db/hackboard' })).toThrow(/APP_SECRET is required/);
  });

  it('refuses a short or well-known secret in production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', APP_SECRET: 'changeme' })).toThrow(
      /APP_SECRET must be a random value/,
    );
    expect(() => parseEnv({ NODE_ENV: 'production', APP_SECRET: 'short' })).toThrow(/APP_SECRET/);
  });

  it('accepts a production setup with a strong secret', () => {
    const env = parseEnv({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://db/x',
      APP_SECRET: strongSecret,
      CORS_ORIGINS: 'https://a.se, https://b.se',
    });
    expect(env.CORS_ORIGINS).toEqual(['https://a.se', 'https://b.se']);
  });
});
