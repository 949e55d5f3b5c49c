import { z } from 'zod';

const id = z.uuid({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be an id (UUID)') });
const text = () => z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') }).trim();
const whole = (min: number, max: number) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number') })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

// ---- Criteria ---------------------------------------------------------------------------------

export const MAX_CRITERIA_PER_RUBRIC = 20;

/** Which rubric a criterion belongs to: the event's, a challenge's own, or a round's own. */
export const CRITERION_SCOPES = ['event', 'challenge', 'round'] as const;
export const CriterionScope = z.enum(CRITERION_SCOPES);
export type CriterionScope = z.infer<typeof CriterionScope>;

/** Without a parameter: the event rubric. `challengeId`: that challenge's own; `roundId`: that round's own. */
export const RubricQuery = z
  .strictObject({ challengeId: id.optional(), roundId: id.optional() })
  .refine((query) => !(query.challengeId && query.roundId), {
    path: ['roundId'],
    message: 'give either challengeId or roundId, not both',
  });
export type RubricQuery = z.infer<typeof RubricQuery>;

const criterionKey = text()
  .min(1, 'is required')
  .max(40, 'must be at most 40 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'may hold only lowercase letters, digits and single dashes');
const criterionWeight = z
  .number({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number') })
  .gt(0, 'must be above zero')
  .max(1000, 'must be at most 1000');
const scaleBound = whole(-1000, 1000);

/**
 * Once a score exists in a round that uses the rubric, a change that moves any number needs
 * `confirmRescore: true` from an organizer; values that no longer fit the rubric are then deleted.
 */
const confirmRescore = z.boolean({ error: 'must be true or false' }).optional();

export const CreateCriterionInput = z
  .strictObject({
    key: criterionKey,
    name: text().min(1, 'is required').max(100, 'must be at most 100 characters'),
    description: z.string({ error: 'must be text' }).max(2000, 'must be at most 2000 characters').default(''),
    weight: criterionWeight,
    scaleMin: scaleBound.default(1),
    scaleMax: scaleBound.default(10),
    position: whole(0, 1000).optional(),
    confirmRescore,
  })
  .refine((input) => input.scaleMax > input.scaleMin, {
    path: ['scaleMax'],
    message: 'must be greater than scaleMin',
    when: (payload) => payload.issues.length === 0,
  });
export type CreateCriterionInput = z.infer<typeof CreateCriterionInput>;

export const UpdateCriterionInput = z
  .strictObject({
    key: criterionKey.optional(),
    name: text().min(1, 'is required').max(100, 'must be at most 100 characters').optional(),
    description: z.string({ error: 'must be text' }).max(2000, 'must be at most 2000 characters').optional(),
    weight: criterionWeight.optional(),
    scaleMin: scaleBound.optional(),
    scaleMax: scaleBound.optional(),
    position: whole(0, 1000).optional(),
    confirmRescore,
  })
  .refine((input) => Object.keys(input).some((key) => key !== 'confirmRescore'), {
    message: 'give at least one field to change',
    when: (payload) => payload.issues.length === 0,
  });
export type UpdateCriterionInput = z.infer<typeof UpdateCriterionInput>;

export const DeleteCriterionInput = z.strictObject({ confirmRescore }).default({});
export type DeleteCriterionInput = z.infer<typeof DeleteCriterionInput>;

export const CriterionDto = z.object({
  id: z.uuid(),
  scope: CriterionScope,
  challengeId: z.uuid().nullable(),
  roundId: z.uuid().nullable(),
  key: z.string(),
  name: z.string(),
  description: z.string(),
  weight: z.number(),
  scaleMin: z.number().int(),
  scaleMax: z.number().int(),
  position: z.number().int(),
});
export type CriterionDto = z.infer<typeof CriterionDto>;

/** What a change to a rubric did: the criterion (null after a delete) and the scores it deleted. */
export const CriterionChangeDto = z.object({
  criterion: CriterionDto.nullable(),
  deletedScores: z.number().int(),
});
export type CriterionChangeDto = z.infer<typeof CriterionChangeDto>;

// ---- Rounds -----------------------------------------------------------------------------------

export const ROUND_KINDS = ['heat', 'final'] as const;
export const RoundKind = z.enum(ROUND_KINDS);
export type RoundKind = z.infer<typeof RoundKind>;

const roundName = text().min(1, 'is required').max(100, 'must be at most 100 characters');
const reviewsPerSubmission = whole(1, 50);

/** A heat judges one challenge's submissions (`challengeId` required); an event has at most one final. */
export const CreateRoundInput = z
  .strictObject({
    name: roundName,
    kind: RoundKind,
    challengeId: id.optional(),
    reviewsPerSubmission: reviewsPerSubmission.default(3),
  })
  .superRefine((input, ctx) => {
    if (input.kind === 'heat' && !input.challengeId) {
      ctx.addIssue({ code: 'custom', path: ['challengeId'], message: 'is required for a heat' });
    }
    if (input.kind === 'final' && input.challengeId) {
      ctx.addIssue({ code: 'custom', path: ['challengeId'], message: 'must be left out for a final' });
    }
  });
export type CreateRoundInput = z.infer<typeof CreateRoundInput>;

export const UpdateRoundInput = z
  .strictObject({ name: roundName, reviewsPerSubmission })
  .partial()
  .refine((input) => Object.keys(input).length > 0, {
    message: 'give at least one setting to change',
    when: (payload) => payload.issues.length === 0,
  });
export type UpdateRoundInput = z.infer<typeof UpdateRoundInput>;

/**
 * Finalists for a final: `topN` takes the submissions ranked N or better on each heat's leaderboard
 * (all heats, or `fromRoundIds`; a tie at the cut goes through together); `submissionIds` is the
 * organizer's own pick. Promoted submissions are added to the final's entries.
 */
export const PromoteInput = z
  .strictObject({
    topN: whole(1, 100).optional(),
    fromRoundIds: z.array(id, { error: 'must be a list of round ids' }).min(1, 'name at least one round').optional(),
    submissionIds: z
      .array(id, { error: 'must be a list of submission ids' })
      .min(1, 'name at least one submission')
      .max(500, 'may hold at most 500 submissions')
      .optional(),
  })
  .superRefine((input, ctx) => {
    if (input.topN === undefined && input.submissionIds === undefined) {
      ctx.addIssue({ code: 'custom', path: ['topN'], message: 'give topN, or submissionIds' });
    }
    if (input.topN !== undefined && input.submissionIds !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['submissionIds'], message: 'give either topN or submissionIds, not both' });
    }
    if (input.fromRoundIds !== undefined && input.topN === undefined) {
      ctx.addIssue({ code: 'custom', path: ['fromRoundIds'], message: 'goes only with topN' });
    }
  });
export type PromoteInput = z.infer<typeof PromoteInput>;

export const RoundDto = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  name: z.string(),
  kind: RoundKind,
  /** The challenge a heat judges; null for a final. */
  challengeId: z.uuid().nullable(),
  position: z.number().int(),
  reviewsPerSubmission: z.number().int(),
  lockedAt: z.iso.datetime().nullable(),
  /** Which rubric the round's scores use: its own, its challenge's, or the event's (null: none yet). */
  rubric: CriterionScope.nullable(),
  entryCount: z.number().int(),
  panelSize: z.number().int(),
  /** At least one score exists: entries are settled, and the rubric is locked. */
  scoringStarted: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type RoundDto = z.infer<typeof RoundDto>;

export const RoundEntryDto = z.object({
  submissionId: z.uuid(),
  title: z.string(),
  teamName: z.string(),
  challengeId: z.uuid(),
  submittedAt: z.iso.datetime().nullable(),
});
export type RoundEntryDto = z.infer<typeof RoundEntryDto>;

/** A submitted project that is an entry of no round, so nobody judges it yet. */
export const UnplacedSubmissionDto = z.object({
  submissionId: z.uuid(),
  title: z.string(),
  teamName: z.string(),
  challengeId: z.uuid(),
  challengeTitle: z.string(),
  /** The challenge's heat that would take it, when there is one (add it there with a sync). */
  heatId: z.uuid().nullable(),
});
export type UnplacedSubmissionDto = z.infer<typeof UnplacedSubmissionDto>;

export const RoundDetailDto = RoundDto.extend({
  entries: z.array(RoundEntryDto),
  criteria: z.array(CriterionDto),
});
export type RoundDetailDto = z.infer<typeof RoundDetailDto>;

// ---- Panels -----------------------------------------------------------------------------------

export const SetPanelInput = z.strictObject({
  jurorIds: z
    .array(id, { error: 'must be a list of user ids' })
    .max(200, 'may hold at most 200 jurors')
    .superRefine((ids, ctx) => {
      const seen = new Set<string>();
      ids.forEach((value, index) => {
        const key = value.toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index], message: 'is listed twice' });
        seen.add(key);
      });
    }),
});
export type SetPanelInput = z.infer<typeof SetPanelInput>;

export const PanelMemberDto = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  assignments: z.number().int(),
  completed: z.number().int(),
});
export type PanelMemberDto = z.infer<typeof PanelMemberDto>;

export const PanelDto = z.object({ roundId: z.uuid(), jurors: z.array(PanelMemberDto) });
export type PanelDto = z.infer<typeof PanelDto>;

// ---- Assignments ------------------------------------------------------------------------------

/** A juror's review of a submission: nothing yet, some criteria, or every criterion scored. */
export const REVIEW_STATUSES = ['not-started', 'incomplete', 'complete'] as const;
export const ReviewStatus = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const CreateAssignmentInput = z.strictObject({ jurorId: id, submissionId: id });
export type CreateAssignmentInput = z.infer<typeof CreateAssignmentInput>;

export const AssignmentDto = z.object({
  id: z.uuid(),
  roundId: z.uuid(),
  jurorId: z.uuid(),
  jurorName: z.string(),
  submissionId: z.uuid(),
  title: z.string(),
  status: ReviewStatus,
  createdAt: z.iso.datetime(),
});
export type AssignmentDto = z.infer<typeof AssignmentDto>;

/**
 * Automatic assignment: every entry gets at least `reviewsPerSubmission` (default: the round's)
 * reviews, juror loads as even as conflicts allow, existing assignments kept. `dryRun` only plans.
 */
export const AutoAssignInput = z
  .strictObject({
    reviewsPerSubmission: reviewsPerSubmission.optional(),
    dryRun: z.boolean({ error: 'must be true or false' }).default(false),
  })
  .default({ dryRun: false });
export type AutoAssignInput = z.infer<typeof AutoAssignInput>;

export const AutoAssignResultDto = z.object({
  roundId: z.uuid(),
  reviewsPerSubmission: z.number().int(),
  dryRun: z.boolean(),
  /** The new assignments (saved unless dryRun). */
  added: z.array(z.object({ jurorId: z.uuid(), submissionId: z.uuid() })),
  /** Submissions that cannot reach the wanted reviews: too few panel jurors without a conflict. */
  shortfalls: z.array(
    z.object({
      submissionId: z.uuid(),
      title: z.string(),
      reviews: z.number().int(),
      eligibleJurors: z.number().int(),
    }),
  ),
  /** Assignments per panel juror in the round after the plan. */
  loads: z.array(z.object({ jurorId: z.uuid(), displayName: z.string(), assignments: z.number().int() })),
});
export type AutoAssignResultDto = z.infer<typeof AutoAssignResultDto>;

// ---- Conflicts of interest --------------------------------------------------------------------

export const DeclareConflictInput = z.strictObject({
  submissionId: id,
  reason: text().min(1, 'is required').max(500, 'must be at most 500 characters'),
});
export type DeclareConflictInput = z.infer<typeof DeclareConflictInput>;

export const ConflictDto = z.object({
  id: z.uuid(),
  jurorId: z.uuid(),
  jurorName: z.string(),
  submissionId: z.uuid(),
  submissionTitle: z.string(),
  reason: z.string(),
  createdAt: z.iso.datetime(),
});
export type ConflictDto = z.infer<typeof ConflictDto>;

// ---- A juror's own work -----------------------------------------------------------------------

export const JuryAssignmentDto = z.object({
  assignmentId: z.uuid(),
  submissionId: z.uuid(),
  title: z.string(),
  teamName: z.string(),
  challengeId: z.uuid(),
  status: ReviewStatus,
  /** Criteria with a value, of `criteria`. */
  scored: z.number().int(),
  criteria: z.number().int(),
});
export type JuryAssignmentDto = z.infer<typeof JuryAssignmentDto>;

export const JuryRoundDto = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: RoundKind,
  challengeId: z.uuid().nullable(),
  lockedAt: z.iso.datetime().nullable(),
  criteria: z.array(CriterionDto),
  assignments: z.array(JuryAssignmentDto),
  progress: z.object({ complete: z.number().int(), total: z.number().int() }),
});
export type JuryRoundDto = z.infer<typeof JuryRoundDto>;

export const JuryWorkDto = z.object({
  /** Scores can be saved now (the event is in its judging phase). */
  judgingOpen: z.boolean(),
  rounds: z.array(JuryRoundDto),
  conflicts: z.array(ConflictDto),
});
export type JuryWorkDto = z.infer<typeof JuryWorkDto>;

// ---- Reviews (rubric scores) ------------------------------------------------------------------

export const MAX_REVIEW_COMMENT = 5000;

/**
 * A juror's scores for one submission, per criterion key: a number sets the value (within the
 * criterion's scale), null removes it, a key left out stays as it is. `comment`: text sets it,
 * null or "" removes it, left out stays. Saving the same review twice leaves the same state.
 */
export const SaveReviewInput = z.strictObject({
  scores: z
    .record(
      z.string(),
      z.number({ error: 'must be a number or null' }).refine(Number.isFinite, 'must be a finite number').nullable(),
      { error: 'must be an object of criterion keys and values' },
    )
    .refine((scores) => Object.keys(scores).length <= MAX_CRITERIA_PER_RUBRIC, {
      message: `may hold at most ${MAX_CRITERIA_PER_RUBRIC} criteria`,
    })
    .default({}),
  comment: z
    .string({ error: 'must be text or null' })
    .max(MAX_REVIEW_COMMENT, `must be at most ${MAX_REVIEW_COMMENT} characters`)
    .nullable()
    .optional(),
});
export type SaveReviewInput = z.infer<typeof SaveReviewInput>;

/** What a juror sees of a project to score it. */
export const ReviewSubmissionDto = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string(),
  description: z.string(),
  teamName: z.string(),
  challenge: z.object({ id: z.uuid(), title: z.string() }),
  repositoryUrl: z.string().nullable(),
  demoUrl: z.string().nullable(),
  videoUrl: z.string().nullable(),
  images: z.array(z.string()),
});
export type ReviewSubmissionDto = z.infer<typeof ReviewSubmissionDto>;

export const ReviewDto = z.object({
  roundId: z.uuid(),
  submissionId: z.uuid(),
  jurorId: z.uuid(),
  /** Every criterion of the round's rubric, null where the juror has no value yet. */
  scores: z.record(z.string(), z.number().nullable()),
  comment: z.string().nullable(),
  status: ReviewStatus,
  updatedAt: z.iso.datetime().nullable(),
  criteria: z.array(CriterionDto),
  submission: ReviewSubmissionDto,
});
export type ReviewDto = z.infer<typeof ReviewDto>;
