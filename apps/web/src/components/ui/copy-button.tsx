import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../../lib/clipboard';
import { StatusMessage } from './status-message';

/**
 * Copies a value and says so in a polite live region, once per click. When copying is not
 * possible the value stays selectable next to the button, so nothing is lost.
 */
export function CopyButton({
  text,
  label,
  copiedMessage,
  className = 'button button-secondary',
}: {
  text: string;
  label: string;
  copiedMessage: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={async () => {
          // Emptied first, so copying twice is announced twice.
          setResult(null);
          const ok = await copyText(text);
          setResult(ok ? 'copied' : 'failed');
        }}
      >
        {label}
      </button>
      <StatusMessage tone={result === 'failed' ? 'info' : 'success'}>
        {result === 'copied' ? copiedMessage : result === 'failed' ? t('copy.failed') : null}
      </StatusMessage>
    </>
  );
}
