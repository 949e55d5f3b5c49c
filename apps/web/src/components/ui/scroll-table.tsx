import type { ReactNode, TableHTMLAttributes } from 'react';

/**
 * A table with its caption that scrolls sideways on a narrow screen: the scroll area is named by
 * the caption and can be reached and scrolled from the keyboard.
 */
export function ScrollTable({
  captionId,
  caption,
  children,
  ...table
}: { captionId: string; caption: ReactNode; children: ReactNode } & TableHTMLAttributes<HTMLTableElement>) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table" {...table}>
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
