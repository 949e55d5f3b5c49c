import { z } from 'zod';

export const INVITED_ROLES = ['organizer', 'agency', 'jury', 'volunteer', 'mentor'] as const;
export const InvitedRole = z.enum(INVITED_ROLES);
export type InvitedRole = z.infer<typeof InvitedRole>;

export const CreateInvitationInput = z
  .strictObject({
    email: z
      .string()
      .trim()
      .max(254)
      .pipe(z.email({ message: 'must be an email address' }))
      .transform((value) => value.toLowerCase()),
    role: InvitedRole,
    organizationId: z.uuid().optional(),
    /** The invitation mail's language when the address has no account yet (default: the inviter's). */
    language: z.enum(['sv', 'en']).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.role === 'agency' && !input.organizationId) {
      ctx.addIssue({ code: 'custom', path: ['organizationId'], message: 'is required for an agency member' });
    }
    if (input.role !== 'agency' && input.organizationId) {
      ctx.addIssue({ code: 'custom', path: ['organizationId'], message: 'is only for agency members' });
    }
  });
export type CreateInvitationInput = z.infer<typeof CreateInvitationInput>;

export const InvitationStatus = z.enum(['pending', 'accepted', 'expired']);
export type InvitationStatus = z.infer<typeof InvitationStatus>;

export const InvitationDto = z.object({
  id: z.uuid(),
  email: z.string(),
  role: InvitedRole,
  organizationId: z.uuid().nullable(),
  status: InvitationStatus,
  expiresAt: z.iso.datetime(),
  acceptedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type InvitationDto = z.infer<typeof InvitationDto>;

/** Returned once, when the invitation is made: the link to hand to the invited person. */
export const CreatedInvitationDto = InvitationDto.extend({
  token: z.string(),
  acceptPath: z.string(),
  /** The link was also mailed to the invited address. */
  emailed: z.boolean(),
});
export type CreatedInvitationDto = z.infer<typeof CreatedInvitationDto>;

/** What the invited person sees before accepting. */
export const InvitationPreviewDto = z.object({
  eventSlug: z.string(),
  eventName: z.string(),
  role: InvitedRole,
  organizationName: z.string().nullable(),
  status: InvitationStatus,
  expiresAt: z.iso.datetime(),
});
export type InvitationPreviewDto = z.infer<typeof InvitationPreviewDto>;
