import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChallengesModule } from '../challenges/challenges.module.js';
import { TeamsModule } from '../teams/teams.module.js';
import { FinderSettingsEntity } from './finder-settings.entity.js';
import { JoinRequestEntity } from './join-request.entity.js';
import { ParticipantProfileEntity } from './participant-profile.entity.js';
import { TeamListingEntity } from './team-listing.entity.js';
import { TeamFinderController } from './team-finder.controller.js';
import { TeamFinderRepository } from './team-finder.repository.js';
import { TeamFinderService } from './team-finder.service.js';

@Module({
  imports: [
    TeamsModule,
    ChallengesModule,
    TypeOrmModule.forFeature([FinderSettingsEntity, ParticipantProfileEntity, TeamListingEntity, JoinRequestEntity]),
  ],
  controllers: [TeamFinderController],
  providers: [TeamFinderRepository, TeamFinderService],
  exports: [TeamFinderService],
})
export class TeamFinderModule {}
