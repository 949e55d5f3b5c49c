import type { ReactNode } from 'react';

/**
 * A polite live region that is always in the page, so what appears in it is announced once
 * without moving focus. Empty until there is something to say.
 */
export function StatusMessage({ children, tone = 'success' }: { children?: ReactNode; tone?: 'success' | 'info' }) {
  return (
    <div role="status" className={children ? `notice notice-${tone}` : undefined}>
      {children}
    </div>
  );
}
