import {
  CreateCriterionInput,
  CriterionChangeDto,
  CriterionDto,
  DeleteCriterionInput,
  RubricQuery,
  UpdateCriterionInput,
} from '@hackboard/contracts';
import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, UuidParam, ZodBody, ZodQuery } from '../common/zod.js';
import { CriteriaService } from './criteria.service.js';

@ApiTags('judging')
@Controller('events/:event/criteria')
export class CriteriaController {
  constructor(private readonly criteria: CriteriaService) {}

  @Allow('anyone')
  @Get()
  @ApiZodQuery(RubricQuery)
  @ApiZodResponse(z.array(CriterionDto), "A rubric's criteria: the event's, a challenge's own, or a round's own")
  list(@CurrentEvent() access: EventAccess, @ZodQuery(RubricQuery) query: RubricQuery) {
    return this.criteria.list(access, query);
  }

  @Allow('organizer', 'agency')
  @Post()
  @ApiZodQuery(RubricQuery)
  @ApiZodBody(CreateCriterionInput)
  @ApiZodResponse(CriterionChangeDto, 'The new criterion (409 RUBRIC_LOCKED once scored, unless confirmRescore)')
  create(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodQuery(RubricQuery) query: RubricQuery,
    @ZodBody(CreateCriterionInput) input: CreateCriterionInput,
  ) {
    return this.criteria.create(access, user, query, input);
  }

  @Allow('organizer', 'agency')
  @Patch(':criterionId')
  @ApiZodBody(UpdateCriterionInput)
  @ApiZodResponse(CriterionChangeDto, 'The changed criterion and the scores a re-score deleted')
  update(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('criterionId') criterionId: string,
    @ZodBody(UpdateCriterionInput) input: UpdateCriterionInput,
  ) {
    return this.criteria.update(access, user, criterionId, input);
  }

  @Allow('organizer', 'agency')
  @Delete(':criterionId')
  @HttpCode(200)
  @ApiZodBody(DeleteCriterionInput)
  @ApiZodResponse(CriterionChangeDto, 'Deleted; with the scores a re-score deleted')
  remove(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('criterionId') criterionId: string,
    @ZodBody(DeleteCriterionInput) input: DeleteCriterionInput,
  ) {
    return this.criteria.remove(access, user, criterionId, input.confirmRescore ?? false);
  }
}
