import { useTranslation } from 'react-i18next';
import { podium, type BoardRow } from '../utils/standings';

/** The published winners, first place biggest; shared places stand side by side. */
export function Winners({ rows, headingId }: { rows: readonly BoardRow[]; headingId: string }) {
  const { t } = useTranslation();
  const top = podium(rows);
  if (top.length === 0) return null;
  return (
    <section className="winners" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('leaderboards.winners.title')}</h3>
      <ol className="winners-list">
        {top.map((row) => (
          <li key={row.submissionId} className={`winner winner-${row.rank}`}>
            <span className="winner-place">{t('leaderboards.winners.place', { place: row.rank })}</span>
            <span className="winner-title">{row.title}</span>
            <span className="winner-team">{row.teamName}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
