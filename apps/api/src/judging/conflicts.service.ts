import type { ConflictDto, DeclareConflictInput } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type EventAccess, isOrganizer } from '../access/access.rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { Clock } from '../common/clock.js';
import { toConflictDto } from './judging.dto.js';
import { JudgingChanges } from './judging-changes.js';
import { JudgingError } from './judging.errors.js';
import { JudgingRepository } from './judging.repository.js';
import { JudgingService } from './judging.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Conflicts of interest a juror declares. A declared conflict takes the juror off that submission
 * in every round of the event at once: assignments and any scores already given are removed (and
 * audited), and no new assignment or score is accepted while it stands.
 */
@Injectable()
export class ConflictsService {
  constructor(
    private readonly judging: JudgingRepository,
    private readonly rounds: JudgingService,
    private readonly changes: JudgingChanges,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Organizers see every conflict; a juror their own. */
  async list(access: EventAccess, user: AuthUser): Promise<ConflictDto[]> {
    const rows = await this.judging.conflicts(access.event.id, isOrganizer(access) ? {} : { jurorId: user.id });
    return rows.map(toConflictDto);
  }

  async declare(access: EventAccess, user: AuthUser, input: DeclareConflictInput): Promise<ConflictDto> {
    this.rounds.assertNotPublished(access.event);
    const eventId = access.event.id;
    const submissionId = input.submissionId.toLowerCase();
    const { conflictId, version } = await this.dataSource.transaction(async (manager) => {
      await this.judging.lockEvent(manager, eventId);
      const [submission] = await this.judging.submissionsInEvent(eventId, [submissionId], manager);
      if (!submission) {
        throw new JudgingError('SUBMISSION_NOT_FOUND', 'This event has no such submission.', {
          submissionId: 'is not a submission of this event',
        });
      }
      if (await this.judging.hasConflict(user.id, submissionId, manager)) {
        throw new JudgingError(
          'CONFLICT_ALREADY_DECLARED',
          'You have already declared a conflict with this submission.',
        );
      }
      const conflict = await this.judging.insertConflict(manager, {
        eventId,
        jurorId: user.id,
        submissionId,
        reason: input.reason,
        createdAt: this.clock.now(),
      });
      const roundIds = (await this.judging.listRounds(eventId, manager)).map((round) => round.id);
      const unassignedIn = await this.judging.deleteAssignmentsOfPair(manager, roundIds, user.id, submissionId);
      let deletedScores = 0;
      for (const roundId of roundIds) {
        deletedScores += await this.judging.deleteScores(manager, { roundId, jurorId: user.id, submissionId });
      }
      await this.audit.record(manager, {
        eventId,
        actorId: user.id,
        action: 'conflict.declared',
        targetType: 'submission',
        targetId: submissionId,
        details: { conflictId: conflict.id, reason: input.reason, unassignedInRounds: unassignedIn, deletedScores },
      });
      const version = deletedScores > 0 ? await this.judging.bumpLeaderboardVersion(manager, eventId) : null;
      return { conflictId: conflict.id, version };
    });
    if (version !== null) this.changes.publish({ kind: 'rebuild', eventId, version });
    const rows = await this.judging.conflicts(eventId, { jurorId: user.id });
    return toConflictDto(rows.find((row) => row.id === conflictId)!);
  }

  /** A juror withdraws their own declaration; assignments removed by it stay removed. */
  async withdraw(access: EventAccess, user: AuthUser, conflictId: string): Promise<void> {
    const eventId = access.event.id;
    await this.dataSource.transaction(async (manager) => {
      const conflict = UUID.test(conflictId)
        ? await this.judging.findConflict(eventId, conflictId.toLowerCase(), manager)
        : null;
      // Another juror's conflict is not found, so ids reveal nothing.
      if (!conflict || conflict.jurorId !== user.id) {
        throw new JudgingError('CONFLICT_NOT_FOUND', 'You have declared no such conflict in this event.');
      }
      await this.judging.deleteConflict(manager, conflict.id);
      await this.audit.record(manager, {
        eventId,
        actorId: user.id,
        action: 'conflict.withdrawn',
        targetType: 'submission',
        targetId: conflict.submissionId,
        details: { conflictId: conflict.id },
      });
    });
  }
}
