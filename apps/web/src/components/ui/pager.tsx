import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * Previous and next page of a list, with where the reader is. Pages with an address of their own
 * give `to`; a list inside a page gives `onGo`, and the buttons keep the reader in place.
 */
export function Pager({
  page,
  pages,
  label,
  to,
  onGo,
}: {
  page: number;
  pages: number;
  label?: string;
  to?: (page: number) => string;
  onGo?: (page: number) => void;
}) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  const step = (target: number, text: string, rel: 'prev' | 'next') =>
    to ? (
      <Link to={to(target)} rel={rel}>
        {text}
      </Link>
    ) : (
      <button type="button" className="link-button" onClick={() => onGo?.(target)}>
        {text}
      </button>
    );
  return (
    <nav aria-label={label ?? t('pager.label')} className="pagination">
      {page > 1 ? step(page - 1, t('pager.previous'), 'prev') : <span />}
      <span>{t('pager.pageOf', { page, pages })}</span>
      {page < pages ? step(page + 1, t('pager.next'), 'next') : <span />}
    </nav>
  );
}
