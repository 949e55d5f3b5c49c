import type { AuditEntryDto } from '@hackboard/contracts';
import type { TFunction } from 'i18next';

/** An audit entry's details in words where the app knows the action, as data otherwise. */
export function describeDetails(entry: AuditEntryDto, t: TFunction): string {
  const details = entry.details;
  const text = (key: string) => (typeof details[key] === 'string' ? (details[key] as string) : null);
  switch (entry.action) {
    case 'event.phase-advanced':
      if (text('from') && text('to')) {
        return t('audit.details.phase', { from: t(`phase.${text('from')}`), to: t(`phase.${text('to')}`) });
      }
      break;
    case 'event.updated':
      if (Array.isArray(details['changed'])) {
        const fields = (details['changed'] as unknown[]).map((field) =>
          t(`eventForm.${String(field)}`, { defaultValue: String(field) }),
        );
        return t('audit.details.changed', { fields: fields.join(', ') });
      }
      break;
    case 'event.created':
      if (text('slug')) return t('audit.details.created', { slug: text('slug') });
      break;
    case 'role.removed':
    case 'role.granted':
    case 'invitation.created':
      if (text('role')) return t('audit.details.role', { role: t(`role.${text('role')}`) });
      break;
    case 'challenge.created':
    case 'challenge.deleted':
    case 'organization.created':
      if (text('title') ?? text('name')) return t('audit.details.title', { title: text('title') ?? text('name') });
      break;
    case 'challenge.updated':
      if (Array.isArray(details['changed'])) {
        const fields = (details['changed'] as unknown[]).map((field) =>
          t(`challengeForm.${field === 'organizationId' ? 'organization' : String(field)}`, {
            defaultValue: String(field),
          }),
        );
        return t('audit.details.changed', { fields: fields.join(', ') });
      }
      break;
    case 'team.created':
      if (text('name')) return t('audit.details.title', { title: text('name') });
      break;
    case 'team.renamed':
      if (text('from') && text('to')) return t('audit.details.renamed', { from: text('from'), to: text('to') });
      break;
    case 'submission.submitted':
    case 'submission.withdrawn':
      if (typeof details['version'] === 'number') return t('audit.details.version', { version: details['version'] });
      break;
  }
  const entries = Object.entries(details);
  return entries.length === 0 ? '' : entries.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('; ');
}
