import { readFileSync } from 'node:fs';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { renderIndex } from './page-head.js';
import { PagesService, pageLanguage } from './pages.service.js';

/** robots.txt and sitemap.xml, beside the web app. */
export function crawlerFiles(app: INestApplication) {
  const pages = app.get(PagesService);
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (request.path === '/robots.txt') {
      response.type('text/plain').send(pages.robots());
      return;
    }
    if (request.path === '/sitemap.xml') {
      pages
        .sitemap()
        .then((xml) => response.type('application/xml').send(xml))
        .catch(next);
      return;
    }
    next();
  };
}

/** Sends the web app's index.html with the page's own head: title, OpenGraph, hreflang and JSON-LD. */
export function pageRenderer(app: INestApplication, indexFile: string) {
  const pages = app.get(PagesService);
  const indexHtml = readFileSync(indexFile, 'utf8');
  return async (request: Request, response: Response): Promise<void> => {
    const language = pageLanguage(request.query['lang'], request.headers['accept-language']);
    const head = await pages.headFor(request.path, language);
    response.setHeader('Content-Language', language);
    response.setHeader('Vary', 'Accept-Language');
    response.type('html').send(renderIndex(indexHtml, head));
  };
}
