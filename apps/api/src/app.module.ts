import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { LoggerModule, type Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
import { terminalLogStream, wantsTerminalLog } from './logging/terminal-log.js';
import { AccessGuard } from './access/access.guard.js';
import { AccessModule } from './access/access.module.js';
import { AnnouncementsModule } from './announcements/announcements.module.js';
import { AudienceVotesModule } from './audience-votes/audience-votes.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { BackupModule } from './backup/backup.module.js';
import { ChallengesModule } from './challenges/challenges.module.js';
import { CheckInModule } from './check-in/check-in.module.js';
import type { Clock } from './common/clock.js';
import { CommonModule } from './common/common.module.js';
import { HttpErrorFilter } from './common/http-error.filter.js';
import { ReadRetryInterceptor } from './common/read-retry.interceptor.js';
import { PathIdsInterceptor } from './common/path-ids.interceptor.js';
import { requestId } from './common/request-id.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { EventsModule } from './events/events.module.js';
import { HealthModule } from './health/health.module.js';
import { InvitationsModule } from './invitations/invitations.module.js';
import { JudgingModule } from './judging/judging.module.js';
import { LeaderboardsModule } from './leaderboards/leaderboards.module.js';
import { MailModule } from './mail/mail.module.js';
import { MessagesModule } from './messages/messages.module.js';
import { AccountModule } from './account/account.module.js';
import { MailScheduleModule } from './mail-schedule/mail-schedule.module.js';
import { MentoringModule } from './mentoring/mentoring.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { OpenDataModule } from './open-data/open-data.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { PairwiseModule } from './pairwise/pairwise.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { RateLimitModule } from './rate-limit/rate-limit.module.js';
import { WriteBudgetGuard } from './rate-limit/write-budget.guard.js';
import { RealtimeModule } from './realtime/realtime.module.js';
import { RedisModule } from './redis/redis.module.js';
import { ReviewsModule } from './reviews/reviews.module.js';
import { ScheduleModule } from './schedule/schedule.module.js';
import { SeedModule } from './seed/seed.module.js';
import { SsoRequirementGuard } from './sso/sso-requirement.guard.js';
import { SsoModule } from './sso/sso.module.js';
import { SubmissionsModule } from './submissions/submissions.module.js';
import { TeamsModule } from './teams/teams.module.js';
import { TeamFinderModule } from './team-finder/team-finder.module.js';
import { UploadsModule } from './uploads/uploads.module.js';
import { PicturesModule } from './pictures/pictures.module.js';

// Probes and scrapes arrive every few seconds; logging each would drown the requests that matter.
const QUIET_PATHS = new Set(['/api/health', '/api/health/ready', '/api/metrics']);

/** JSON lines, or short lines for a person at a terminal outside production. */
function loggerOptions(config: AppConfig): Params['pinoHttp'] {
  const options: Options = {
    level: config.logLevel,
    genReqId: requestId,
    autoLogging: { ignore: (request) => QUIET_PATHS.has(request.url ?? '') },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
  };
  return wantsTerminalLog(config.env, process.stdout.isTTY) ? [options, terminalLogStream()] : options;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: loggerOptions(config) }),
        CommonModule.forRoot(clock),
        DatabaseModule,
        RedisModule,
        RateLimitModule,
        HealthModule,
        MetricsModule,
        AccessModule,
        AuditModule,
        AuthModule,
        MailModule,
        AccountModule,
        MessagesModule,
        MailScheduleModule,
        EventsModule,
        InvitationsModule,
        AnnouncementsModule,
        OrganizationsModule,
        ChallengesModule,
        TeamsModule,
        TeamFinderModule,
        UploadsModule,
        PicturesModule,
        SubmissionsModule,
        JudgingModule,
        ReviewsModule,
        LeaderboardsModule,
        PairwiseModule,
        AudienceVotesModule,
        PrivacyModule,
        SsoModule,
        RealtimeModule,
        ScheduleModule,
        CheckInModule,
        MentoringModule,
        SeedModule,
        BackupModule,
        OpenDataModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        // After the access guard, which resolves the caller's roles in the event it checks.
        { provide: APP_GUARD, useClass: SsoRequirementGuard },
        // After the access guard, which reads the caller the budget belongs to.
        { provide: APP_GUARD, useClass: WriteBudgetGuard },
        { provide: APP_INTERCEPTOR, useClass: PathIdsInterceptor },
        { provide: APP_INTERCEPTOR, useClass: ReadRetryInterceptor },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
      ],
    };
  }
}
