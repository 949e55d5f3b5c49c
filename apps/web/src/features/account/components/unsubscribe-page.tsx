import type { UnsubscribedDto } from '@hackboard/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUnsubscribe } from '../api/unsubscribe';
import { MailedLinkAction, MailedLinkPage } from './mailed-link-page';

/** `/unsubscribe?token=…`: one button turns off the kind of mail the link came with. */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const unsubscribe = useUnsubscribe();
  const [done, setDone] = useState<UnsubscribedDto | null>(null);
  return (
    <MailedLinkPage
      title={t('unsubscribe.title')}
      renewPath="/account#notifications"
      renewLabel={t('unsubscribe.allSettings')}
    >
      {(token) =>
        done ? (
          <Unsubscribed done={done} />
        ) : (
          <MailedLinkAction
            intro={t('unsubscribe.intro')}
            label={t('unsubscribe.submit')}
            busyLabel={t('unsubscribe.stopping')}
            pending={unsubscribe.isPending}
            error={unsubscribe.error}
            onAct={() => unsubscribe.mutate({ token }, { onSuccess: setDone })}
            help={
              <>
                {t('unsubscribe.help')} <Link to="/account#notifications">{t('unsubscribe.allSettings')}</Link>
              </>
            }
          />
        )
      }
    </MailedLinkPage>
  );
}

function Unsubscribed({ done }: { done: UnsubscribedDto }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="notice notice-success">
      <h2 ref={ref} tabIndex={-1}>
        {t('unsubscribe.doneTitle')}
      </h2>
      <p>{t('unsubscribe.done', { topic: t(`notifications.topics.${done.topic}.label`) })}</p>
      <p>
        <Link to="/account#notifications">{t('unsubscribe.allSettings')}</Link>
      </p>
    </div>
  );
}
