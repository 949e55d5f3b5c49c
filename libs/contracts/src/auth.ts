import { z } from 'zod';

export const LANGUAGES = ['sv', 'en'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const EVENT_ROLES = ['organizer', 'agency', 'jury', 'participant', 'volunteer', 'mentor'] as const;
export const EventRole = z.enum(EVENT_ROLES);
export type EventRole = z.infer<typeof EventRole>;

const email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'must be an email address' }))
  .transform((value) => value.toLowerCase());
const password = z.string().min(10, 'must be at least 10 characters').max(200, 'must be at most 200 characters');
const displayName = z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters');

export const RegisterInput = z.strictObject({ email, password, displayName, language: Language.optional() });
export type RegisterInput = z.infer<typeof RegisterInput>;

export const LoginInput = z.strictObject({ email, password: z.string().min(1, 'is required').max(200) });
export type LoginInput = z.infer<typeof LoginInput>;

export const UpdateProfileInput = z
  .strictObject({ displayName: displayName.optional(), language: Language.optional() })
  .refine((input) => input.displayName !== undefined || input.language !== undefined, {
    message: 'give at least one of displayName and language',
  });
export type UpdateProfileInput = z.infer<typeof UpdateProfileInput>;

export const MembershipDto = z.object({
  eventId: z.uuid(),
  eventSlug: z.string(),
  eventName: z.string(),
  role: EventRole,
  organizationId: z.uuid().nullable(),
});
export type MembershipDto = z.infer<typeof MembershipDto>;

export const MeDto = z.object({
  id: z.uuid(),
  email: z.string(),
  /** The address was confirmed through a link mailed to it. */
  emailVerified: z.boolean(),
  displayName: z.string(),
  language: Language,
  isAdmin: z.boolean(),
  memberships: z.array(MembershipDto),
});
export type MeDto = z.infer<typeof MeDto>;

/** Who is signed in: the user, or null for a visitor (`GET /api/auth/session`). */
export const SessionDto = z.object({ user: MeDto.nullable() });
export type SessionDto = z.infer<typeof SessionDto>;

/** With mail delivery on, registration answers this for every address and mails a link instead of signing in. */
export const RegistrationPendingDto = z.object({ verificationSent: z.literal(true), email: z.string() });
export type RegistrationPendingDto = z.infer<typeof RegistrationPendingDto>;

const mailedToken = z.string().trim().min(1, 'is required').max(200, 'is not a valid link');

export const RequestPasswordResetInput = z.strictObject({ email });
export type RequestPasswordResetInput = z.infer<typeof RequestPasswordResetInput>;

export const ResetPasswordInput = z.strictObject({ token: mailedToken, password });
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;

export const VerifyEmailInput = z.strictObject({ token: mailedToken });
export type VerifyEmailInput = z.infer<typeof VerifyEmailInput>;

export const ChangeEmailInput = z.strictObject({
  newEmail: email,
  password: z.string().min(1, 'is required').max(200),
});
export type ChangeEmailInput = z.infer<typeof ChangeEmailInput>;

export const ConfirmEmailChangeInput = z.strictObject({ token: mailedToken });
export type ConfirmEmailChangeInput = z.infer<typeof ConfirmEmailChangeInput>;

/** What a mailed link's request answers when it only needs saying that it was received. */
export const MailSentDto = z.object({ sent: z.literal(true) });
export type MailSentDto = z.infer<typeof MailSentDto>;
