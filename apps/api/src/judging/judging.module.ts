import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module.js';
import { AssignmentsController, JuryController } from './assignments.controller.js';
import { AssignmentsService } from './assignments.service.js';
import { ConflictsController } from './conflicts.controller.js';
import { ConflictsService } from './conflicts.service.js';
import { CriteriaController } from './criteria.controller.js';
import { CriteriaService } from './criteria.service.js';
import { JudgingChanges } from './judging-changes.js';
import { JudgingRepository } from './judging.repository.js';
import { JudgingService } from './judging.service.js';
import { RoundsController } from './rounds.controller.js';
import { RoundsService } from './rounds.service.js';

/**
 * Rubrics, rounds with entries and panels, assignments and conflicts of interest. Other features use
 * JudgingService (lookups), RoundsService (finalists) and JudgingChanges (what moved a leaderboard).
 */
@Module({
  imports: [ChallengesModule],
  controllers: [CriteriaController, RoundsController, AssignmentsController, JuryController, ConflictsController],
  providers: [
    JudgingRepository,
    JudgingService,
    JudgingChanges,
    CriteriaService,
    RoundsService,
    AssignmentsService,
    ConflictsService,
  ],
  exports: [JudgingService, RoundsService, JudgingChanges],
})
export class JudgingModule {}
