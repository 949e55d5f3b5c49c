import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JudgingModule } from '../judging/judging.module.js';
import { LeaderboardsModule } from '../leaderboards/leaderboards.module.js';
import { TeamsModule } from '../teams/teams.module.js';
import { UsersModule } from '../users/users.module.js';
import { PairwiseOffers } from './pairwise-offers.js';
import { PairwiseExclusionEntity } from './pairwise-exclusion.entity.js';
import { PairwiseVoteEntity } from './pairwise-vote.entity.js';
import { PairwiseController } from './pairwise.controller.js';
import { PairwiseRepository } from './pairwise.repository.js';
import { PairwiseService } from './pairwise.service.js';
import { RoundModels } from './round-models.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([PairwiseVoteEntity, PairwiseExclusionEntity]),
    JudgingModule,
    LeaderboardsModule,
    TeamsModule,
    UsersModule,
  ],
  controllers: [PairwiseController],
  providers: [PairwiseRepository, RoundModels, PairwiseOffers, PairwiseService],
  exports: [PairwiseService],
})
export class PairwiseModule {}
