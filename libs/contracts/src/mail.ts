import { z } from 'zod';
import { pageOf, PageQuery } from './pagination.js';

/** Where a mail is on its way out of the outbox. */
export const MAIL_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export const MailStatus = z.enum(MAIL_STATUSES);
export type MailStatus = z.infer<typeof MailStatus>;

/**
 * The optional mails a person can turn off; mails about their own account (password reset,
 * verification, invitations, submission receipts) are always sent.
 */
export const MAIL_TOPICS = ['team', 'reminders', 'jury', 'announcements', 'messages', 'results'] as const;
export const MailTopic = z.enum(MAIL_TOPICS);
export type MailTopic = z.infer<typeof MailTopic>;

export const NotificationSettingsDto = z.object({
  team: z.boolean(),
  reminders: z.boolean(),
  jury: z.boolean(),
  announcements: z.boolean(),
  messages: z.boolean(),
  results: z.boolean(),
});
export type NotificationSettingsDto = z.infer<typeof NotificationSettingsDto>;

export const UpdateNotificationSettingsInput = z
  .strictObject({
    team: z.boolean(),
    reminders: z.boolean(),
    jury: z.boolean(),
    announcements: z.boolean(),
    messages: z.boolean(),
    results: z.boolean(),
  })
  .partial()
  .refine((input) => Object.keys(input).length > 0, { message: 'give at least one setting to change' });
export type UpdateNotificationSettingsInput = z.infer<typeof UpdateNotificationSettingsInput>;

/** The signed token of an unsubscribe link (in the mail's footer and its List-Unsubscribe header). */
export const UnsubscribeInput = z.strictObject({ token: z.string().min(1, 'is required').max(500) });
export type UnsubscribeInput = z.infer<typeof UnsubscribeInput>;

export const UnsubscribedDto = z.object({ topic: MailTopic, settings: NotificationSettingsDto });
export type UnsubscribedDto = z.infer<typeof UnsubscribedDto>;

export const MailAttachmentDto = z.object({ filename: z.string(), contentType: z.string() });

/** One mail in the outbox, as the platform admin's mailbox and an organizer's delivery list show it. */
export const MailSummaryDto = z.object({
  id: z.uuid(),
  template: z.string(),
  to: z.string(),
  subject: z.string(),
  language: z.enum(['sv', 'en']),
  status: MailStatus,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  eventId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  nextAttemptAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
});
export type MailSummaryDto = z.infer<typeof MailSummaryDto>;

export const MailDto = MailSummaryDto.extend({
  text: z.string(),
  html: z.string(),
  attachments: z.array(MailAttachmentDto),
});
export type MailDto = z.infer<typeof MailDto>;

export const MailPageDto = pageOf(MailSummaryDto);
export type MailPageDto = z.infer<typeof MailPageDto>;

export const MailListQuery = PageQuery.extend({ status: MailStatus.optional() });
export type MailListQuery = z.infer<typeof MailListQuery>;

/** Who an organizer's message goes to. */
export const MESSAGE_SEGMENTS = [
  'participants',
  'teams-without-submission',
  'challenge-teams',
  'jurors',
  'challenge-owners',
] as const;
export const MessageSegment = z.enum(MESSAGE_SEGMENTS);
export type MessageSegment = z.infer<typeof MessageSegment>;

const audience = {
  segment: MessageSegment,
  challengeId: z.uuid({ message: 'must be a challenge id' }).optional(),
};

function challengeRule(input: { segment: MessageSegment; challengeId?: string }, ctx: z.RefinementCtx) {
  if (input.segment === 'challenge-teams' && !input.challengeId) {
    ctx.addIssue({ code: 'custom', path: ['challengeId'], message: "is required for one challenge's teams" });
  }
  if (input.segment !== 'challenge-teams' && input.challengeId) {
    ctx.addIssue({ code: 'custom', path: ['challengeId'], message: "is only for one challenge's teams" });
  }
}

export const MessageAudienceInput = z.strictObject(audience).superRefine(challengeRule);
export type MessageAudienceInput = z.infer<typeof MessageAudienceInput>;

export const MessagePreviewDto = z.object({ recipients: z.number().int() });
export type MessagePreviewDto = z.infer<typeof MessagePreviewDto>;

export const SendMessageInput = z
  .strictObject({
    ...audience,
    subject: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
    body: z.string().trim().min(1, 'is required').max(10_000, 'must be at most 10000 characters'),
  })
  .superRefine(challengeRule);
export type SendMessageInput = z.infer<typeof SendMessageInput>;

/** A message an organizer sent, with how far its mails have got. */
export const OrganizerMessageDto = z.object({
  id: z.uuid(),
  segment: MessageSegment,
  challengeId: z.uuid().nullable(),
  subject: z.string(),
  body: z.string(),
  sender: z.object({ displayName: z.string() }).nullable(),
  recipients: z.number().int(),
  delivery: z.object({ pending: z.number().int(), sent: z.number().int(), failed: z.number().int() }),
  createdAt: z.iso.datetime(),
});
export type OrganizerMessageDto = z.infer<typeof OrganizerMessageDto>;

export const OrganizerMessagePageDto = pageOf(OrganizerMessageDto);
export type OrganizerMessagePageDto = z.infer<typeof OrganizerMessagePageDto>;
