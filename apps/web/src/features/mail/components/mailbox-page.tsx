import { MAIL_STATUSES, type MailStatus, MailStatus as MailStatusSchema } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SelectField } from '../../../components/ui/form-fields';
import { Pager } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDateTime } from '../../../lib/format';
import { useMe } from '../../../lib/session';
import { MAIL_PAGE_SIZE, useMailbox } from '../api/get-mailbox';
import { LOCAL_TIME_ZONE, MailStatusBadge } from './mail-status-badge';

/** `/admin/mail`: every mail of the platform, for its admins. */
export function MailboxPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data?.isAdmin) {
    return (
      <div className="narrow">
        <title>{`${t('mailbox.adminsOnlyTitle')} – ${t('app.name')}`}</title>
        <h1>{t('mailbox.adminsOnlyTitle')}</h1>
        <p>{t('mailbox.adminsOnly')}</p>
      </div>
    );
  }
  return <Mailbox />;
}

/** The status filter and page of the list, kept in the address so Back and a reload keep them. */
export function useMailboxSearch() {
  const [params] = useSearchParams();
  const parsed = MailStatusSchema.safeParse(params.get('status'));
  const status = parsed.success ? parsed.data : null;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const search = (next: { status: MailStatus | null; page: number }) => {
    const query = new URLSearchParams();
    if (next.status) query.set('status', next.status);
    if (next.page > 1) query.set('page', String(next.page));
    const text = query.toString();
    return text ? `?${text}` : '';
  };
  return { status, page, search };
}

function Mailbox() {
  const { t, i18n } = useTranslation();
  const [, setParams] = useSearchParams();
  const { status, page, search } = useMailboxSearch();
  const mail = useMailbox(status, (page - 1) * MAIL_PAGE_SIZE);
  const [chosen, setChosen] = useState<string>(status ?? '');
  const title = status ? t('mailbox.titleFiltered', { status: t(`mailStatus.${status}`) }) : t('mailbox.title');

  function filter(event: FormEvent) {
    event.preventDefault();
    const parsed = MailStatusSchema.safeParse(chosen);
    setParams(search({ status: parsed.success ? parsed.data : null, page: 1 }).slice(1));
  }

  return (
    <>
      <title>{`${title}${page > 1 ? ` (${t('pager.page', { page })})` : ''} – ${t('app.name')}`}</title>
      <h1>{t('mailbox.title')}</h1>
      <p className="lead">{t('mailbox.intro')}</p>
      <form className="filter-row" onSubmit={filter} role="search" aria-label={t('mailbox.filterLabel')}>
        <SelectField
          id="mailbox-status"
          label={t('mailbox.status')}
          optional
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
        >
          <option value="">{t('mailbox.allStatuses')}</option>
          {MAIL_STATUSES.map((option) => (
            <option key={option} value={option}>
              {t(`mailStatus.${option}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button-secondary">
          {t('mailbox.filter')}
        </button>
      </form>
      <QueryState query={mail}>
        {(data) => {
          if (data.total === 0) return <p className="empty">{t('mailbox.empty')}</p>;
          const pages = Math.max(1, Math.ceil(data.total / MAIL_PAGE_SIZE));
          return (
            <>
              <ScrollTable
                captionId="mailbox-caption"
                caption={t('mailbox.caption', {
                  from: data.offset + 1,
                  to: data.offset + data.items.length,
                  total: data.total,
                })}
                aria-busy={mail.isPlaceholderData || undefined}
              >
                <thead>
                  <tr>
                    <th scope="col">{t('mailbox.subject')}</th>
                    <th scope="col">{t('mailbox.to')}</th>
                    <th scope="col">{t('mailbox.status')}</th>
                    <th scope="col">{t('mailbox.attempts')}</th>
                    <th scope="col">{t('mailbox.created')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((item) => (
                    <tr key={item.id}>
                      <th scope="row" className="break readable-cell">
                        <Link to={`/admin/mail/${item.id}`} state={{ back: search({ status, page }) }}>
                          {item.subject}
                        </Link>
                      </th>
                      <td className="break readable-cell">{item.to}</td>
                      <td>
                        <MailStatusBadge status={item.status} />
                      </td>
                      <td>{item.attempts}</td>
                      <td className="nowrap">
                        <time dateTime={item.createdAt}>
                          {formatDateTime(item.createdAt, LOCAL_TIME_ZONE, i18n.language)}
                        </time>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </ScrollTable>
              <Pager page={page} pages={pages} to={(target) => search({ status, page: target }) || '?'} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
