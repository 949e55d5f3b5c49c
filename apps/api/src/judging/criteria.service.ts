import {
  type CreateCriterionInput,
  type CriterionChangeDto,
  type CriterionDto,
  MAX_CRITERIA_PER_RUBRIC,
  type RubricQuery,
  type UpdateCriterionInput,
} from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { type EventAccess, isOrganizer } from '../access/access.rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import type { ChallengeEntity } from '../challenges/challenge.entity.js';
import { ChallengesService } from '../challenges/challenges.service.js';
import { ValidationError } from '../common/domain-error.js';
import type { CriterionEntity } from './criterion.entity.js';
import { toCriterionDto } from './judging.dto.js';
import { JudgingChanges } from './judging-changes.js';
import { JudgingError, roundLocked } from './judging.errors.js';
import { JudgingRepository } from './judging.repository.js';
import { JudgingService, type RoundRubric, rubricsFrom } from './judging.service.js';
import { challengeScope, EVENT_SCOPE, parseScope, roundScope, type ScopeKey } from './rubric-scope.js';

/** A change to one rubric, worked out against the event's criteria as they are in the transaction. */
type Edit =
  | { kind: 'create'; criterion: CriterionEntity }
  | { kind: 'update'; criterion: CriterionEntity; changes: Partial<CriterionEntity> }
  | { kind: 'delete'; criterion: CriterionEntity };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Rubrics: the event's, a challenge's own (its heat uses it) and a round's own. Organizers edit any;
 * the agency owning a challenge edits that challenge's. Once a round that a change would reach has a
 * score, the change needs an organizer's `confirmRescore`, which deletes the values that no longer
 * fit (a criterion gone, or its scale changed); weights and new criteria keep every value.
 */
@Injectable()
export class CriteriaService {
  constructor(
    private readonly judging: JudgingRepository,
    private readonly rounds: JudgingService,
    private readonly challenges: ChallengesService,
    private readonly changes: JudgingChanges,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  async list(access: EventAccess, query: RubricQuery): Promise<CriterionDto[]> {
    const { scope } = await this.resolveScope(access, query);
    return (await this.judging.criteria(access.event.id, [scope])).map(toCriterionDto);
  }

  async create(
    access: EventAccess,
    user: AuthUser,
    query: RubricQuery,
    input: CreateCriterionInput,
  ): Promise<CriterionChangeDto> {
    const { scope, challenge } = await this.resolveScope(access, query);
    this.assertMayEdit(access, scope, challenge);
    const { confirmRescore, ...fields } = input;
    return this.change(access, user, scope, confirmRescore ?? false, async (_manager, current) => {
      const inScope = current.filter((criterion) => criterion.scope === scope);
      if (inScope.length >= MAX_CRITERIA_PER_RUBRIC) {
        throw new JudgingError('RUBRIC_FULL', `A rubric holds at most ${MAX_CRITERIA_PER_RUBRIC} criteria.`);
      }
      const criterion = {
        id: randomUUID(),
        eventId: access.event.id,
        scope,
        ...fields,
        position: fields.position ?? inScope.reduce((max, c) => Math.max(max, c.position + 1), 0),
      } as CriterionEntity;
      return { kind: 'create', criterion };
    });
  }

  async update(
    access: EventAccess,
    user: AuthUser,
    criterionId: string,
    input: UpdateCriterionInput,
  ): Promise<CriterionChangeDto> {
    const existing = await this.findCriterion(access, criterionId);
    await this.assertMayEditScope(access, existing.scope);
    const { confirmRescore, ...changes } = input;
    return this.change(access, user, existing.scope, confirmRescore ?? false, async (manager) => {
      const criterion = await this.judging.findCriterion(access.event.id, existing.id, manager);
      if (!criterion) throw criterionNotFound();
      const merged = { ...criterion, ...changes };
      if (merged.scaleMax <= merged.scaleMin) {
        throw new ValidationError({
          [changes.scaleMax !== undefined ? 'scaleMax' : 'scaleMin']: 'scaleMax must be greater than scaleMin',
        });
      }
      return { kind: 'update', criterion, changes };
    });
  }

  async remove(
    access: EventAccess,
    user: AuthUser,
    criterionId: string,
    confirmRescore: boolean,
  ): Promise<CriterionChangeDto> {
    const existing = await this.findCriterion(access, criterionId);
    await this.assertMayEditScope(access, existing.scope);
    return this.change(access, user, existing.scope, confirmRescore, async (manager) => {
      const criterion = await this.judging.findCriterion(access.event.id, existing.id, manager);
      if (!criterion) throw criterionNotFound();
      return { kind: 'delete', criterion };
    });
  }

  /**
   * The one path of every rubric change. With the event held, it compares each round's rubric
   * before and after the change; rounds whose numbers would move are "reached". If a reached round
   * has scores, the change needs a confirmed re-score, and the values that no longer fit go.
   */
  private async change(
    access: EventAccess,
    user: AuthUser,
    scope: ScopeKey,
    confirmRescore: boolean,
    plan: (manager: EntityManager, current: CriterionEntity[]) => Promise<Edit>,
  ): Promise<CriterionChangeDto> {
    const eventId = access.event.id;
    this.rounds.assertNotPublished(access.event);
    try {
      const outcome = await this.dataSource.transaction(async (manager) => {
        await this.judging.lockEvent(manager, eventId);
        const current = await this.judging.criteria(eventId, undefined, manager);
        const edit = await plan(manager, current);
        const next = applyEdit(current, edit);
        assertKeysUnique(next, edit);

        const rounds = await this.judging.listRounds(eventId, manager);
        const before = rubricsFrom(current, rounds);
        const after = rubricsFrom(next, rounds);
        const reached = rounds.filter((round) => signature(before.get(round.id)!) !== signature(after.get(round.id)!));
        const scored = await this.judging.roundsWithScores(
          reached.map((round) => round.id),
          manager,
        );
        let deletedScores = 0;
        if (scored.size > 0) {
          if (!isOrganizer(access)) {
            throw new JudgingError(
              'RUBRIC_LOCKED',
              'Scoring has started with this rubric: only an organizer can change it now, with a re-score.',
            );
          }
          if (!confirmRescore) {
            throw new JudgingError(
              'RUBRIC_LOCKED',
              'Scoring has started with this rubric. Send confirmRescore: true to change it; values that no longer fit are deleted and jurors score again.',
            );
          }
          const locked = reached.find((round) => scored.has(round.id) && round.lockedAt);
          if (locked) throw roundLocked();
          for (const round of reached.filter((candidate) => scored.has(candidate.id))) {
            deletedScores += await this.judging.deleteScores(manager, {
              roundId: round.id,
              keepKeys: keptKeys(before.get(round.id)!, after.get(round.id)!),
            });
          }
        }

        let saved: CriterionEntity | null = null;
        if (edit.kind === 'create') saved = await this.judging.insertCriterion(manager, edit.criterion);
        else if (edit.kind === 'update')
          saved = await this.judging.updateCriterion(manager, edit.criterion.id, edit.changes);
        else await this.judging.deleteCriterion(manager, edit.criterion.id);

        const version = reached.length > 0 ? await this.judging.bumpLeaderboardVersion(manager, eventId) : null;
        await this.audit.record(manager, {
          eventId,
          actorId: user.id,
          action: `criterion.${edit.kind === 'create' ? 'created' : edit.kind === 'update' ? 'updated' : 'deleted'}`,
          targetType: 'criterion',
          targetId: edit.criterion.id,
          details: {
            ...parseScope(scope),
            key: edit.criterion.key,
            ...(edit.kind === 'update' ? { changed: Object.keys(edit.changes) } : {}),
            rescore: scored.size > 0,
            deletedScores,
          },
        });
        return { saved, version, deletedScores };
      });
      if (outcome.version !== null) this.changes.publish({ kind: 'rebuild', eventId, version: outcome.version });
      return { criterion: outcome.saved ? toCriterionDto(outcome.saved) : null, deletedScores: outcome.deletedScores };
    } catch (error) {
      if (error instanceof QueryFailedError && /criteria_key_per_rubric|criteria\.key/.test(error.message)) {
        throw keyTaken();
      }
      throw error;
    }
  }

  private async resolveScope(
    access: EventAccess,
    query: RubricQuery,
  ): Promise<{ scope: ScopeKey; challenge: ChallengeEntity | null }> {
    if (query.roundId) {
      const round = await this.rounds.round(access.event.id, query.roundId);
      return { scope: roundScope(round.id), challenge: null };
    }
    if (query.challengeId) {
      const challenge = await this.challenges.getInEvent(access.event.id, query.challengeId);
      return { scope: challengeScope(challenge.id), challenge };
    }
    return { scope: EVENT_SCOPE, challenge: null };
  }

  private async findCriterion(access: EventAccess, criterionId: string): Promise<CriterionEntity> {
    const criterion = UUID.test(criterionId)
      ? await this.judging.findCriterion(access.event.id, criterionId.toLowerCase())
      : null;
    if (!criterion) throw criterionNotFound();
    return criterion;
  }

  private async assertMayEditScope(access: EventAccess, scope: ScopeKey): Promise<void> {
    const { challengeId } = parseScope(scope);
    const challenge =
      challengeId && !isOrganizer(access) ? await this.challenges.getInEvent(access.event.id, challengeId) : null;
    this.assertMayEdit(access, scope, challenge);
  }

  /** Organizers edit every rubric; an agency only the own rubric of its organization's challenge. */
  private assertMayEdit(access: EventAccess, scope: ScopeKey, challenge: ChallengeEntity | null): void {
    if (isOrganizer(access)) return;
    if (parseScope(scope).scope !== 'challenge') {
      throw new JudgingError('FORBIDDEN', 'Only organizers edit the event’s and the rounds’ rubrics.');
    }
    if (!challenge || !access.organizationIds.includes(challenge.organizationId)) {
      throw new JudgingError('NOT_YOUR_CHALLENGE', 'This challenge belongs to another organization.');
    }
  }
}

function applyEdit(current: readonly CriterionEntity[], edit: Edit): CriterionEntity[] {
  switch (edit.kind) {
    case 'create':
      return [...current, edit.criterion].sort((a, b) => a.position - b.position || (a.key < b.key ? -1 : 1));
    case 'update':
      return current.map((criterion) =>
        criterion.id === edit.criterion.id ? ({ ...criterion, ...edit.changes } as CriterionEntity) : criterion,
      );
    case 'delete':
      return current.filter((criterion) => criterion.id !== edit.criterion.id);
  }
}

function assertKeysUnique(next: readonly CriterionEntity[], edit: Edit): void {
  if (edit.kind === 'delete') return;
  const key = edit.kind === 'update' ? (edit.changes.key ?? edit.criterion.key) : edit.criterion.key;
  const clash = next.some(
    (criterion) =>
      criterion.id !== edit.criterion.id && criterion.scope === edit.criterion.scope && criterion.key === key,
  );
  if (clash) throw keyTaken();
}

/** What the numbers of a rubric depend on: keys, weights and scales (not names, nor order). */
function signature(rubric: RoundRubric): string {
  return rubric.criteria
    .map((c) => `${c.key}:${Number(c.weight)}:${c.scaleMin}:${c.scaleMax}`)
    .sort()
    .join('|');
}

/** A value survives a re-score when its criterion is still in the round's rubric on the same scale. */
function keptKeys(before: RoundRubric, after: RoundRubric): string[] {
  const old = new Map(before.criteria.map((c) => [c.key, c]));
  return after.criteria
    .filter((c) => {
      const previous = old.get(c.key);
      return !previous || (previous.scaleMin === c.scaleMin && previous.scaleMax === c.scaleMax);
    })
    .map((c) => c.key);
}

function criterionNotFound() {
  return new JudgingError('CRITERION_NOT_FOUND', 'This event has no such criterion.');
}

function keyTaken() {
  return new JudgingError('CRITERION_KEY_TAKEN', 'This rubric already has a criterion with this key.', {
    key: 'is already used in this rubric',
  });
}
