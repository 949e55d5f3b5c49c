import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';

/** A page that shows the question only while it is asked, as many pages do. */
function Page() {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setAsking(true)}>
        Delete
      </button>
      {asking && (
        <ConfirmDialog
          open
          title="Delete it?"
          confirmLabel="Delete for good"
          cancelLabel="Cancel"
          onConfirm={() => setAsking(false)}
          onCancel={() => setAsking(false)}
        >
          It cannot be undone.
        </ConfirmDialog>
      )}
    </>
  );
}

describe('the confirmation dialog', () => {
  it('gives focus back to the button that opened it, also when it is removed while open', () => {
    render(<Page />);
    const opener = screen.getByRole('button', { name: 'Delete' });
    opener.focus();
    fireEvent.click(opener);
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel', hidden: true }));
    expect(document.activeElement).toBe(opener);
  });
});
