import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { AppConfig } from '../config/app-config.js';
import type { OutboxMailEntity } from './outbox-mail.entity.js';

/** Where the sender hands a claimed mail: an SMTP server, or (embedded, no SMTP) a folder of `.eml` files. */
export abstract class MailTransport {
  abstract readonly kind: 'smtp' | 'file';
  abstract send(mail: OutboxMailEntity): Promise<void>;
  close(): void {}
}

function message(from: string, mail: OutboxMailEntity): Mail.Options {
  return {
    from,
    to: mail.toAddress,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: mail.headers,
    // The outbox id as Message-ID: a mail sent again after a crash can be recognised as the same one.
    messageId: `<${mail.id}@hackboard>`,
    date: mail.createdAt,
    attachments: mail.attachments.map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      content: attachment.content,
    })),
  };
}

export class SmtpMailTransport extends MailTransport {
  readonly kind = 'smtp';
  private readonly transporter: Transporter;

  constructor(private readonly config: AppConfig) {
    super();
    this.transporter = nodemailer.createTransport({
      url: config.mail.smtpUrl,
      tls: { rejectUnauthorized: config.mail.rejectUnauthorized },
      // One connection kept open for the whole batch instead of one per mail.
      pool: true,
      maxConnections: 2,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as SMTPTransport.Options);
  }

  async send(mail: OutboxMailEntity): Promise<void> {
    await this.transporter.sendMail(message(this.config.mail.from, mail));
  }

  override close(): void {
    this.transporter.close();
  }
}

/** Embedded mode: every mail is written as an `.eml` file (and stays readable in the admin's mailbox). */
export class FileMailTransport extends MailTransport {
  readonly kind = 'file';
  private readonly transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(private readonly config: AppConfig) {
    super();
  }

  async send(mail: OutboxMailEntity): Promise<void> {
    const info = await this.transporter.sendMail(message(this.config.mail.from, mail));
    await mkdir(this.config.mail.directory, { recursive: true });
    const stamp = mail.createdAt.toISOString().replace(/[:.]/g, '-');
    await writeFile(join(this.config.mail.directory, `${stamp}-${mail.id}.eml`), info.message as Buffer);
  }
}

export function createMailTransport(config: AppConfig): MailTransport {
  return config.mail.smtpUrl ? new SmtpMailTransport(config) : new FileMailTransport(config);
}
