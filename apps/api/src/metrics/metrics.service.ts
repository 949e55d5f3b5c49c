import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BlockList, isIPv6 } from 'node:net';
import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { AppConfig } from '../config/app-config.js';
import { MetricsError } from './metrics.errors.js';

type RoutedRequest = IncomingMessage & { route?: { path?: unknown }; baseUrl?: string; originalUrl?: string };

/**
 * The Prometheus metrics of this API instance, in a registry of its own (never prom-client's global
 * one), so several apps in one process keep separate counts. Features call the small methods below;
 * only this class knows about prom-client.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly httpDuration = new Histogram({
    name: 'hackboard_http_request_duration_seconds',
    help: 'HTTP requests by method, route template and status, with their duration in seconds',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly socketConnections = new Gauge({
    name: 'hackboard_socket_connections',
    help: 'Socket.IO clients connected to this instance',
    registers: [this.registry],
  });
  private readonly leaderboardPushes = new Counter({
    name: 'hackboard_leaderboard_pushes_total',
    help: 'Leaderboard snapshots pushed to subscribers by this instance',
    registers: [this.registry],
  });
  private readonly leaderboardPushLatency = new Histogram({
    name: 'hackboard_leaderboard_push_latency_seconds',
    help: 'Time from the change that moved a leaderboard to the push of its new snapshot, in seconds',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly scoresSaved = new Counter({
    name: 'hackboard_scores_saved_total',
    help: 'Jury scores saved through this instance',
    registers: [this.registry],
  });
  private readonly dependencyUp = new Gauge({
    name: 'hackboard_dependency_up',
    help: 'Whether a dependency answered the last health check of this instance (1) or not (0)',
    labelNames: ['dependency'] as const,
    registers: [this.registry],
  });
  private readonly tokenDigest: Buffer | undefined;

  constructor(private readonly config: AppConfig) {
    if (config.metrics.enabled) collectDefaultMetrics({ register: this.registry });
    this.tokenDigest = config.metrics.token ? digest(config.metrics.token) : undefined;
  }

  /** A jury score was saved (after its transaction committed). */
  scoreSaved(): void {
    this.scoresSaved.inc();
  }

  /** A leaderboard snapshot was pushed, `latencySeconds` after the change that caused it. */
  leaderboardPushed(latencySeconds: number): void {
    this.leaderboardPushes.inc();
    if (Number.isFinite(latencySeconds) && latencySeconds >= 0) this.leaderboardPushLatency.observe(latencySeconds);
  }

  /** A health check found `dependency` answering or not. */
  dependencyChecked(dependency: 'database' | 'redis', up: boolean): void {
    this.dependencyUp.set({ dependency }, up ? 1 : 0);
  }

  socketConnected(): void {
    this.socketConnections.inc();
  }

  socketDisconnected(): void {
    this.socketConnections.dec();
  }

  /**
   * Express middleware timing every HTTP request. Routes are labelled by their template
   * (`/api/events/:event`), never by the concrete path, so the number of series stays bounded.
   */
  readonly observeHttp = (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const stopTimer = this.httpDuration.startTimer();
    response.once('finish', () =>
      stopTimer({
        method: request.method ?? 'GET',
        route: routeTemplate(request),
        status: String(response.statusCode),
      }),
    );
    next();
  };

  /** Checks whether a scrape may read the metrics; throws a MetricsError otherwise. */
  /** `address` is the client's address as `trust proxy` resolved it. */
  authorize(authorization: string | undefined, address: string | undefined): void {
    if (!this.config.metrics.enabled) throw new MetricsError('METRICS_DISABLED', 'Metrics are turned off.');
    if (!this.tokenDigest) {
      if (this.config.env !== 'production' || isInternal(address)) return;
      throw new MetricsError(
        'METRICS_INTERNAL_ONLY',
        'Metrics answer only on the internal network unless METRICS_TOKEN is set.',
      );
    }
    const match = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
    // Comparing digests keeps the comparison constant-time whatever the length of the offered token.
    if (!match || !timingSafeEqual(digest(match[1]!.trim()), this.tokenDigest)) {
      throw new MetricsError('METRICS_TOKEN_REQUIRED', 'Send the metrics token as "Authorization: Bearer <token>".');
    }
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function routeTemplate(request: RoutedRequest): string {
  const path = request.route?.path;
  // Nest answers unknown paths from a catch-all route (`/api*path`); those are grouped, like paths
  // that match nothing, so probing random URLs cannot create new series.
  if (typeof path === 'string' && !path.includes('*')) return `${request.baseUrl ?? ''}${path}`;
  const url = request.originalUrl ?? request.url ?? '';
  return url.startsWith('/api/') || url === '/api' || url.startsWith('/api?') ? '(unmatched)' : '(web app)';
}

// Loopback, private (RFC 1918, unique local) and link-local ranges: the network a scraper sits on.
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ['127.0.0.0', 8],
  ['10.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['169.254.0.0', 16],
] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv4');
}
INTERNAL.addAddress('::1', 'ipv6');
INTERNAL.addSubnet('fc00::', 7, 'ipv6');
INTERNAL.addSubnet('fe80::', 10, 'ipv6');

function isInternal(address: string | undefined): boolean {
  if (!address) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return INTERNAL.check(mapped[1]!, 'ipv4');
  return isIPv6(address) ? INTERNAL.check(address, 'ipv6') : INTERNAL.check(address, 'ipv4');
}
