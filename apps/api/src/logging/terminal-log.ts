import { Writable } from 'node:stream';

/** Nest's start-up chatter: a line per module and per route, nothing a person at a terminal needs. */
const BOOT_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
  'WebSocketsController',
]);

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** Logs as JSON lines unless a person reads them: a terminal outside production. */
export function wantsTerminalLog(env: string | undefined, isTty: boolean | undefined): boolean {
  return env !== 'production' && isTty === true;
}

/**
 * One pino JSON line as a short line for a terminal: time, level, context and message, a request as
 * "GET /api/x 200 12 ms", an error with its stack. Nest's start-up lines at info are left out.
 * Returns null for a line to leave out.
 */
export function formatLogLine(line: string): string | null {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const level = typeof entry['level'] === 'number' ? entry['level'] : 30;
  const context = typeof entry['context'] === 'string' ? entry['context'] : '';
  if (level <= 30 && BOOT_CONTEXTS.has(context)) return null;
  const time = new Date(typeof entry['time'] === 'number' ? entry['time'] : Date.now()).toISOString().slice(11, 19);
  const request = entry['req'] as { method?: string; url?: string } | undefined;
  const response = entry['res'] as { statusCode?: number } | undefined;
  let message = typeof entry['msg'] === 'string' ? entry['msg'] : '';
  if (request?.method && response?.statusCode !== undefined) {
    const took = typeof entry['responseTime'] === 'number' ? ` ${entry['responseTime']} ms` : '';
    message = `${request.method} ${request.url ?? ''} ${response.statusCode}${took}`;
  }
  const error = entry['err'] as { stack?: string } | undefined;
  const parts = [time, (LEVELS[level] ?? String(level)).padEnd(5), context && `[${context}]`, message].filter(Boolean);
  return parts.join(' ') + (error?.stack ? `\n${error.stack}` : '');
}

/** A stream for pino that writes `formatLogLine` of each line to `out`. */
export function terminalLogStream(out: NodeJS.WritableStream = process.stdout): Writable {
  let pending = '';
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line) continue;
        const formatted = formatLogLine(line);
        if (formatted !== null) out.write(`${formatted}\n`);
      }
      done();
    },
  });
}
