import {
  CreateOrganizationInput,
  OrganizationDto,
  OrganizationPageDto,
  PageQuery,
  UpdateOrganizationInput,
} from '@hackboard/contracts';
import { Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser } from '../access/access.decorators.js';
import { Allow } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodBody, ZodQuery, ZodValidationPipe } from '../common/zod.js';
import { OrganizationsService } from './organizations.service.js';

const OrganizationParams = z.object({
  organizationId: z.uuid({ error: 'must be a UUID' }).transform((id) => id.toLowerCase()),
});
type OrganizationParams = z.infer<typeof OrganizationParams>;

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
  get(@Param(new ZodValidationPipe(OrganizationParams)) params: OrganizationParams) {
    return this.organizations.get(params.organizationId);
  }

  /** Admins and organizers of any event; the service checks which. */
  @Allow('signed-in')
  @Post()
  @ApiZodBody(CreateOrganizationInput)
  @ApiZodResponse(OrganizationDto, 'The new organization')
  create(@CurrentUser() user: AuthUser, @ZodBody(CreateOrganizationInput) input: CreateOrganizationInput) {
    return this.organizations.create(user, input);
  }

  /** Admins and the organization's agency members; the service checks which. */
  @Allow('signed-in')
  @Patch(':organizationId')
  @ApiZodBody(UpdateOrganizationInput)
  @ApiZodResponse(OrganizationDto, 'The organization with its new details')
  update(
    @CurrentUser() user: AuthUser,
    @Param(new ZodValidationPipe(OrganizationParams)) params: OrganizationParams,
    @ZodBody(UpdateOrganizationInput) input: UpdateOrganizationInput,
  ) {
    return this.organizations.update(user, params.organizationId, input);
  }
}
