import { Controller, Get, Headers, Ip, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
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
 * scraper has no account; it is guarded by METRICS_ENABLED and METRICS_TOKEN (without a token, in
 * production only loopback and private addresses may read it), and the load balancer of docker/
 * does not route it (scrape each instance on the internal network).
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
  @ApiForbiddenResponse({
    description: 'In production without METRICS_TOKEN, the request came from outside the internal network',
  })
  @ApiNotFoundResponse({ description: 'Metrics are turned off (METRICS_ENABLED=false)' })
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Ip() address: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    this.metrics.authorize(authorization, address);
    response.setHeader('Content-Type', this.metrics.contentType);
    response.setHeader('Cache-Control', 'no-store');
    return this.metrics.render();
  }
}
