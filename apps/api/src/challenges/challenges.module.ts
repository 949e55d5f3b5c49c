import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ChallengeEntity } from './challenge.entity.js';
import { ChallengesController } from './challenges.controller.js';
import { ChallengesRepository } from './challenges.repository.js';
import { ChallengesService } from './challenges.service.js';
import { DatasetEntity } from './dataset.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([ChallengeEntity, DatasetEntity]), OrganizationsModule],
  controllers: [ChallengesController],
  providers: [ChallengesRepository, ChallengesService],
  exports: [ChallengesService],
})
export class ChallengesModule {}
