import type { ChallengeDto, EventDto } from '@hackboard/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ProblemText } from '../../../components/ui/problem-text';
import { StatusMessage } from '../../../components/ui/status-message';
import { formatDateTime } from '../../../lib/format';
import { problemFromError } from '../../../lib/form-errors';
import { useDeleteChallenge } from '../api/delete-challenge';
import { ScrollTable } from '../../../components/ui/scroll-table';

/** Challenges with links to edit them and a confirmed delete; `editable` false shows them read-only. */
export function ChallengeTable({
  event,
  challenges,
  caption,
  editable,
}: {
  event: EventDto;
  challenges: readonly ChallengeDto[];
  caption: string;
  editable: boolean;
}) {
  const { t, i18n } = useTranslation();
  const remove = useDeleteChallenge(event.slug);
  const [candidate, setCandidate] = useState<ChallengeDto | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [removed, setRemoved] = useState<string | null>(null);

  return (
    <>
      {remove.isError && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={problemFromError(remove.error)} />
        </p>
      )}
      <StatusMessage>{removed ? t('challengeList.deleted', { title: removed }) : null}</StatusMessage>
      <ScrollTable captionId="challenge-table-caption" caption={caption}>
        <thead>
          <tr>
            <th scope="col">{t('challengeList.challenge')}</th>
            <th scope="col">{t('challengeList.organization')}</th>
            <th scope="col">{t('challengeList.datasets')}</th>
            <th scope="col">{t('challengeList.updated')}</th>
            {editable && (
              <th scope="col">
                <span className="visually-hidden">{t('challengeList.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {challenges.map((challenge) => (
            <tr key={challenge.id}>
              <th scope="row">
                <Link to={`/events/${event.slug}/challenges/${challenge.id}`}>{challenge.title}</Link>
              </th>
              <td>{challenge.organization.name}</td>
              <td>{challenge.datasets.length}</td>
              <td className="nowrap">
                <time dateTime={challenge.updatedAt}>
                  {formatDateTime(challenge.updatedAt, event.timezone, i18n.language)}
                </time>
              </td>
              {editable && (
                <td>
                  <div className="action-row">
                    <Link
                      to={`/events/${event.slug}/challenges/${challenge.id}/edit`}
                      className="button button-secondary button-small"
                    >
                      {t('challengeList.edit')}
                      <span className="visually-hidden"> ({challenge.title})</span>
                    </Link>
                    <button
                      type="button"
                      className="button button-secondary button-small button-danger-outline"
                      onClick={() => {
                        remove.reset();
                        setRemoved(null);
                        setCandidate(challenge);
                        setConfirming(true);
                      }}
                    >
                      {t('challengeList.delete')}
                      <span className="visually-hidden"> ({challenge.title})</span>
                    </button>
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {candidate && (
        <ConfirmDialog
          open={confirming}
          danger
          title={t('challengeList.confirmTitle', { title: candidate.title })}
          confirmLabel={t('challengeList.confirm')}
          cancelLabel={t('form.cancel')}
          busy={remove.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            remove.mutate(candidate.id, {
              onSuccess: () => setRemoved(candidate.title),
              onSettled: () => setConfirming(false),
            })
          }
        >
          <p>{t('challengeList.confirmBody', { title: candidate.title, count: candidate.datasets.length })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
