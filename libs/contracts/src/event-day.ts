import { z } from 'zod';
import { PageQuery } from './pagination.js';

// ---- Schedule ---------------------------------------------------------------------------------------

export const SESSION_KINDS = ['talk', 'workshop', 'meal', 'deadline', 'other'] as const;
export const SessionKind = z.enum(SESSION_KINDS);
export type SessionKind = z.infer<typeof SessionKind>;

export const SESSION_LANGUAGES = ['sv', 'en'] as const;
export const SessionLanguage = z.enum(SESSION_LANGUAGES);
export type SessionLanguage = z.infer<typeof SessionLanguage>;

/** Who sees a session: everyone (the public agenda and calendar feed) or only the event's members. */
export const SESSION_AUDIENCES = ['everyone', 'members'] as const;
export const SessionAudience = z.enum(SESSION_AUDIENCES);
export type SessionAudience = z.infer<typeof SessionAudience>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((value) => (value === '' ? null : value))
    .nullable();

const sessionFields = {
  kind: SessionKind,
  title: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  description: optionalText(2_000),
  /** An instant with its offset; the web sends the event's local time with the event timezone's offset. */
  startsAt: z.iso.datetime({ offset: true, message: 'must be a date and time with an offset' }),
  endsAt: z.iso.datetime({ offset: true, message: 'must be a date and time with an offset' }),
  place: optionalText(200),
  streamUrl: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) address' })
    .max(500, 'must be at most 500 characters')
    .nullable(),
  speaker: optionalText(200),
  language: SessionLanguage.nullable(),
  audience: SessionAudience,
};

const endsAfterStart = (input: { startsAt?: string; endsAt?: string }) =>
  !input.startsAt || !input.endsAt || Date.parse(input.endsAt) >= Date.parse(input.startsAt);

export const CreateScheduleSessionInput = z
  .strictObject({
    ...sessionFields,
    description: sessionFields.description.default(null),
    place: sessionFields.place.default(null),
    streamUrl: sessionFields.streamUrl.default(null),
    speaker: sessionFields.speaker.default(null),
    language: sessionFields.language.default(null),
    audience: sessionFields.audience.default('everyone'),
  })
  .refine(endsAfterStart, { message: 'must not be before the start', path: ['endsAt'] });
export type CreateScheduleSessionInput = z.infer<typeof CreateScheduleSessionInput>;

export const UpdateScheduleSessionInput = z
  .strictObject(sessionFields)
  .partial()
  .refine((input) => Object.keys(input).length > 0, { message: 'give at least one field to change' });
export type UpdateScheduleSessionInput = z.infer<typeof UpdateScheduleSessionInput>;

export const ScheduleSessionDto = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  kind: SessionKind,
  title: z.string(),
  description: z.string().nullable(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  place: z.string().nullable(),
  streamUrl: z.string().nullable(),
  speaker: z.string().nullable(),
  language: SessionLanguage.nullable(),
  audience: SessionAudience,
  updatedAt: z.iso.datetime(),
});
export type ScheduleSessionDto = z.infer<typeof ScheduleSessionDto>;

/** The timeline's milestones, as the schedule shows them beside the sessions. */
export const MILESTONE_KEYS = ['hacking', 'deadline', 'judging', 'results'] as const;
export const MilestoneKey = z.enum(MILESTONE_KEYS);
export type MilestoneKey = z.infer<typeof MilestoneKey>;

export const MilestoneDto = z.object({
  key: MilestoneKey,
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
});
export type MilestoneDto = z.infer<typeof MilestoneDto>;

export const ScheduleDto = z.object({
  eventId: z.uuid(),
  timezone: z.string(),
  /** Sessions the caller may see, by start time. */
  sessions: z.array(ScheduleSessionDto),
  milestones: z.array(MilestoneDto),
});
export type ScheduleDto = z.infer<typeof ScheduleDto>;

/** One item of the calendar feed: a session's id or a milestone's key; without it, the whole feed. */
export const CalendarQuery = z.strictObject({
  item: z.union([z.uuid({ message: 'must be a session id or a milestone' }), MilestoneKey]).optional(),
  lang: SessionLanguage.optional(),
});
export type CalendarQuery = z.infer<typeof CalendarQuery>;

// ---- Tickets and check-in ---------------------------------------------------------------------------

/** The roles that get a ticket to the event. */
export const TICKET_ROLES = ['participant', 'jury', 'mentor'] as const;

/** A ticket code as printed (`XXXX-XXXX-XXXX`); typed codes may differ in case, spaces and dashes. */
export const TICKET_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/**
 * The caller's ticket: the code (a signature the API checks, naming nobody) that the QR code
 * carries, and whether it has been used to check in.
 */
export const TicketDto = z.object({
  eventId: z.uuid(),
  code: z.string(),
  displayName: z.string(),
  checkedInAt: z.iso.datetime().nullable(),
});
export type TicketDto = z.infer<typeof TicketDto>;

export const CheckInInput = z.union([
  z.strictObject({
    code: z.string().trim().min(1, 'is required').max(64, 'must be at most 64 characters'),
  }),
  z.strictObject({ userId: z.uuid({ message: 'must be a UUID' }) }),
]);
export type CheckInInput = z.infer<typeof CheckInInput>;

export const AttendeeDto = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  roles: z.array(z.enum(TICKET_ROLES)),
  checkedInAt: z.iso.datetime().nullable(),
});
export type AttendeeDto = z.infer<typeof AttendeeDto>;

export const CheckInResultDto = z.object({
  attendee: AttendeeDto,
  /** True when this ticket had already been checked in: nothing new was recorded. */
  alreadyCheckedIn: z.boolean(),
});
export type CheckInResultDto = z.infer<typeof CheckInResultDto>;

export const AttendeeQuery = PageQuery.extend({
  q: z.string().trim().max(100, 'must be at most 100 characters').default(''),
});
export type AttendeeQuery = z.infer<typeof AttendeeQuery>;

export const CheckInCountsDto = z.object({
  eventId: z.uuid(),
  checkedIn: z.number().int(),
  /** Everyone with a ticket: participants, jurors and mentors. */
  registered: z.number().int(),
});
export type CheckInCountsDto = z.infer<typeof CheckInCountsDto>;

// ---- Mentors, bookings and the help queue -------------------------------------------------------------

export const UpdateMentorProfileInput = z.strictObject({
  skills: z
    .array(z.string().trim().min(1, 'is required').max(40, 'must be at most 40 characters'))
    .max(12, 'give at most 12 skills'),
});
export type UpdateMentorProfileInput = z.infer<typeof UpdateMentorProfileInput>;

export const CreateMentorSlotInput = z
  .strictObject({
    startsAt: z.iso.datetime({ offset: true, message: 'must be a date and time with an offset' }),
    endsAt: z.iso.datetime({ offset: true, message: 'must be a date and time with an offset' }),
  })
  .refine((input) => Date.parse(input.endsAt) > Date.parse(input.startsAt), {
    message: 'must be after the start',
    path: ['endsAt'],
  });
export type CreateMentorSlotInput = z.infer<typeof CreateMentorSlotInput>;

export const BookSlotInput = z.strictObject({
  topic: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
});
export type BookSlotInput = z.infer<typeof BookSlotInput>;

export const MentorSlotDto = z.object({
  id: z.uuid(),
  mentorId: z.uuid(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  booked: z.boolean(),
  /** Only for the booking team, the slot's mentor and organizers. */
  booking: z.object({ teamId: z.uuid(), teamName: z.string(), topic: z.string() }).nullable(),
});
export type MentorSlotDto = z.infer<typeof MentorSlotDto>;

export const MentorDto = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  skills: z.array(z.string()),
  slots: z.array(MentorSlotDto),
});
export type MentorDto = z.infer<typeof MentorDto>;

export const HELP_STATUSES = ['waiting', 'claimed', 'done', 'cancelled'] as const;
export const HelpStatus = z.enum(HELP_STATUSES);
export type HelpStatus = z.infer<typeof HelpStatus>;

export const AskForHelpInput = BookSlotInput;
export type AskForHelpInput = z.infer<typeof AskForHelpInput>;

export const HelpRequestDto = z.object({
  id: z.uuid(),
  teamId: z.uuid(),
  teamName: z.string(),
  topic: z.string(),
  status: HelpStatus,
  /** Place in the queue while waiting (1 = next); null once claimed or closed. */
  position: z.number().int().nullable(),
  mentor: z.object({ userId: z.uuid(), displayName: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
});
export type HelpRequestDto = z.infer<typeof HelpRequestDto>;

export const OwnHelpRequestDto = z.object({ request: HelpRequestDto.nullable() });
export type OwnHelpRequestDto = z.infer<typeof OwnHelpRequestDto>;
