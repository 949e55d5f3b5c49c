import { EraseAccountInput, PersonalDataDto } from '@hackboard/contracts';
import { Controller, Delete, Get, HttpCode, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser } from '../access/access.decorators.js';
import { Allow } from '../access/access.rules.js';
import { clearAuthCookies } from '../auth/auth.cookies.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodResponse, ZodBody } from '../common/zod.js';
import { AppConfig } from '../config/app-config.js';
import { PrivacyService } from './privacy.service.js';

@ApiTags('privacy')
@Controller('me')
export class PrivacyController {
  constructor(
    private readonly privacy: PrivacyService,
    private readonly config: AppConfig,
  ) {}

  @Allow('signed-in')
  @Get('data')
  @ApiZodResponse(PersonalDataDto, 'Everything held about the signed-in person, as a JSON download')
  async export(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) response: Response) {
    response.setHeader('Content-Disposition', 'attachment; filename="hackboard-my-data.json"');
    return this.privacy.export(user);
  }

  @Allow('signed-in')
  @Delete()
  @HttpCode(204)
  @ApiZodBody(EraseAccountInput)
  async erase(
    @CurrentUser() user: AuthUser,
    @ZodBody(EraseAccountInput) input: EraseAccountInput,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.privacy.erase(user, input.password);
    clearAuthCookies(response, this.config.env === 'production');
  }
}
