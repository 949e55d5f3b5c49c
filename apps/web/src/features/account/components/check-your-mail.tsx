import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The page a form turns into once a link is on its way by mail; its heading takes focus. */
export function CheckYourMail({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="narrow">
      <title>{`${t('mailSent.title')} – ${t('app.name')}`}</title>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('mailSent.title')}
      </h1>
      <p className="lead">{children}</p>
      <p>{t('mailSent.spamHint')}</p>
      {actions}
    </div>
  );
}
