import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import { MailRepository } from './mail.repository.js';
import { MailTransport } from './mail-transport.js';
import type { OutboxMailEntity } from './outbox-mail.entity.js';

const BATCH = 20;
/** How long a claimed mail is this instance's: past it, another instance takes the mail over. */
const LEASE_MS = 120_000;
const MAX_BACKOFF_MS = 6 * 3600_000;

/**
 * Sends what the outbox holds, on every instance: claims due mails, sends them, marks them sent,
 * and retries failures with exponential backoff until `MAIL_MAX_ATTEMPTS`, then marks them failed.
 * A mail is claimed by one instance at a time, so it is sent once; only a crash between the SMTP
 * server's acceptance and the mark can send it again (once the lease has run out).
 */
@Injectable()
export class MailSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailSender.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(
    private readonly mails: MailRepository,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(this.config.mail.pollMs);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
    this.transport.close();
  }

  /** Looks at the outbox soon: called after a change that queued mail, so it leaves without waiting for the poll. */
  kick(): void {
    this.schedule(50);
  }

  /** Sends until nothing is due (for the CLI and tests); returns how many mails were handled. */
  async drain(): Promise<number> {
    let handled = 0;
    for (let round = 0; round < 1000; round++) {
      const count = await this.runOnce();
      handled += count;
      if (count === 0 && (await this.mails.countDue(this.clock.now())) === 0) return handled;
      if (count === 0) await new Promise((done) => setTimeout(done, 20));
    }
    return handled;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runOnce().finally(() => this.schedule(this.config.mail.pollMs));
    }, delayMs);
    this.timer.unref();
  }

  /** One pass over what is due; a pass already under way is joined rather than run twice. */
  private runOnce(): Promise<number> {
    this.running ??= this.sendDue()
      .catch((error: unknown) => {
        this.logger.warn({ err: error }, 'mail outbox pass failed; trying again at the next poll');
        return 0;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async sendDue(): Promise<number> {
    let handled = 0;
    while (!this.stopped) {
      const now = this.clock.now();
      const batch = await this.mails.claimDue(now, new Date(now.getTime() + LEASE_MS), BATCH);
      for (const mail of batch) await this.deliver(mail);
      handled += batch.length;
      if (batch.length < BATCH) break;
    }
    return handled;
  }

  private async deliver(mail: OutboxMailEntity): Promise<void> {
    try {
      await this.transport.send(mail);
      await this.mails.markSent(mail.id, this.clock.now());
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      if (mail.attempts >= this.config.mail.maxAttempts) {
        this.logger.error({ mailId: mail.id, attempts: mail.attempts, reason }, 'mail failed for good');
        await this.mails.markFailed(mail.id, reason);
        return;
      }
      const backoff = Math.min(this.config.mail.retrySeconds * 1000 * 2 ** (mail.attempts - 1), MAX_BACKOFF_MS);
      this.logger.warn({ mailId: mail.id, attempts: mail.attempts, reason }, 'mail not sent; will retry');
      await this.mails.markRetry(mail.id, reason, new Date(this.clock.now().getTime() + backoff));
    }
  }
}
