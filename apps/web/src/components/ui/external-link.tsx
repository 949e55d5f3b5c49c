import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A link to another site (an open data set, a repository, a demo). It opens in a new tab, says so
 * to screen readers, and gives the other site neither this page's window nor its address.
 */
export function ExternalLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  const { t } = useTranslation();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <span className="visually-hidden"> {t('link.newTab')}</span>
      <span aria-hidden="true" className="external-mark">
        {' '}
        ↗
      </span>
    </a>
  );
}
