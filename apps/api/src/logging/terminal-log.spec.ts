import { formatLogLine, terminalLogStream, wantsTerminalLog } from './terminal-log.js';
import { Writable } from 'node:stream';
import pino from 'pino';

describe('logs on a terminal', () => {
  it('are short lines on a terminal outside production, and JSON otherwise', () => {
    expect(wantsTerminalLog('development', true)).toBe(true);
    expect(wantsTerminalLog(undefined, true)).toBe(true);
    expect(wantsTerminalLog('production', true)).toBe(false);
    expect(wantsTerminalLog('development', false)).toBe(false);
    expect(wantsTerminalLog('development', undefined)).toBe(false);
  });

  it('leave out the start-up lines of every module and route, and keep warnings and the rest', () => {
    const time = Date.parse('2026-05-20T10:00:00Z');
    expect(
      formatLogLine(JSON.stringify({ level: 30, time, context: 'RouterExplorer', msg: 'Mapped {/api, GET}' })),
    ).toBeNull();
    expect(formatLogLine(JSON.stringify({ level: 40, time, context: 'RouterExplorer', msg: 'Odd route' }))).toBe(
      '10:00:00 WARN  [RouterExplorer] Odd route',
    );
    expect(formatLogLine(JSON.stringify({ level: 30, time, context: 'DemoSeed', msg: 'Seeded' }))).toBe(
      '10:00:00 INFO  [DemoSeed] Seeded',
    );
    expect(
      formatLogLine(
        JSON.stringify({
          level: 30,
          time,
          req: { method: 'GET', url: '/api/events' },
          res: { statusCode: 200 },
          responseTime: 12,
          msg: 'request completed',
        }),
      ),
    ).toBe('10:00:00 INFO  GET /api/events 200 12 ms');
    expect(formatLogLine('not json')).toBe('not json');
  });

  it('formats what a real pino logger writes', async () => {
    const written: string[] = [];
    const out = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written.push(chunk.toString());
        done();
      },
    });
    const stream = terminalLogStream(out);
    const logger = pino({ base: null }, stream);
    logger.info({ context: 'InstanceLoader' }, 'AppModule dependencies initialized');
    logger.error({ context: 'Boom', err: new Error('broken') }, 'failed');
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^\d\d:\d\d:\d\d ERROR \[Boom\] failed\nError: broken\n/);
  });
});
