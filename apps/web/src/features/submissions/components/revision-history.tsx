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

/** The saved versions of the submission, newest first, with who saved it and what changed. */
export function RevisionHistory({ event, submissionId }: { event: EventDto; submissionId: string }) {
  const { t, i18n } = useTranslation();
  const revisions = useRevisions(event.slug, submissionId);
  const more = revisions.hasNextPage;

  const summary = (revision: SubmissionRevisionDto, previous: SubmissionRevisionDto | undefined) => {
    // The oldest version loaded so far is compared once the versions before it are loaded.
    if (!previous && more) return null;
    const fields = describe(revision, previous);
    const statusChanged = previous && previous.snapshot.status !== revision.snapshot.status;
    if (fields === null) return t('revisions.started', { title: revision.snapshot.title });
    if (statusChanged && fields.length === 0) {
      return t(revision.snapshot.status === 'submitted' ? 'revisions.submitted' : 'revisions.withdrawn');
    }
    if (fields.length === 0) return t('revisions.noChanges');
    return t('revisions.changed', { fields: fields.map((field) => t(`submission.fields.${field}`)).join(', ') });
  };

  return (
    <section aria-labelledby="revisions-heading" className="revisions">
      <h2 id="revisions-heading">{t('revisions.title')}</h2>
      <p className="muted">{t('revisions.intro')}</p>
      <QueryState query={revisions}>
        {(data) => {
          const list = data.pages.flatMap((page) => page.items);
          if (list.length === 0) return <p className="empty">{t('revisions.empty')}</p>;
          const text = (revision: SubmissionRevisionDto, index: number) => summary(revision, list[index + 1]);
          return (
            <>
              <ol className="revision-list">
                {list.map((revision, index) => (
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
                    {text(revision, index) !== null && <p>{text(revision, index)}</p>}
                  </li>
                ))}
              </ol>
              {more && (
                <button
                  type="button"
                  onClick={() => void revisions.fetchNextPage()}
                  disabled={revisions.isFetchingNextPage}
                >
                  {t('revisions.older', { shown: list.length, total: data.pages[0]?.total ?? list.length })}
                </button>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
