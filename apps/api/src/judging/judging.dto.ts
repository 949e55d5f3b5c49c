import type { ConflictDto, CriterionDto, RoundDto, RoundEntryDto } from '@hackboard/contracts';
import type { CriterionEntity } from './criterion.entity.js';
import type { ConflictRow, EntryRow } from './judging.repository.js';
import type { RoundEntity } from './round.entity.js';
import { parseScope, type ScopeKey } from './rubric-scope.js';

export function toCriterionDto(criterion: CriterionEntity): CriterionDto {
  const { scope, challengeId, roundId } = parseScope(criterion.scope);
  return {
    id: criterion.id,
    scope,
    challengeId,
    roundId,
    key: criterion.key,
    name: criterion.name,
    description: criterion.description,
    weight: Number(criterion.weight),
    scaleMin: criterion.scaleMin,
    scaleMax: criterion.scaleMax,
    position: criterion.position,
  };
}

export function toRoundDto(
  round: RoundEntity,
  facts: { rubric: ScopeKey | null; entryCount: number; panelSize: number; scoringStarted: boolean },
): RoundDto {
  return {
    id: round.id,
    eventId: round.eventId,
    name: round.name,
    kind: round.kind,
    challengeId: round.challengeId,
    position: round.position,
    reviewsPerSubmission: round.reviewsPerSubmission,
    lockedAt: round.lockedAt?.toISOString() ?? null,
    rubric: facts.rubric === null ? null : parseScope(facts.rubric).scope,
    entryCount: facts.entryCount,
    panelSize: facts.panelSize,
    scoringStarted: facts.scoringStarted,
    createdAt: round.createdAt.toISOString(),
  };
}

export function toEntryDto(entry: EntryRow): RoundEntryDto {
  return {
    submissionId: entry.submissionId,
    title: entry.title,
    teamName: entry.teamName,
    challengeId: entry.challengeId,
    submittedAt: entry.submittedAt?.toISOString() ?? null,
  };
}

export function toConflictDto(conflict: ConflictRow): ConflictDto {
  return { ...conflict, createdAt: conflict.createdAt.toISOString() };
}
