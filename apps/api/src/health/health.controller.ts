import { HealthDto } from '@hackboard/contracts';
import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '../access/access.rules.js';
import { ApiZodResponse } from '../common/zod.js';
import { HealthService } from './health.service.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Allow('anyone')
  @Get()
  @ApiZodResponse(HealthDto, 'The platform and its database (and Redis, when configured) answer')
  @ApiServiceUnavailableResponse({ description: 'A dependency is down; the body says which' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const report = await this.health.check();
    response.setHeader('Cache-Control', 'no-store');
    if (report.status !== 'ok') response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }

  /** For load balancers and orchestrators: send traffic here only on a 200. */
  @Allow('anyone')
  @Get('ready')
  @ApiZodResponse(HealthDto, 'Ready for traffic: the database answers, and so does Redis when REDIS_URL is set')
  @ApiServiceUnavailableResponse({ description: 'Not ready: the database or the configured Redis does not answer' })
  async ready(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const report = await this.health.check();
    response.setHeader('Cache-Control', 'no-store');
    if (!this.health.isReady(report)) response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }
}
