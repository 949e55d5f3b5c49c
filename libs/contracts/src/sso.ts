import { z } from 'zod';

/** A provider's id as it appears in configuration and in addresses: `OIDC_PROVIDERS=agency` → `/api/sso/agency/…`. */
export const SsoProviderId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be 1–32 lowercase letters, digits or dashes, starting with a letter');
export type SsoProviderId = z.infer<typeof SsoProviderId>;

/** A configured OpenID Connect provider, as the sign-in page shows it. */
export const SsoProviderDto = z.object({ id: SsoProviderId, name: z.string() });
export type SsoProviderDto = z.infer<typeof SsoProviderDto>;

/** An identity at a provider linked to the signed-in account. */
export const SsoIdentityDto = z.object({
  id: z.uuid(),
  providerId: z.string(),
  providerName: z.string(),
  email: z.string().nullable(),
  linkedAt: z.string(),
  lastSignInAt: z.string().nullable(),
});
export type SsoIdentityDto = z.infer<typeof SsoIdentityDto>;

/** The ways the signed-in account can sign in: its password (if it has one) and its linked identities. */
export const SignInMethodsDto = z.object({ hasPassword: z.boolean(), identities: z.array(SsoIdentityDto) });
export type SignInMethodsDto = z.infer<typeof SignInMethodsDto>;

/** Where the browser goes next: the provider's sign-in page (linking) or its sign-out page (RP-initiated logout). */
export const SsoRedirectDto = z.object({ redirectTo: z.string().nullable() });
export type SsoRedirectDto = z.infer<typeof SsoRedirectDto>;

export const SsoLinkInput = z.strictObject({ returnTo: z.string().max(500).optional() });
export type SsoLinkInput = z.infer<typeof SsoLinkInput>;

/**
 * Roles an organizer can require single sign-on for: the provider (by id) their people must sign
 * in with, or null for no requirement.
 */
export const SsoRequirementsDto = z.object({
  jury: SsoProviderId.nullable(),
  agency: SsoProviderId.nullable(),
});
export type SsoRequirementsDto = z.infer<typeof SsoRequirementsDto>;

export const UpdateSsoRequirementsInput = z.strictObject({
  jury: SsoProviderId.nullable().optional(),
  agency: SsoProviderId.nullable().optional(),
});
export type UpdateSsoRequirementsInput = z.infer<typeof UpdateSsoRequirementsInput>;

/** Why a sign-in through a provider was refused; the web app explains each code in the user's language. */
export const SSO_ERROR_CODES = [
  'SSO_PROVIDER_UNKNOWN',
  'SSO_PROVIDER_UNAVAILABLE',
  'SSO_CANCELLED',
  'SSO_STATE_MISMATCH',
  'SSO_CODE_REJECTED',
  'SSO_TOKEN_INVALID',
  'SSO_EMAIL_MISSING',
  'SSO_EMAIL_NOT_VERIFIED',
  'SSO_EMAIL_DOMAIN_NOT_ALLOWED',
  'SSO_IDENTITY_LINKED_ELSEWHERE',
  'SSO_LINK_SESSION_CHANGED',
  'SSO_ACCOUNT_UNAVAILABLE',
  'SSO_FAILED',
] as const;
export const SsoErrorCode = z.enum(SSO_ERROR_CODES);
export type SsoErrorCode = z.infer<typeof SsoErrorCode>;
