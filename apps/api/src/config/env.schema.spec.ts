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

  it('reads the operations settings', () => {
    expect(parseEnv({})).toMatchObject({
      METRICS_ENABLED: true,
      TRUST_PROXY: 'loopback, linklocal, uniquelocal',
    });
    expect(parseEnv({ METRICS_ENABLED: 'false', TRUST_PROXY: '2', INSTANCE_ID: 'api-1' })).toMatchObject({
      METRICS_ENABLED: false,
      TRUST_PROXY: 2,
      INSTANCE_ID: 'api-1',
    });
    expect(parseEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(parseEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toBe('loopback, 10.0.0.0/8');
    expect(parseEnv({ METRICS_TOKEN: '' }).METRICS_TOKEN).toBeUndefined();
  });

  it('names a wrong operations setting', () => {
    expect(() => parseEnv({ METRICS_ENABLED: 'yes' })).toThrow(/METRICS_ENABLED must be true or false/);
    expect(() => parseEnv({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 16 characters/);
    expect(() => parseEnv({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
    expect(() => parseEnv({ INSTANCE_ID: 'api 1' })).toThrow(/INSTANCE_ID/);
  });
});
