import { ConfigError, parseEnv } from './env.schema.js';

const agency = {
  OIDC_PROVIDERS: 'agency, kommun-id',
  OIDC_AGENCY_ISSUER: 'https://login.agency.example/v2.0',
  OIDC_AGENCY_CLIENT_ID: 'hackboard',
  OIDC_AGENCY_CLIENT_SECRET: 'a secret',
  OIDC_AGENCY_NAME: 'Agency ID',
  OIDC_AGENCY_EMAIL_DOMAINS: 'Agency.se, @trafikverket.se',
  OIDC_KOMMUN_ID_ISSUER: 'http://localhost:8080/realms/kommun',
  OIDC_KOMMUN_ID_CLIENT_ID: 'hackboard-public',
};

describe('OpenID Connect providers in the environment', () => {
  it('reads each provider from its own variables, with defaults for the optional ones', () => {
    const env = parseEnv(agency);
    expect(env.oidcProviders).toEqual([
      {
        id: 'agency',
        name: 'Agency ID',
        issuer: new URL('https://login.agency.example/v2.0'),
        clientId: 'hackboard',
        clientSecret: 'a secret',
        emailDomains: ['agency.se', 'trafikverket.se'],
      },
      {
        id: 'kommun-id',
        name: 'kommun-id',
        issuer: new URL('http://localhost:8080/realms/kommun'),
        clientId: 'hackboard-public',
        clientSecret: undefined,
        emailDomains: [],
      },
    ]);
    expect(parseEnv({}).oidcProviders).toEqual([]);
  });

  it('stops start-up naming every variable that is missing or wrong', () => {
    const attempt = () =>
      parseEnv({
        ...agency,
        OIDC_AGENCY_ISSUER: 'http://login.agency.example',
        OIDC_KOMMUN_ID_CLIENT_ID: '',
        OIDC_AGENCY_EMAIL_DOMAINS: 'not a domain',
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/OIDC_AGENCY_ISSUER must be an https:\/\/ URL/);
    expect(attempt).toThrow(/OIDC_KOMMUN_ID_CLIENT_ID is required/);
    expect(attempt).toThrow(/OIDC_AGENCY_EMAIL_DOMAINS must be a comma-separated list/);
    expect(() => parseEnv({ OIDC_PROVIDERS: 'Bad_Id' })).toThrow(/OIDC_PROVIDERS "Bad_Id" must be/);
    expect(() => parseEnv({ ...agency, OIDC_PROVIDERS: 'agency,agency' })).toThrow(/names agency twice/);
    expect(() => parseEnv({ OIDC_PROVIDERS: 'missing' })).toThrow(/OIDC_MISSING_ISSUER is required/);
  });
});
