import {
  CreateSubmissionInput,
  PageQuery,
  SubmissionDto,
  SubmissionListQuery,
  SubmissionPageDto,
  SubmissionRevisionPageDto,
  SubmissionVersionInput,
  UpdateSubmissionInput,
} from '@hackboard/contracts';
import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, UuidParam, ZodBody, ZodQuery } from '../common/zod.js';
import { SubmissionsService } from './submissions.service.js';
import { WriteBudget } from '../rate-limit/write-budget.guard.js';

@ApiTags('submissions')
@Controller('events/:event/submissions')
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Allow('participant')
  @WriteBudget('submissions')
  @Post()
  @ApiZodBody(CreateSubmissionInput)
  @ApiZodResponse(SubmissionDto, "The team's new submission to the challenge: a draft at version 1")
  create(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(CreateSubmissionInput) input: CreateSubmissionInput,
  ) {
    return this.submissions.create(access, user, input);
  }

  @Allow('organizer', 'agency', 'participant')
  @Get()
  @ApiZodQuery(SubmissionListQuery)
  @ApiZodResponse(
    SubmissionPageDto,
    "Organizers see all; agency members those to their organization's challenges; participants their team's",
  )
  list(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodQuery(SubmissionListQuery) query: SubmissionListQuery,
  ) {
    return this.submissions.list(access, user, query);
  }

  @Allow('event-member')
  @Get(':submissionId')
  @ApiZodResponse(SubmissionDto, "One submission, for its team, the organizers and the challenge's organization")
  get(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('submissionId') submissionId: string,
  ) {
    return this.submissions.get(access, user, submissionId);
  }

  @Allow('participant')
  @WriteBudget('submissions')
  @Patch(':submissionId')
  @ApiZodBody(UpdateSubmissionInput)
  @ApiZodResponse(SubmissionDto, 'The submission at its next version (409 VERSION_CONFLICT if `version` is stale)')
  update(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('submissionId') submissionId: string,
    @ZodBody(UpdateSubmissionInput) input: UpdateSubmissionInput,
  ) {
    return this.submissions.update(access, user, submissionId, input);
  }

  @Allow('participant')
  @WriteBudget('submissions')
  @Post(':submissionId/submit')
  @HttpCode(200)
  @ApiZodBody(SubmissionVersionInput)
  @ApiZodResponse(SubmissionDto, 'The submission, submitted')
  submit(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('submissionId') submissionId: string,
    @ZodBody(SubmissionVersionInput) input: SubmissionVersionInput,
  ) {
    return this.submissions.submit(access, user, submissionId, input.version);
  }

  @Allow('participant')
  @WriteBudget('submissions')
  @Post(':submissionId/withdraw')
  @HttpCode(200)
  @ApiZodBody(SubmissionVersionInput)
  @ApiZodResponse(SubmissionDto, 'The submission, back to a draft')
  withdraw(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('submissionId') submissionId: string,
    @ZodBody(SubmissionVersionInput) input: SubmissionVersionInput,
  ) {
    return this.submissions.withdraw(access, user, submissionId, input.version);
  }

  @Allow('organizer', 'participant')
  @Get(':submissionId/revisions')
  @ApiZodQuery(PageQuery)
  @ApiZodResponse(
    SubmissionRevisionPageDto,
    "Saved versions, newest first (the team and the organizers); one person's draft saves minutes apart make one",
  )
  revisions(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('submissionId') submissionId: string,
    @ZodQuery(PageQuery) query: PageQuery,
  ) {
    return this.submissions.revisions(access, user, submissionId, query);
  }
}
