import type { UseQueryResult } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../lib/i18n';
import { QueryState } from './query-state';

setupI18n('en');

const failed = (data: string | undefined) =>
  ({
    isPending: false,
    isError: true,
    data,
    error: new Error('offline'),
    refetch: vi.fn(),
  }) as unknown as UseQueryResult<string>;

describe('the query state', () => {
  it('shows the error alone when there is nothing to show yet', () => {
    render(<QueryState query={failed(undefined)}>{(data) => <p>{data}</p>}</QueryState>);
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong: offline');
  });

  it('keeps what is shown when a refresh fails, with a notice', () => {
    render(
      <QueryState query={failed('the form')}>{(data) => <input aria-label="Score" defaultValue={data} />}</QueryState>,
    );
    expect((screen.getByLabelText('Score') as HTMLInputElement).value).toBe('the form');
    expect(screen.getByText(/Could not refresh this page’s data \(offline\)/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
