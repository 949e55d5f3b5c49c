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
  @ApiZodResponse(HealthDto, 'This instance can serve; `status` says whether every configured dependency answers')
  @ApiServiceUnavailableResponse({
    description: 'This instance cannot serve (its database is down, or it is stopping)',
  })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    return this.answer(response);
  }

  /** For load balancers and orchestrators: send traffic here only on a 200. */
  @Allow('anyone')
  @Get('ready')
  @ApiZodResponse(
    HealthDto,
    'Ready for traffic: the database answers and the instance is not stopping (Redis down only degrades)',
  )
  @ApiServiceUnavailableResponse({
    description: 'Not ready: the database does not answer, or the instance is stopping',
  })
  async ready(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    return this.answer(response);
  }

  private async answer(response: Response): Promise<HealthDto> {
    const report = await this.health.check();
    response.setHeader('Cache-Control', 'no-store');
    if (!report.ready) response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }
}
