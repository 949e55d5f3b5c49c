import { type ReactNode, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type BlockerFunction, useBlocker } from 'react-router';
import { ConfirmDialog } from './confirm-dialog';

/**
 * Asks before a page with unsaved changes is left: a link, Back or Forward inside the app through
 * a dialog (Stay has focus first), closing or reloading the tab through the browser's own question.
 * Render `dialog`; call `allowNextLeave` right before navigating away on purpose after a save,
 * when the render that clears `unsaved` has not happened yet.
 */
export function useUnsavedChangesGuard(unsaved: boolean): { dialog: ReactNode; allowNextLeave: () => void } {
  const { t } = useTranslation();
  const unsavedRef = useRef(unsaved);
  useEffect(() => {
    unsavedRef.current = unsaved;
  }, [unsaved]);
  const blocker = useBlocker(
    useCallback<BlockerFunction>(
      ({ currentLocation, nextLocation }) => unsavedRef.current && currentLocation.pathname !== nextLocation.pathname,
      [],
    ),
  );

  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const dialog = (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title={t('unsavedChanges.title')}
      confirmLabel={t('unsavedChanges.leave')}
      cancelLabel={t('unsavedChanges.stay')}
      danger
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      <p>{t('unsavedChanges.body')}</p>
    </ConfirmDialog>
  );
  const allowNextLeave = useCallback(() => {
    unsavedRef.current = false;
  }, []);
  return { dialog, allowNextLeave };
}
