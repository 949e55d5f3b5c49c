import { simpleParser } from 'mailparser';
import smtpServer from 'smtp-server';

/**
 * A real SMTP server for a journey (the `smtp-server` package, no TLS, any sender): it keeps the
 * mails it receives, parsed by `mailparser`, and hands them to whoever waits for one.
 */
export async function startSmtpServer() {
  const received = [];
  let waiters = [];
  const server = new smtpServer.SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then((parsed) => {
        const mail = {
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : '',
        };
        received.push(mail);
        waiters = waiters.filter((waiter) => !waiter.take(mail));
        callback();
      }, callback);
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address();
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** The first mail (already received or still to come) that `matches`. */
    waitForMail(matches, timeoutMs = 20_000) {
      const found = received.find(matches);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching mail within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          take(mail) {
            if (!matches(mail)) return false;
            clearTimeout(timer);
            resolve(mail);
            return true;
          },
        });
      });
    },
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The first address in a mail's text that leads to `path` on the platform. */
export function linkIn(mail, path) {
  const match = new RegExp(`https?://[^\\s<>"]+${path.replace(/[?]/g, '\\?')}[^\\s<>"]*`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in the mail "${mail.subject}"`);
  return match[0];
}
