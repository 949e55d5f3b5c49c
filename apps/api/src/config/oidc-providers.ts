import { SsoProviderId } from '@hackboard/contracts';
import { z } from 'zod';

/** One OpenID Connect provider as configured by `OIDC_<ID>_*` variables. */
export interface OidcProviderSettings {
  id: string;
  name: string;
  issuer: URL;
  clientId: string;
  /** Unset for a public client: PKCE alone then protects the code. */
  clientSecret: string | undefined;
  /** Lowercase domains an email must belong to; empty allows every domain. */
  emailDomains: string[];
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const issuer = z
  .string({ message: 'is required' })
  .trim()
  .pipe(z.url({ message: 'must be a URL' }))
  .transform((value) => new URL(value))
  .refine((url) => url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)), {
    message: 'must be an https:// URL (http:// only on localhost)',
  });

const domains = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((domain) => domain.trim().toLowerCase().replace(/^@/, ''))
      .filter(Boolean),
  )
  .refine((list) => list.every((domain) => /^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain)), {
    message: 'must be a comma-separated list of domains such as kommun.se',
  });

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

/** `agency-id` → `OIDC_AGENCY_ID_`: the prefix of a provider's own variables. */
export const oidcVariablePrefix = (id: string) => `OIDC_${id.toUpperCase().replace(/-/g, '_')}_`;

/**
 * Reads the providers named in `OIDC_PROVIDERS` (comma-separated ids) from their own variables:
 * `OIDC_<ID>_ISSUER`, `_CLIENT_ID`, `_CLIENT_SECRET`, `_NAME` and `_EMAIL_DOMAINS`.
 * Problems are returned with the variable's name, for the one configuration error at start-up.
 */
export function parseOidcProviders(source: Record<string, string | undefined>): {
  providers: OidcProviderSettings[];
  problems: string[];
} {
  const ids = (source['OIDC_PROVIDERS'] ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const providers: OidcProviderSettings[] = [];
  const problems: string[] = [];
  for (const id of ids) {
    const parsedId = SsoProviderId.safeParse(id);
    if (!parsedId.success) {
      problems.push(`OIDC_PROVIDERS ${JSON.stringify(id)} ${parsedId.error.issues[0]!.message}`);
      continue;
    }
    if (providers.some((provider) => provider.id === id)) {
      problems.push(`OIDC_PROVIDERS names ${id} twice`);
      continue;
    }
    const prefix = oidcVariablePrefix(id);
    const schema = z.object({
      [`${prefix}ISSUER`]: issuer,
      [`${prefix}CLIENT_ID`]: z.string({ message: 'is required' }).trim().min(1, 'is required'),
      [`${prefix}CLIENT_SECRET`]: optionalText,
      [`${prefix}NAME`]: optionalText.refine((value) => value === undefined || value.length <= 60, {
        message: 'must be at most 60 characters',
      }),
      [`${prefix}EMAIL_DOMAINS`]: domains,
    });
    const result = schema.safeParse(source);
    if (!result.success) {
      problems.push(...result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
      continue;
    }
    const values = result.data as Record<string, unknown>;
    providers.push({
      id,
      name: (values[`${prefix}NAME`] as string | undefined) ?? id,
      issuer: values[`${prefix}ISSUER`] as URL,
      clientId: values[`${prefix}CLIENT_ID`] as string,
      clientSecret: values[`${prefix}CLIENT_SECRET`] as string | undefined,
      emailDomains: values[`${prefix}EMAIL_DOMAINS`] as string[],
    });
  }
  return { providers, problems };
}
