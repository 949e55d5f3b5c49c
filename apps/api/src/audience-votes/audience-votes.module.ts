import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChallengesModule } from '../challenges/challenges.module.js';
import { JudgingModule } from '../judging/judging.module.js';
import { LeaderboardsModule } from '../leaderboards/leaderboards.module.js';
import { TeamsModule } from '../teams/teams.module.js';
import { AudienceVoteEntity } from './audience-vote.entity.js';
import { AudienceVotesController } from './audience-votes.controller.js';
import { AudienceVotesRepository } from './audience-votes.repository.js';
import { AudienceVotesService } from './audience-votes.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([AudienceVoteEntity]),
    TeamsModule,
    ChallengesModule,
    JudgingModule,
    LeaderboardsModule,
  ],
  controllers: [AudienceVotesController],
  providers: [AudienceVotesRepository, AudienceVotesService],
  exports: [AudienceVotesService],
})
export class AudienceVotesModule {}
