import type { EventDto, PairwiseJurorDto, RoundDto } from '@hackboard/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ProblemText } from '../../../components/ui/problem-text';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { StatusMessage } from '../../../components/ui/status-message';
import { usePairwiseJurors } from '../api/get-pairwise-jurors';
import { useSetJurorExclusion } from '../api/set-juror-exclusion';
import { judgingProblem } from '../utils/judging-problem';

/**
 * A pairwise round's jurors as CrowdBT sees them: reliability with its uncertainty, votes against
 * the board on clear pairs, a flag when a juror is probably unreliable, and the organizer's choice
 * to leave a juror's votes out of the round's board or count them again.
 */
export function PairwiseJurors({ event, round }: { event: EventDto; round: RoundDto }) {
  const { t, i18n } = useTranslation();
  const jurors = usePairwiseJurors(event.slug, round.id);
  const exclusion = useSetJurorExclusion(event.slug, round.id);
  const [confirming, setConfirming] = useState<PairwiseJurorDto | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const headingId = `round-${round.id}-reliability`;
  const number = (value: number) =>
    value.toLocaleString(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  const change = (juror: PairwiseJurorDto, excluded: boolean) => {
    setStatus(null);
    exclusion.mutate(
      { jurorId: juror.jurorId, excluded },
      {
        onSuccess: (saved) => {
          setConfirming(null);
          setStatus(
            t(saved.excluded ? 'judging.reliability.excludedDone' : 'judging.reliability.includedDone', {
              name: saved.displayName,
              round: round.name,
            }),
          );
        },
      },
    );
  };

  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>{t('judging.reliability.title')}</h4>
      <p className="muted">{t('judging.reliability.intro')}</p>
      {exclusion.isError && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={judgingProblem(exclusion.error)} />
        </p>
      )}
      <StatusMessage>{status}</StatusMessage>
      <QueryState query={jurors}>
        {(rows) =>
          rows.length === 0 ? (
            <p className="empty">{t('judging.reliability.none')}</p>
          ) : (
            <ScrollTable
              captionId={`${headingId}-caption`}
              caption={t('judging.reliability.caption', { round: round.name })}
            >
              <thead>
                <tr>
                  <th scope="col">{t('judging.reliability.juror')}</th>
                  <th scope="col">{t('judging.reliability.votes')}</th>
                  <th scope="col">{t('judging.reliability.estimate')}</th>
                  <th scope="col">{t('judging.reliability.against')}</th>
                  <th scope="col">{t('judging.reliability.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('judging.reliability.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((juror) => (
                  <tr key={juror.jurorId}>
                    <th scope="row">{juror.displayName}</th>
                    <td>{juror.votes}</td>
                    <td>
                      {t('judging.reliability.estimateValue', {
                        mean: number(juror.reliability),
                        sd: number(juror.reliabilitySd),
                      })}
                    </td>
                    <td>
                      {juror.clearPairs === 0
                        ? t('judging.reliability.againstNone')
                        : t('judging.reliability.againstValue', {
                            count: juror.clearPairs,
                            against: juror.againstConsensus,
                            expected: number(juror.expectedAgainst),
                          })}
                    </td>
                    <td>
                      <JurorStatus juror={juror} />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-secondary"
                        disabled={exclusion.isPending || !!round.lockedAt}
                        onClick={() => (juror.excluded ? change(juror, false) : setConfirming(juror))}
                      >
                        {t(juror.excluded ? 'judging.reliability.include' : 'judging.reliability.exclude')}{' '}
                        <span className="visually-hidden">– {juror.displayName}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          )
        }
      </QueryState>
      {confirming && (
        <ConfirmDialog
          open
          danger
          title={t('judging.reliability.confirmTitle', { name: confirming.displayName, round: round.name })}
          confirmLabel={t('judging.reliability.confirm')}
          cancelLabel={t('form.cancel')}
          busy={exclusion.isPending}
          onConfirm={() => change(confirming, true)}
          onCancel={() => setConfirming(null)}
        >
          <p>{t('judging.reliability.confirmBody', { count: confirming.votes, name: confirming.displayName })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function JurorStatus({ juror }: { juror: PairwiseJurorDto }) {
  const { t } = useTranslation();
  if (juror.excluded) return <span className="badge badge-status-draft">{t('judging.reliability.excluded')}</span>;
  if (juror.flagReasons.length === 0) return <span className="muted">{t('judging.reliability.ok')}</span>;
  return (
    <>
      <span className="badge badge-flag">{t('judging.reliability.flagged')}</span>
      <ul className="plain-list cell-note">
        {juror.flagReasons.map((reason) => (
          <li key={reason}>{t(`judging.reliability.reasons.${reason}`)}</li>
        ))}
      </ul>
    </>
  );
}
