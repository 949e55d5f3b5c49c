import type { MeDto } from '@hackboard/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSignOut } from '../features/account/api/sign-out';
import { canCreateEvents } from '../lib/session';

/** The signed-in user's name opening a short list of links (a disclosure, not an application menu). */
export function AccountMenu({ me }: { me: MeDto }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const { pathname } = useLocation();
  const [openedAt, setOpenedAt] = useState(pathname);
  if (open && openedAt !== pathname) {
    // Following a link in the list closes it.
    setOpen(false);
    setOpenedAt(pathname);
  }

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  return (
    <div
      ref={containerRef}
      className="account-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="link-button account-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpenedAt(pathname);
          setOpen((value) => !value);
        }}
      >
        <span className="account-name">{me.displayName}</span>
        <span className="visually-hidden"> ({t('account.menuLabel')})</span>
        <span aria-hidden="true" className="chevron">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <ul id={panelId} className="account-panel" hidden={!open}>
        <li>
          <Link to="/my-events">{t('account.myEventsTitle')}</Link>
        </li>
        <li>
          <Link to="/account">{t('account.accountTitle')}</Link>
        </li>
        {me.isAdmin && (
          <li>
            <Link to="/admin/mail">{t('account.mailbox')}</Link>
          </li>
        )}
        {canCreateEvents(me) && (
          <li>
            <Link to="/events/new">{t('account.createEvent')}</Link>
          </li>
        )}
        <li>
          <button
            type="button"
            className="menu-button"
            disabled={signOut.isPending}
            onClick={() =>
              signOut.mutate(undefined, {
                onSettled: () => {
                  setOpen(false);
                  void navigate('/');
                },
              })
            }
          >
            {t('account.signOut')}
          </button>
        </li>
      </ul>
    </div>
  );
}
