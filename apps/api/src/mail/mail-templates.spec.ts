import { LANGUAGES } from '@hackboard/contracts';
import { TEMPLATES, type TemplateName, formatInstant, renderMail } from './mail-templates.js';

const frame = {
  settingsUrl: 'https://h.test/account#notifications',
  unsubscribeUrl: 'https://h.test/unsubscribe?token=t',
};

describe('mail templates', () => {
  const every = Object.keys(TEMPLATES) as TemplateName[];

  it.each(every.flatMap((name) => LANGUAGES.map((language) => [name, language] as const)))(
    'renders %s in %s with a subject, both parts and the footer',
    (name, language) => {
      const params = {
        name: 'Ada',
        eventName: 'Hack',
        teamName: 'Team',
        memberName: 'Bo',
        subject: 'Hello',
        link: 'https://h.test/x',
      };
      const mail = renderMail(name, language, params, frame);
      expect(mail.subject.length).toBeGreaterThan(8);
      expect(mail.html).toContain(`<html lang="${language}">`);
      expect(mail.text).toContain('https://h.test/account#notifications');
      expect(mail.html).toContain('https://h.test/account#notifications');
      for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toMatch(/\{\{|\}\}/);
    },
  );

  it('escapes what people wrote in the HTML part and keeps it as written in the text part', () => {
    const mail = renderMail(
      'announcement',
      'en',
      { body: '<script>alert(1)</script> & more', eventName: 'Hack' },
      frame,
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(mail.text).toContain('<script>alert(1)</script> & more');
  });

  it('keeps the paragraphs of a long message and leaves out empty details', () => {
    const mail = renderMail(
      'submission-receipt',
      'sv',
      { title: 'Busskollen', summary: '', repositoryUrl: 'https://git.test/b', eventName: 'Hack' },
      { ...frame, unsubscribeUrl: null },
    );
    expect(mail.text).toContain('Titel: Busskollen');
    expect(mail.text).toContain('Kod: https://git.test/b');
    expect(mail.text).not.toContain('Sammanfattning');
    expect(mail.text).not.toContain('unsubscribe');
    const message = renderMail(
      'organizer-message',
      'en',
      { body: 'First.\n\nSecond.', subject: 'Hi', eventName: 'H' },
      frame,
    );
    expect(message.html.match(/<p style="margin:0 0 12px;line-height:1.5;white-space:pre-line">/g)).toHaveLength(4);
  });

  it("writes moments in the event's timezone and the reader's language", () => {
    const at = new Date('2026-03-29T10:00:00Z'); // the first day of summer time in Stockholm
    expect(formatInstant(at, 'sv', 'Europe/Stockholm')).toBe('29 mars 2026 kl. 12:00 CEST');
    expect(formatInstant(at, 'en', 'Europe/Stockholm')).toMatch(/^29 March 2026(,| at) 12:00 CEST$/);
  });
});
