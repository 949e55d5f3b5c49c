import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ChallengesModule } from '../challenges/challenges.module.js';
import { LeaderboardPushes } from './leaderboard-pushes.service.js';
import { LeaderboardSnapshots } from './leaderboard-snapshots.js';
import { RealtimeGateway } from './realtime.gateway.js';
import { RealtimePublisher } from './realtime.publisher.js';

@Module({
  imports: [AuthModule, ChallengesModule],
  providers: [RealtimeGateway, RealtimePublisher, LeaderboardSnapshots, LeaderboardPushes],
  exports: [RealtimePublisher, LeaderboardPushes],
})
export class RealtimeModule {}
