import {
  CreateOrganizationInput,
  OrganizationDto,
  OrganizationPageDto,
  PageQuery,
  UpdateOrganizationInput,
} from '@hackboard/contracts';
import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../access/access.decorators.js';
import { Allow } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, UuidParam, ZodBody, ZodQuery } from '../common/zod.js';
import { OrganizationsService } from './organizations.service.js';
import { WriteBudget } from '../rate-limit/write-budget.guard.js';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Allow('anyone')
  @Get()
  @ApiZodQuery(PageQuery)
  @ApiZodResponse(OrganizationPageDto, 'Organizations by name')
  list(@ZodQuery(PageQuery) query: PageQuery) {
    return this.organizations.list(query.limit, query.offset);
  }

  @Allow('anyone')
  @Get(':organizationId')
  @ApiZodResponse(OrganizationDto, 'One organization')
  get(@UuidParam('organizationId') organizationId: string) {
    return this.organizations.get(organizationId);
  }

  /** Admins and organizers of any event; the service checks which. */
  @Allow('signed-in')
  @WriteBudget('profile')
  @Post()
  @ApiZodBody(CreateOrganizationInput)
  @ApiZodResponse(OrganizationDto, 'The new organization')
  create(@CurrentUser() user: AuthUser, @ZodBody(CreateOrganizationInput) input: CreateOrganizationInput) {
    return this.organizations.create(user, input);
  }

  /** Admins and the organization's agency members; the service checks which. */
  @Allow('signed-in')
  @WriteBudget('profile')
  @Patch(':organizationId')
  @ApiZodBody(UpdateOrganizationInput)
  @ApiZodResponse(OrganizationDto, 'The organization with its new details')
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('organizationId') organizationId: string,
    @ZodBody(UpdateOrganizationInput) input: UpdateOrganizationInput,
  ) {
    return this.organizations.update(user, organizationId, input);
  }
}
