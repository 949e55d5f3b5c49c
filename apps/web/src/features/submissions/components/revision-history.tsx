import type { EventDto, SubmissionRevisionDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { useRevisions } from '../api/get-revisions';
import { changedFields, formValuesFromSubmission, type SubmissionField } from '../utils/submission-form';
import { SubmissionStatusBadge } from './submission-status-badge';

/** What each saved version changed compared with the one before it. */
function describe(
  revision: SubmissionRevisionDto,
  previous: SubmissionRevisionDto | undefined,
): SubmissionField[] | null {
  if (!previous) return null;
  return changedFields(formValuesFromSubmission(revision.snapshot), formValuesFromSubmission(previous.snapshot));
}

/** Every saved version of the submission, newest first, with who saved it and what changed. */
export function RevisionHistory({ event, submissionId }: { event: EventDto; submissionId: string }) {
  const { t, i18n } = useTranslation();
  const revisions = useRevisions(event.slug, submissionId);
  return (
    <section aria-labelledby="revisions-heading" className="revisions">
      <h2 id="revisions-heading">{t('revisions.title')}</h2>
      <p className="muted">{t('revisions.intro')}</p>
      <QueryState query={revisions}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">{t('revisions.empty')}</p>
          ) : (
            <ol className="revision-list">
              {list.map((revision, index) => {
                const previous = list[index + 1];
                const fields = describe(revision, previous);
                const statusChanged = previous && previous.snapshot.status !== revision.snapshot.status;
                return (
                  <li key={revision.version} className="revision">
                    <p className="revision-head">
                      <strong>{t('revisions.version', { version: revision.version })}</strong>{' '}
                      <SubmissionStatusBadge status={revision.snapshot.status} />
                    </p>
                    <p className="muted">
                      <time dateTime={revision.at}>{formatDateTime(revision.at, event.timezone, i18n.language)}</time>
                      {' · '}
                      {revision.author?.displayName ?? t('revisions.formerMember')}
                    </p>
                    <p>
                      {fields === null
                        ? t('revisions.started', { title: revision.snapshot.title })
                        : statusChanged && fields.length === 0
                          ? t(revision.snapshot.status === 'submitted' ? 'revisions.submitted' : 'revisions.withdrawn')
                          : fields.length === 0
                            ? t('revisions.noChanges')
                            : t('revisions.changed', {
                                fields: fields.map((field) => t(`submission.fields.${field}`)).join(', '),
                              })}
                    </p>
                  </li>
                );
              })}
            </ol>
          )
        }
      </QueryState>
    </section>
  );
}
