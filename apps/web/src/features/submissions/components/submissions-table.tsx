import type { ChallengeDto, EventDto, SubmissionStatus } from '@hackboard/contracts';
import { SUBMISSION_STATUSES } from '@hackboard/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExternalLink } from '../../../components/ui/external-link';
import { SelectField } from '../../../components/ui/form-fields';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { useSubmissions } from '../api/get-submissions';
import { SubmissionStatusBadge } from './submission-status-badge';
import { ScrollTable } from '../../../components/ui/scroll-table';

/**
 * Submissions as a table with their team, challenge, status and links, filtered by challenge (the
 * API filters) and status (filtered here: the API has no status filter). The API decides which
 * submissions the user sees: organizers all, challenge owners those to their challenges.
 */
export function SubmissionsTable({
  event,
  challenges,
  idPrefix,
}: {
  event: EventDto;
  /** The challenges to filter by. */
  challenges: readonly ChallengeDto[];
  idPrefix: string;
}) {
  const { t, i18n } = useTranslation();
  const [challengeId, setChallengeId] = useState('');
  const [status, setStatus] = useState<SubmissionStatus | ''>('');
  const submissions = useSubmissions(event.slug, challengeId || undefined);

  return (
    <>
      <div className="filter-form" role="group" aria-label={t('submissionList.filters')}>
        {challenges.length > 1 && (
          <SelectField
            id={`${idPrefix}-challenge`}
            label={t('submissionList.challenge')}
            required={false}
            value={challengeId}
            onChange={(event) => setChallengeId(event.target.value)}
          >
            <option value="">{t('submissionList.allChallenges')}</option>
            {challenges.map((challenge) => (
              <option key={challenge.id} value={challenge.id}>
                {challenge.title}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField
          id={`${idPrefix}-status`}
          label={t('submissionList.status')}
          required={false}
          value={status}
          onChange={(event) => setStatus(event.target.value as SubmissionStatus | '')}
        >
          <option value="">{t('submissionList.allStatuses')}</option>
          {SUBMISSION_STATUSES.map((option) => (
            <option key={option} value={option}>
              {t(`submission.status.${option}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <QueryState query={submissions}>
        {(page) => {
          const shown = status ? page.items.filter((submission) => submission.status === status) : page.items;
          return (
            <>
              <p role="status" className="muted">
                {t('submissionList.count', { count: shown.length })}
              </p>
              {shown.length === 0 ? (
                <p className="empty">
                  {page.items.length === 0 ? t('submissionList.empty') : t('submissionList.noMatch')}
                </p>
              ) : (
                <ScrollTable
                  captionId={`${idPrefix}-caption`}
                  caption={t('submissionList.caption', { count: shown.length })}
                >
                  <thead>
                    <tr>
                      <th scope="col">{t('submissionList.project')}</th>
                      <th scope="col">{t('submissionList.team')}</th>
                      <th scope="col">{t('submissionList.challenge')}</th>
                      <th scope="col">{t('submissionList.status')}</th>
                      <th scope="col">{t('submissionList.updated')}</th>
                      <th scope="col">{t('submissionList.links')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((submission) => {
                      const links = (['repositoryUrl', 'demoUrl', 'videoUrl'] as const).filter(
                        (field) => submission[field],
                      );
                      return (
                        <tr key={submission.id}>
                          <th scope="row">
                            {submission.title}
                            {submission.summary && <span className="cell-note">{submission.summary}</span>}
                          </th>
                          <td>{submission.team.name}</td>
                          <td>{submission.challenge.title}</td>
                          <td>
                            <SubmissionStatusBadge status={submission.status} />
                          </td>
                          <td className="nowrap">
                            <time dateTime={submission.updatedAt}>
                              {formatDateTime(submission.updatedAt, event.timezone, i18n.language)}
                            </time>
                          </td>
                          <td>
                            {links.length === 0 ? (
                              <span className="muted">–</span>
                            ) : (
                              <ul className="plain-list">
                                {links.map((field) => (
                                  <li key={field}>
                                    <ExternalLink href={submission[field]!}>
                                      {t(`project.${field}`)}
                                      <span className="visually-hidden"> – {submission.title}</span>
                                    </ExternalLink>
                                  </li>
                                ))}
                              </ul>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </ScrollTable>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
