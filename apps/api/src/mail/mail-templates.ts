import type { Language, MailTopic } from '@hackboard/contracts';
import Handlebars from 'handlebars';

/** What a mail says in one language: Handlebars strings filled from the mail's parameters (plain text). */
interface Copy {
  subject: string;
  /** Paragraphs; a parameter holding several paragraphs (an announcement's text) keeps its blank lines. */
  lines: string[];
  action?: { label: string; url: string };
  /** Labels of the rows of a table of details, by the parameter that holds each value (empty rows are left out). */
  details?: Record<string, string>;
  /** Why the person got it, for the footer. */
  reason: string;
}

interface Template {
  /** The optional topic a person can turn off; null for mails about their own account or submission. */
  topic: MailTopic | null;
  sv: Copy;
  en: Copy;
}

const MEMBER_SV = 'Du får det här brevet eftersom du är med i {{eventName}} på Hackboard.';
const MEMBER_EN = 'You get this mail because you take part in {{eventName}} on Hackboard.';
const ACCOUNT_SV = 'Du får det här brevet eftersom någon använde din adress på Hackboard.';
const ACCOUNT_EN = 'You get this mail because your address was used on Hackboard.';

/** Every mail the platform sends, in Swedish and English: the one place their words live. */
export const TEMPLATES = {
  'password-reset': {
    topic: null,
    sv: {
      subject: 'Välj ett nytt lösenord för Hackboard',
      lines: [
        'Hej {{name}}!',
        'Någon bad om att få välja ett nytt lösenord för ditt konto. Länken gäller i 60 minuter och fungerar en gång.',
        'Bad du inte om det kan du strunta i brevet: ditt lösenord är kvar som förut.',
      ],
      action: { label: 'Välj ett nytt lösenord', url: '{{link}}' },
      reason: ACCOUNT_SV,
    },
    en: {
      subject: 'Choose a new Hackboard password',
      lines: [
        'Hello {{name}},',
        'Someone asked to choose a new password for your account. The link works once, within 60 minutes.',
        'If it was not you, ignore this mail: your password stays as it is.',
      ],
      action: { label: 'Choose a new password', url: '{{link}}' },
      reason: ACCOUNT_EN,
    },
  },
  'password-changed': {
    topic: null,
    sv: {
      subject: 'Ditt lösenord för Hackboard är bytt',
      lines: [
        'Hej {{name}}!',
        'Lösenordet för ditt konto byttes just, och du loggades ut överallt.',
        'Var det inte du? Välj ett nytt lösenord med länken nedan och kontakta arrangören.',
      ],
      action: { label: 'Välj ett nytt lösenord', url: '{{forgotUrl}}' },
      reason: ACCOUNT_SV,
    },
    en: {
      subject: 'Your Hackboard password was changed',
      lines: [
        'Hello {{name}},',
        'The password of your account was just changed, and you were signed out everywhere.',
        'Not you? Choose a new password with the link below and contact the organizer.',
      ],
      action: { label: 'Choose a new password', url: '{{forgotUrl}}' },
      reason: ACCOUNT_EN,
    },
  },
  'verify-email': {
    topic: null,
    sv: {
      subject: 'Bekräfta din e-postadress för Hackboard',
      lines: ['Hej {{name}}!', 'Bekräfta att {{email}} är din adress. Länken gäller i 7 dagar.'],
      action: { label: 'Bekräfta adressen', url: '{{link}}' },
      reason: ACCOUNT_SV,
    },
    en: {
      subject: 'Confirm your email address for Hackboard',
      lines: ['Hello {{name}},', 'Please confirm that {{email}} is your address. The link works for 7 days.'],
      action: { label: 'Confirm the address', url: '{{link}}' },
      reason: ACCOUNT_EN,
    },
  },
  'registration-attempt': {
    topic: null,
    sv: {
      subject: 'Du har redan ett konto på Hackboard',
      lines: [
        'Hej {{name}}!',
        'Någon försökte skapa ett konto med {{email}}, men adressen har redan ett konto. Logga in, eller välj ett nytt lösenord om du har glömt det.',
        'Var det inte du behöver du inte göra något.',
      ],
      action: { label: 'Välj ett nytt lösenord', url: '{{forgotUrl}}' },
      reason: ACCOUNT_SV,
    },
    en: {
      subject: 'You already have a Hackboard account',
      lines: [
        'Hello {{name}},',
        'Someone tried to register with {{email}}, but this address has an account already. Sign in, or choose a new password if you have forgotten it.',
        'If it was not you, there is nothing to do.',
      ],
      action: { label: 'Choose a new password', url: '{{forgotUrl}}' },
      reason: ACCOUNT_EN,
    },
  },
  'email-change': {
    topic: null,
    sv: {
      subject: 'Bekräfta din nya e-postadress för Hackboard',
      lines: [
        'Hej {{name}}!',
        'Bekräfta att ditt konto ska använda {{newEmail}} från och med nu. Länken gäller i 24 timmar.',
      ],
      action: { label: 'Byt till den nya adressen', url: '{{link}}' },
      reason: ACCOUNT_SV,
    },
    en: {
      subject: 'Confirm your new email address for Hackboard',
      lines: [
        'Hello {{name}},',
        'Confirm that your account should use {{newEmail}} from now on. The link works for 24 hours.',
      ],
      action: { label: 'Switch to the new address', url: '{{link}}' },
      reason: ACCOUNT_EN,
    },
  },
  'email-changed': {
    topic: null,
    sv: {
      subject: 'Ditt konto på Hackboard har en ny e-postadress',
      lines: [
        'Hej {{name}}!',
        'Ditt konto använder nu {{newEmail}} i stället för den här adressen.',
        'Var det inte du? Kontakta arrangören eller plattformens administratör.',
      ],
      reason: ACCOUNT_SV,
    },
    en: {
      subject: 'Your Hackboard account has a new email address',
      lines: [
        'Hello {{name}},',
        'Your account now uses {{newEmail}} instead of this address.',
        'Not you? Contact the organizer or the platform administrator.',
      ],
      reason: ACCOUNT_EN,
    },
  },
  invitation: {
    topic: null,
    sv: {
      subject: 'Inbjudan till {{eventName}} som {{roleName}}',
      lines: [
        'Hej!',
        '{{inviterName}} bjuder in dig till {{eventName}} som {{roleName}}{{#if organizationName}} för {{organizationName}}{{/if}}.',
        'Logga in eller skapa ett konto med just den här adressen ({{email}}) och tacka ja. Inbjudan gäller till {{expiresAt}}.',
      ],
      action: { label: 'Öppna inbjudan', url: '{{link}}' },
      reason: 'Du får det här brevet eftersom en arrangör bjöd in {{email}} på Hackboard.',
    },
    en: {
      subject: 'Invitation to {{eventName}} as {{roleName}}',
      lines: [
        'Hello,',
        '{{inviterName}} invites you to {{eventName}} as {{roleName}}{{#if organizationName}} for {{organizationName}}{{/if}}.',
        'Sign in or register with this very address ({{email}}) and accept. The invitation is valid until {{expiresAt}}.',
      ],
      action: { label: 'Open the invitation', url: '{{link}}' },
      reason: 'You get this mail because an organizer invited {{email}} on Hackboard.',
    },
  },
  'event-joined': {
    topic: null,
    sv: {
      subject: 'Du är anmäld till {{eventName}}',
      lines: [
        'Hej {{name}}!',
        'Välkommen till {{eventName}}. Hackandet börjar {{hackingStartsAt}} och bidragen ska vara inskickade senast {{submissionDeadline}}.',
        'Tidsplanen finns i den bifogade kalenderfilen. Nästa steg: skapa ett lag eller gå med i ett.',
      ],
      action: { label: 'Till evenemanget', url: '{{eventUrl}}' },
      reason: MEMBER_SV,
    },
    en: {
      subject: 'You are registered for {{eventName}}',
      lines: [
        'Hello {{name}},',
        'Welcome to {{eventName}}. Hacking starts {{hackingStartsAt}} and projects must be submitted by {{submissionDeadline}}.',
        'The timeline is in the attached calendar file. Next: create a team or join one.',
      ],
      action: { label: 'Go to the event', url: '{{eventUrl}}' },
      reason: MEMBER_EN,
    },
  },
  'team-member-joined': {
    topic: 'team',
    sv: {
      subject: '{{memberName}} gick med i {{teamName}}',
      lines: ['Hej {{name}}!', '{{memberName}} gick just med i ditt lag {{teamName}} i {{eventName}}.'],
      action: { label: 'Till laget', url: '{{teamUrl}}' },
      reason: MEMBER_SV,
    },
    en: {
      subject: '{{memberName}} joined {{teamName}}',
      lines: ['Hello {{name}},', '{{memberName}} just joined your team {{teamName}} in {{eventName}}.'],
      action: { label: 'Go to the team', url: '{{teamUrl}}' },
      reason: MEMBER_EN,
    },
  },
  'team-member-left': {
    topic: 'team',
    sv: {
      subject: '{{memberName}} lämnade {{teamName}}',
      lines: ['Hej {{name}}!', '{{memberName}} lämnade ditt lag {{teamName}} i {{eventName}}.'],
      action: { label: 'Till laget', url: '{{teamUrl}}' },
      reason: MEMBER_SV,
    },
    en: {
      subject: '{{memberName}} left {{teamName}}',
      lines: ['Hello {{name}},', '{{memberName}} left your team {{teamName}} in {{eventName}}.'],
      action: { label: 'Go to the team', url: '{{teamUrl}}' },
      reason: MEMBER_EN,
    },
  },
  'team-captain': {
    topic: 'team',
    sv: {
      subject: 'Du är nu lagkapten för {{teamName}}',
      lines: [
        'Hej {{name}}!',
        'Du är nu kapten för {{teamName}} i {{eventName}}: du kan byta namn på laget och ta fram en ny inbjudningskod.',
      ],
      action: { label: 'Till laget', url: '{{teamUrl}}' },
      reason: MEMBER_SV,
    },
    en: {
      subject: 'You are now the captain of {{teamName}}',
      lines: [
        'Hello {{name}},',
        'You are now the captain of {{teamName}} in {{eventName}}: you can rename the team and make a new invite code.',
      ],
      action: { label: 'Go to the team', url: '{{teamUrl}}' },
      reason: MEMBER_EN,
    },
  },
  'submission-receipt': {
    topic: null,
    sv: {
      subject: 'Kvitto: {{title}} är inskickat till {{eventName}}',
      lines: [
        'Hej {{name}}!',
        '{{submitterName}} skickade in ert bidrag {{submittedAt}}. Det här skickades in:',
        'Ni kan ändra bidraget fram till {{submissionDeadline}}.',
      ],
      details: {
        title: 'Titel',
        teamName: 'Lag',
        challenge: 'Utmaning',
        summary: 'Sammanfattning',
        repositoryUrl: 'Kod',
        demoUrl: 'Demo',
        videoUrl: 'Video',
        datasets: 'Datamängder',
        version: 'Version',
      },
      action: { label: 'Till bidraget', url: '{{link}}' },
      reason: MEMBER_SV,
    },
    en: {
      subject: 'Receipt: {{title}} is submitted to {{eventName}}',
      lines: [
        'Hello {{name}},',
        '{{submitterName}} submitted your project {{submittedAt}}. This is what was submitted:',
        'You can change it until {{submissionDeadline}}.',
      ],
      details: {
        title: 'Title',
        teamName: 'Team',
        challenge: 'Challenge',
        summary: 'Summary',
        repositoryUrl: 'Code',
        demoUrl: 'Demo',
        videoUrl: 'Video',
        datasets: 'Data sets',
        version: 'Version',
      },
      action: { label: 'Go to the project', url: '{{link}}' },
      reason: MEMBER_EN,
    },
  },
  'deadline-reminder': {
    topic: 'reminders',
    sv: {
      subject: '{{hoursLeft}} h kvar: {{teamName}} har inte skickat in något till {{eventName}}',
      lines: [
        'Hej {{name}}!',
        'Sista tiden för bidrag är {{submissionDeadline}}, om {{hoursLeft}} h. {{teamName}} har inget inskickat bidrag än: ett utkast räknas inte.',
      ],
      action: { label: 'Skicka in bidraget', url: '{{teamUrl}}' },
      reason: MEMBER_SV,
    },
    en: {
      subject: '{{hoursLeft}} h left: {{teamName}} has submitted nothing to {{eventName}} yet',
      lines: [
        'Hello {{name}},',
        'The submission deadline is {{submissionDeadline}}, in {{hoursLeft}} h. {{teamName}} has no submitted project yet: a draft does not count.',
      ],
      action: { label: 'Submit the project', url: '{{teamUrl}}' },
      reason: MEMBER_EN,
    },
  },
  'judging-opened': {
    topic: 'jury',
    sv: {
      subject: 'Bedömningen av {{eventName}} har börjat',
      lines: [
        'Hej {{name}}!',
        'Inskickningen är stängd och bedömningen har börjat. Du har {{assigned}} bidrag att bedöma, senast {{judgingEndsAt}}.',
      ],
      action: { label: 'Till din bedömningskö', url: '{{queueUrl}}' },
      reason: MEMBER_SV,
    },
    en: {
      subject: 'Judging of {{eventName}} has started',
      lines: [
        'Hello {{name}},',
        'Submissions are closed and judging has started. You have {{assigned}} projects to judge, by {{judgingEndsAt}}.',
      ],
      action: { label: 'Go to your judging queue', url: '{{queueUrl}}' },
      reason: MEMBER_EN,
    },
  },
  'jury-reminder': {
    topic: 'jury',
    sv: {
      subject: '{{unscored}} bidrag i {{eventName}} väntar på din bedömning',
      lines: [
        'Hej {{name}}!',
        'Bedömningen stänger {{judgingEndsAt}}. {{unscored}} av dina {{assigned}} bidrag har du inte börjat bedöma än.',
      ],
      action: { label: 'Till din bedömningskö', url: '{{queueUrl}}' },
      reason: MEMBER_SV,
    },
    en: {
      subject: '{{unscored}} projects in {{eventName}} are waiting for your review',
      lines: [
        'Hello {{name}},',
        'Judging closes {{judgingEndsAt}}. You have not started on {{unscored}} of your {{assigned}} projects yet.',
      ],
      action: { label: 'Go to your judging queue', url: '{{queueUrl}}' },
      reason: MEMBER_EN,
    },
  },
  'results-published': {
    topic: 'results',
    sv: {
      subject: 'Resultaten från {{eventName}} är publicerade',
      lines: ['Hej {{name}}!', 'Juryns resultat från {{eventName}} är nu offentliga. Tack för att du var med!'],
      action: { label: 'Se resultaten', url: '{{resultsUrl}}' },
      reason: MEMBER_SV,
    },
    en: {
      subject: 'The results of {{eventName}} are published',
      lines: ['Hello {{name}},', "The jury's results of {{eventName}} are public now. Thank you for taking part!"],
      action: { label: 'See the results', url: '{{resultsUrl}}' },
      reason: MEMBER_EN,
    },
  },
  announcement: {
    topic: 'announcements',
    sv: {
      subject: 'Meddelande från {{eventName}}',
      lines: ['{{body}}', '– {{authorName}}, {{eventName}}'],
      action: { label: 'Till evenemanget', url: '{{eventUrl}}' },
      reason: MEMBER_SV,
    },
    en: {
      subject: 'Announcement from {{eventName}}',
      lines: ['{{body}}', '– {{authorName}}, {{eventName}}'],
      action: { label: 'Go to the event', url: '{{eventUrl}}' },
      reason: MEMBER_EN,
    },
  },
  'organizer-message': {
    topic: 'messages',
    sv: {
      subject: '{{subject}} – {{eventName}}',
      lines: ['Hej {{name}}!', '{{body}}', '– {{senderName}}, arrangör av {{eventName}}'],
      action: { label: 'Till evenemanget', url: '{{eventUrl}}' },
      reason: MEMBER_SV,
    },
    en: {
      subject: '{{subject}} – {{eventName}}',
      lines: ['Hello {{name}},', '{{body}}', '– {{senderName}}, organizer of {{eventName}}'],
      action: { label: 'Go to the event', url: '{{eventUrl}}' },
      reason: MEMBER_EN,
    },
  },
} satisfies Record<string, Template>;

export type TemplateName = keyof typeof TEMPLATES;
export type MailParams = Record<string, string | number | null | undefined>;

export function topicOf(template: TemplateName): MailTopic | null {
  return (TEMPLATES[template] as Template).topic;
}

const FRAME = {
  sv: {
    settings: 'Välj vilka brev du får',
    unsubscribe: 'Sluta få den här sortens brev',
    linkHint: 'Fungerar inte knappen? Kopiera länken:',
  },
  en: {
    settings: 'Choose which mails you get',
    unsubscribe: 'Stop this kind of mail',
    linkHint: 'Button not working? Copy the link:',
  },
};

const HTML_LAYOUT = Handlebars.compile(`<!doctype html>
<html lang="{{lang}}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{subject}}</title></head>
<body style="margin:0;padding:0;background:#f4f4f5;color:#18181b;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px">
<tr><td style="padding:24px">
<p style="margin:0 0 16px;font-size:18px;font-weight:700">Hackboard</p>
{{#each paragraphs}}<p style="margin:0 0 12px;line-height:1.5;white-space:pre-line">{{this}}</p>
{{/each}}{{#if details}}<table role="presentation" cellpadding="4" cellspacing="0" style="margin:0 0 12px;border-collapse:collapse">
{{#each details}}<tr><th align="left" valign="top" style="padding:4px 12px 4px 0;font-weight:600">{{label}}</th><td style="padding:4px 0;overflow-wrap:anywhere">{{value}}</td></tr>
{{/each}}</table>
{{/if}}{{#if action}}<p style="margin:20px 0"><a href="{{action.url}}" style="display:inline-block;padding:12px 20px;background:#1d4ed8;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:600">{{action.label}}</a></p>
<p style="margin:0 0 12px;font-size:13px;color:#52525b;overflow-wrap:anywhere">{{frame.linkHint}} {{action.url}}</p>
{{/if}}</td></tr></table>
<p style="max-width:560px;margin:16px auto 0;font-size:12px;line-height:1.5;color:#52525b">{{reason}}<br><a href="{{settingsUrl}}" style="color:#1d4ed8">{{frame.settings}}</a>{{#if unsubscribeUrl}} · <a href="{{unsubscribeUrl}}" style="color:#1d4ed8">{{frame.unsubscribe}}</a>{{/if}}</p>
</td></tr></table>
</body>
</html>
`);

const TEXT_LAYOUT = Handlebars.compile(
  `{{#each paragraphs}}{{this}}

{{/each}}{{#each details}}{{label}}: {{value}}
{{/each}}{{#if details}}
{{/if}}{{#if action}}{{action.label}}: {{action.url}}

{{/if}}-- 
{{reason}}
{{frame.settings}}: {{settingsUrl}}
{{#if unsubscribeUrl}}{{frame.unsubscribe}}: {{unsubscribeUrl}}
{{/if}}`,
  { noEscape: true },
);

// Parameters are plain text: filled in without escaping here, escaped once by the HTML layout.
const compiled = new Map<string, HandlebarsTemplateDelegate>();
function fill(source: string, params: MailParams): string {
  let template = compiled.get(source);
  if (!template) {
    template = Handlebars.compile(source, { noEscape: true, strict: false });
    compiled.set(source, template);
  }
  return template(params).trim();
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface Frame {
  settingsUrl: string;
  unsubscribeUrl: string | null;
}

/** Renders one mail in the recipient's language: a subject, a plain-text part and an HTML part. */
export function renderMail(template: TemplateName, language: Language, params: MailParams, frame: Frame): RenderedMail {
  const copy: Copy = (TEMPLATES[template] as Template)[language];
  const subject = fill(copy.subject, params).replace(/\s+/g, ' ');
  const paragraphs = copy.lines
    .map((line) => fill(line, params))
    .flatMap((line) => line.split(/\n\s*\n/))
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  const details = copy.details
    ? Object.entries(copy.details)
        .map(([key, label]) => ({ label, value: params[key] == null ? '' : String(params[key]).trim() }))
        .filter((row) => row.value !== '')
    : undefined;
  const action = copy.action
    ? { label: fill(copy.action.label, params), url: fill(copy.action.url, params) }
    : undefined;
  const context = {
    lang: language,
    subject,
    paragraphs,
    details: details && details.length > 0 ? details : undefined,
    action,
    reason: fill(copy.reason, params),
    settingsUrl: frame.settingsUrl,
    unsubscribeUrl: frame.unsubscribeUrl,
    frame: FRAME[language],
  };
  return { subject, text: TEXT_LAYOUT(context), html: HTML_LAYOUT(context) };
}

type InvitedRoleName = 'organizer' | 'agency' | 'jury' | 'volunteer' | 'mentor';

const ROLE_NAMES: Record<Language, Record<InvitedRoleName, string>> = {
  sv: { organizer: 'arrangör', agency: 'utmaningsägare', jury: 'jurymedlem', volunteer: 'volontär', mentor: 'mentor' },
  en: { organizer: 'organizer', agency: 'challenge owner', jury: 'juror', volunteer: 'volunteer', mentor: 'mentor' },
};

export function roleName(language: Language, role: InvitedRoleName): string {
  return ROLE_NAMES[language][role];
}

/** A moment as people of the event read it: in the event's timezone and the recipient's language. */
export function formatInstant(at: Date, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(at);
}
