import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

/** A mail the sink received, parsed, with the envelope it came in. */
export interface ReceivedMail {
  to: string[];
  parsed: ParsedMail;
  subject: string;
  text: string;
  html: string;
  /** The first link in the text that contains `path`. */
  link(path: string): string;
  /** A header's value as it was sent. */
  header(name: string): string | undefined;
}

/**
 * A real SMTP server in the test process (the `smtp-server` package): it accepts, refuses with a
 * chosen reply code, or is stopped and started again on the same port, and parses what it receives.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** When set, every message is refused with this SMTP reply code (e.g. 451 or 550). */
  refuseWith: number | null = null;
  private server: SMTPServer | null = null;
  private waiters: { count: number; done: () => void }[] = [];
  port = 0;

  static async start(): Promise<SmtpSink> {
    const sink = new SmtpSink();
    await sink.listen();
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async listen(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      // Stopping drops open connections at once, as a server that goes down does.
      closeTimeout: 100,
      logger: false,
      onData: (stream, session: SMTPServerSession, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (this.refuseWith !== null) {
            const error = new Error('refused by the test') as Error & { responseCode: number };
            error.responseCode = this.refuseWith;
            callback(error);
            return;
          }
          void simpleParser(Buffer.concat(chunks)).then((parsed) => {
            this.received.push(toReceived(session, parsed));
            this.waiters = this.waiters.filter((waiter) => {
              if (this.received.length < waiter.count) return true;
              waiter.done();
              return false;
            });
            callback();
          }, callback);
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Resolves once `count` mails in all have arrived. */
  waitFor(count: number, timeoutMs = 10_000): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`expected ${count} mails, got ${this.received.length}`)),
        timeoutMs,
      );
      this.waiters.push({ count, done: () => (clearTimeout(timer), resolve()) });
    });
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address.toLowerCase()));
  }

  /** The newest mail to `address` whose subject matches. */
  find(address: string, subject: string | RegExp): ReceivedMail {
    const found = this.to(address).filter((mail) =>
      typeof subject === 'string' ? mail.subject === subject : subject.test(mail.subject),
    );
    if (found.length === 0) {
      throw new Error(
        `no mail "${subject}" to ${address}; got ${this.to(address)
          .map((m) => m.subject)
          .join(' | ')}`,
      );
    }
    return found[found.length - 1]!;
  }

  last(address: string): ReceivedMail {
    const mails = this.to(address);
    if (mails.length === 0) throw new Error(`no mail to ${address}; got ${this.received.map((m) => m.to).join(', ')}`);
    return mails[mails.length - 1]!;
  }
}

function toReceived(session: SMTPServerSession, parsed: ParsedMail): ReceivedMail {
  const text = parsed.text ?? '';
  return {
    to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
    parsed,
    subject: parsed.subject ?? '',
    text,
    html: typeof parsed.html === 'string' ? parsed.html : '',
    header(name: string) {
      const line = parsed.headerLines.find((header) => header.key === name.toLowerCase())?.line;
      return line?.slice(line.indexOf(':') + 1).trim();
    },
    link(path: string) {
      const found = text.match(/https?:\/\/\S+/g)?.find((url) => url.includes(path));
      if (!found) throw new Error(`no link with ${path} in:\n${text}`);
      return found;
    },
  };
}

/** The token of a mailed link such as `…/reset-password?token=…`. */
export function tokenOf(link: string): string {
  return new URL(link).searchParams.get('token') ?? '';
}
