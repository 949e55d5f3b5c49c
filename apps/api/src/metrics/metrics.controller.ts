import { Controller, Get, Headers, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '../access/access.rules.js';
import { MetricsService } from './metrics.service.js';

/**
 * Prometheus scrape endpoint of this instance. Open to `anyone` at the access layer because a
 * scraper has no account; it is guarded by METRICS_ENABLED and, when set, METRICS_TOKEN, and the
 * load balancer of docker/ does not route it (scrape each instance on the internal network).
 */
@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Allow('anyone')
  @Get()
  @ApiBearerAuth()
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Metrics of this instance in the Prometheus text format' })
  @ApiUnauthorizedResponse({ description: 'METRICS_TOKEN is set and the request did not send it as a bearer token' })
  @ApiNotFoundResponse({ description: 'Metrics are turned off (METRICS_ENABLED=false)' })
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    this.metrics.authorize(authorization);
    response.setHeader('Content-Type', this.metrics.contentType);
    response.setHeader('Cache-Control', 'no-store');
    return this.metrics.render();
  }
}
