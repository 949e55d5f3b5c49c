import type { ExplanationDto } from '@hackboard/contracts';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { type BoardScope } from '../api/get-leaderboard';
import { useExplanation } from '../api/get-explanation';
import { formatPercent, formatScore } from '../utils/numbers';

/**
 * Why a project has its score, in a modal dialog: the native dialog keeps focus inside and closes
 * on Escape; focus goes back to the button that opened it.
 */
export function ExplanationDialog({
  slug,
  scope,
  submissionId,
  opener,
  onClose,
}: {
  slug: string;
  scope: BoardScope;
  submissionId: string | null;
  /** The button that opened the dialog, focused again when it closes. */
  opener: HTMLElement | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const explanation = useExplanation(slug, submissionId, scope);
  const open = submissionId !== null;

  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = opener;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      closeRef.current?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      returnTo.current?.focus();
    }
  }, [open, opener]);

  return (
    <dialog
      ref={ref}
      className="dialog explanation-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div className="dialog-head">
        <h2 id={`${id}-title`} className="dialog-title">
          {explanation.data
            ? t('leaderboards.explain.title', { title: explanation.data.title })
            : t('leaderboards.explain.titleLoading')}
        </h2>
        <button ref={closeRef} type="button" className="button button-secondary button-small" onClick={onClose}>
          {t('leaderboards.explain.close')}
        </button>
      </div>
      {open && <QueryState query={explanation}>{(data) => <ExplanationBody explanation={data} />}</QueryState>}
    </dialog>
  );
}

function ExplanationBody({ explanation }: { explanation: ExplanationDto }) {
  const { t, i18n } = useTranslation();
  const score = (value: number | null) => (value === null ? '–' : formatScore(value, i18n.language));
  const { scale } = explanation;
  const organizerView = explanation.jurors.some((juror) => juror.jurorId !== null);
  const normalized = explanation.method === 'normalized';
  return (
    <>
      <p className="explanation-summary">
        {explanation.score === null
          ? t('leaderboards.explain.noScore')
          : t('leaderboards.explain.score', {
              score: score(explanation.score),
              min: scale.min,
              max: scale.max,
              count: explanation.reviews,
            })}{' '}
        {explanation.incompleteReviews > 0 &&
          t('leaderboards.explain.incomplete', { count: explanation.incompleteReviews })}
      </p>
      <p className="muted">{t(`leaderboards.method.${explanation.method}`)}</p>
      {explanation.criteria.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <caption>{t('leaderboards.explain.criteria')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('leaderboards.explain.criterion')}</th>
                <th scope="col" className="board-number">
                  {t('leaderboards.explain.weight')}
                </th>
                <th scope="col" className="board-number">
                  {t('leaderboards.explain.mean')}
                </th>
                <th scope="col" className="board-number">
                  {t('leaderboards.explain.meanOnScale', { min: scale.min, max: scale.max })}
                </th>
              </tr>
            </thead>
            <tbody>
              {explanation.criteria.map((criterion) => (
                <tr key={criterion.key}>
                  <th scope="row">{criterion.name}</th>
                  <td className="board-number">{formatPercent(criterion.weightShare, i18n.language)}</td>
                  <td className="board-number">
                    {criterion.mean === null
                      ? '–'
                      : t('leaderboards.explain.ofScale', {
                          value: score(criterion.mean),
                          min: criterion.scaleMin,
                          max: criterion.scaleMax,
                        })}
                  </td>
                  <td className="board-number">{score(criterion.meanOnScale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {explanation.jurors.length === 0 ? (
        <p>{t('leaderboards.explain.noReviews')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption>
              {t('leaderboards.explain.jurors')}{' '}
              <span className="muted small">
                {organizerView ? t('leaderboards.explain.named') : t('leaderboards.explain.anonymous')}
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('leaderboards.explain.juror')}</th>
                {explanation.criteria.map((criterion) => (
                  <th key={criterion.key} scope="col" className="board-number">
                    {criterion.name}
                  </th>
                ))}
                <th scope="col" className="board-number">
                  {t('leaderboards.explain.total')}
                </th>
                {normalized && (
                  <th scope="col" className="board-number">
                    {t('leaderboards.explain.normalizedTotal')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {explanation.jurors.map((juror) => (
                <tr key={juror.jurorNumber}>
                  <th scope="row">
                    {organizerView ? juror.juror : t('leaderboards.explain.jurorNumber', { number: juror.jurorNumber })}
                    {!juror.complete && <span className="board-pending"> {t('leaderboards.explain.notComplete')}</span>}
                  </th>
                  {explanation.criteria.map((criterion) => (
                    <td key={criterion.key} className="board-number">
                      {juror.values[criterion.key] ?? '–'}
                    </td>
                  ))}
                  <td className="board-number">{score(juror.rawTotal)}</td>
                  {normalized && (
                    <td className="board-number">
                      {score(juror.normalizedTotal)}
                      {juror.normalization && juror.normalization !== 'applied' && (
                        <span className="board-pending">
                          {' '}
                          {t(`leaderboards.explain.normalization.${juror.normalization}`)}
                        </span>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
