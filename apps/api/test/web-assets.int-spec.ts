import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { type IncomingHttpHeaders, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { type TestApp, startTestApp } from './support/test-app.js';

describe('the web app as the API serves it', () => {
  let t: TestApp;
  let webDir: string;
  const script = `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `row ${i}`))};`;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'hackboard-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Hackboard</title><div id="root"></div>');
    writeFileSync(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(webDir, 'assets', 'index-Ab12Cd34.js'), script);
    t = await startTestApp('sqlite', { WEB_DIST_DIR: webDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('lets browsers keep hashed assets for a year, and always asks again for the page', async () => {
    const asset = await request(t.http).get('/assets/index-Ab12Cd34.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await request(t.http).get('/favicon.svg').expect(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
    const page = await request(t.http).get('/events/any').set('Accept', 'text/html').expect(200);
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('answers a missing asset 404, never with the page (a stale page asks for an old build)', async () => {
    const missing = await request(t.http).get('/assets/index-Old99999.js').set('Accept', '*/*').expect(404);
    expect(missing.text).not.toContain('id="root"');
  });

  it('compresses text with Brotli or gzip when the browser accepts it, and not otherwise', async () => {
    const brotli = await rawGet(t, '/assets/index-Ab12Cd34.js', 'br, gzip');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.body.length).toBeLessThan(script.length / 3);
    expect(brotliDecompressSync(brotli.body).toString()).toBe(script);

    const gzip = await rawGet(t, '/assets/index-Ab12Cd34.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);
    const plain = await request(t.http).get('/assets/index-Ab12Cd34.js').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(script);
  });
});

/** The bytes as they travel, not decoded as HTTP clients do. */
async function rawGet(t: TestApp, path: string, acceptEncoding: string) {
  if (!t.http.listening) await new Promise<void>((resolve) => t.http.listen(0, '127.0.0.1', resolve));
  const { port } = t.http.address() as AddressInfo;
  return new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}
