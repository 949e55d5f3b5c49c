import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '../../../../components/ui/query-state';
import { formatDateTime } from '../../../../lib/format';
import { AUDIT_PAGE_SIZE, useAudit } from '../../api/get-audit';
import { describeDetails } from '../../utils/audit-details';
import { ConsoleTitle } from '../../../../components/ui/console-title';
import { useConsoleEvent } from '../../../../lib/console-event';
import { ScrollTable } from '../../../../components/ui/scroll-table';

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const event = useConsoleEvent();
  const [params] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const audit = useAudit(event.slug, (page - 1) * AUDIT_PAGE_SIZE);
  const title = page > 1 ? t('organize.audit.titlePage', { page }) : t('organize.audit.title');

  return (
    <section aria-labelledby="audit-heading">
      <ConsoleTitle area={title} event={event.name} />
      <h2 id="audit-heading">{t('organize.audit.title')}</h2>
      <p>{t('organize.audit.intro')}</p>
      <QueryState query={audit}>
        {(data) => {
          const pages = Math.max(1, Math.ceil(data.total / AUDIT_PAGE_SIZE));
          if (data.total === 0) return <p className="empty">{t('organize.audit.empty')}</p>;
          return (
            <>
              <ScrollTable
                captionId="audit-caption"
                caption={t('organize.audit.caption', {
                  from: data.offset + 1,
                  to: data.offset + data.items.length,
                  total: data.total,
                })}
                aria-busy={audit.isPlaceholderData || undefined}
              >
                <thead>
                  <tr>
                    <th scope="col">{t('organize.audit.when')}</th>
                    <th scope="col">{t('organize.audit.who')}</th>
                    <th scope="col">{t('organize.audit.what')}</th>
                    <th scope="col">{t('organize.audit.details')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((entry) => (
                    <tr key={entry.id}>
                      <td className="nowrap">
                        <time dateTime={entry.at}>{formatDateTime(entry.at, event.timezone, i18n.language)}</time>
                      </td>
                      <td>{entry.actor?.displayName ?? t('organize.audit.system')}</td>
                      <td>{t(`audit.action.${entry.action}`, { defaultValue: entry.action })}</td>
                      <td className="break">{describeDetails(entry, t)}</td>
                    </tr>
                  ))}
                </tbody>
              </ScrollTable>
              {pages > 1 && (
                <nav aria-label={t('organize.audit.pages')} className="pagination">
                  {page > 1 ? (
                    <Link to={`?page=${page - 1}`} rel="prev">
                      {t('organize.audit.newer')}
                    </Link>
                  ) : (
                    <span />
                  )}
                  <span>{t('organize.audit.pageOf', { page, pages })}</span>
                  {page < pages ? (
                    <Link to={`?page=${page + 1}`} rel="next">
                      {t('organize.audit.older')}
                    </Link>
                  ) : (
                    <span />
                  )}
                </nav>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
