import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { type Request, type Response, type NextFunction } from 'express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import type { Clock } from './common/clock.js';
import type { AppConfig } from './config/app-config.js';
import { sameOriginWrites } from './common/same-origin.js';
import { securityHeaders } from './common/security-headers.js';
import { MetricsService } from './metrics/metrics.service.js';
import { crawlerFiles, pageRenderer } from './open-data/web-pages.js';
import { RealtimeIoAdapter } from './realtime/realtime-io.adapter.js';
import { RedisConnections } from './redis/redis-connections.js';

export const API_PREFIX = 'api';
const BODY_LIMIT = '1mb';

/** Builds the whole platform (API, OpenAPI, Socket.IO and the web app) without listening yet. */
export async function createApp(config: AppConfig, options: { clock?: Clock } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options.clock), {
    bufferLogs: true,
    bodyParser: false,
    cors: config.corsOrigins.length > 0 ? { origin: config.corsOrigins, credentials: true } : false,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders(`/${API_PREFIX}/docs`));
  app.use(app.get(MetricsService).observeHttp);
  if (config.instanceId) app.use(instanceHeader(config.instanceId));
  // Brotli or gzip for text answers (the web app's scripts, API JSON) when the client accepts it.
  app.use(compression({ threshold: 1024 }));
  app.use(express.json({ limit: BODY_LIMIT }));
  // RFC 8058: a mail client's one-click unsubscribe posts `List-Unsubscribe=One-Click` as a form.
  app.use(`/${API_PREFIX}/mail/unsubscribe`, express.urlencoded({ extended: false, limit: '1kb' }));
  app.use(cookieParser());
  app.use(sameOriginWrites(config.corsOrigins));
  app.setGlobalPrefix(API_PREFIX);
  app.useWebSocketAdapter(new RealtimeIoAdapter(app, app.get(RedisConnections)));

  if (config.apiDocs) setUpApiDocs(app, config);

  serveWebApp(app, config.webDistDir);
  return app;
}

/** The OpenAPI document at /api/docs-json and its page at /api/docs (API_DOCS_ENABLED). */
function setUpApiDocs(app: NestExpressApplication, config: AppConfig): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Hackboard API')
      .setDescription('Events, challenges on open data, teams, submissions, judging and published results.')
      .setVersion(config.version)
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
}

/** Names the instance that answered, so a load-balanced deployment can be checked from outside. */
function instanceHeader(instanceId: string) {
  return (_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('X-Instance-Id', instanceId);
    next();
  };
}

/** The built web app and its client-side routes; API and socket paths never fall through to it. */
function serveWebApp(app: NestExpressApplication, webDistDir: string): void {
  app.use(crawlerFiles(app));
  const indexFile = join(webDistDir, 'index.html');
  if (!existsSync(indexFile)) return;
  const renderPage = pageRenderer(app, indexFile);
  // Built scripts and styles carry a content hash in their names: a new build has new names, so
  // browsers may keep them for a year without asking. Other files (the icon) are kept an hour.
  app.use(
    '/assets',
    express.static(join(webDistDir, 'assets'), { index: false, maxAge: '365d', immutable: true, fallthrough: false }),
  );
  app.use(express.static(webDistDir, { index: false, maxAge: '1h', immutable: false }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isAppRoute =
      request.method === 'GET' &&
      !request.path.startsWith(`/${API_PREFIX}/`) &&
      !request.path.startsWith('/socket.io/');
    if (!isAppRoute || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    renderPage(request, response).catch(next);
  });
}
