import type { EventDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { useConflicts } from '../api/get-conflicts';
import { ScrollTable } from '../../../components/ui/scroll-table';

/** The conflicts of interest jurors have declared; the API never assigns a juror to such a submission. */
export function ConflictsTable({ event }: { event: EventDto }) {
  const { t, i18n } = useTranslation();
  const conflicts = useConflicts(event.slug);
  return (
    <section aria-labelledby="conflicts-heading">
      <h3 id="conflicts-heading">{t('judging.conflicts.title')}</h3>
      <p>{t('judging.conflicts.intro')}</p>
      <QueryState query={conflicts}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">{t('judging.conflicts.empty')}</p>
          ) : (
            <ScrollTable captionId="conflicts-caption" caption={t('judging.conflicts.caption', { count: list.length })}>
              <thead>
                <tr>
                  <th scope="col">{t('judging.conflicts.juror')}</th>
                  <th scope="col">{t('judging.conflicts.submission')}</th>
                  <th scope="col">{t('judging.conflicts.reason')}</th>
                  <th scope="col">{t('judging.conflicts.declared')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((conflict) => (
                  <tr key={conflict.id}>
                    <th scope="row">{conflict.jurorName}</th>
                    <td>{conflict.submissionTitle}</td>
                    <td className="pre-line">{conflict.reason}</td>
                    <td>
                      <time dateTime={conflict.createdAt}>
                        {formatDateTime(conflict.createdAt, event.timezone, i18n.language)}
                      </time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          )
        }
      </QueryState>
    </section>
  );
}
