import type { MeDto, SignInMethodsDto } from '@hackboard/contracts';
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMessages, setLanguage } from '../../../lib/i18n';
import { renderApp } from '../../../testing/render-app';
import { AccountPage } from '../../account/components/account-page';

const me: MeDto = {
  id: '0d9c1f7e-3a59-4c1c-9d0e-2a1f7c3b8e11',
  email: 'juni@agency.se',
  emailVerified: true,
  displayName: 'Juni',
  language: 'en',
  isAdmin: false,
  memberships: [],
};
const identity = {
  id: '7f0e7a5e-1b8e-4a58-9f0e-5d1c2b3a4e5f',
  providerId: 'agency',
  providerName: 'Agency ID',
  email: 'juni@agency.se',
  linkedAt: '2026-05-20T10:00:00.000Z',
  lastSignInAt: null,
};

function profile(methods: SignInMethodsDto, handle?: (url: string, method: string) => Response | undefined) {
  return renderApp(
    [{ path: '/account', Component: AccountPage }],
    ({ url, method }) =>
      handle?.(url, method) ??
      (url === '/api/auth/session'
        ? Response.json({ user: me })
        : url === '/api/sso/providers'
          ? Response.json([
              { id: 'agency', name: 'Agency ID' },
              { id: 'kommun', name: 'Kommun ID' },
            ])
          : url === '/api/sso/identities'
            ? Response.json(methods)
            : Response.json({ code: 'NOT_FOUND', message: 'Not found.' }, { status: 404 })),
    '/account',
  );
}

describe('the ways to sign in on the account page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    act(() => setLanguage('en'));
  });

  it('keeps the only way into a passwordless account and offers to link the other providers', async () => {
    await loadMessages('manage');
    profile({ hasPassword: false, identities: [identity] });
    await screen.findByRole('heading', { name: 'Ways to sign in' });
    expect(await screen.findByText('No password: you sign in through your organization')).toBeTruthy();
    expect(screen.getByText('(your only way in, so it stays)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Unlink Agency ID' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Link Kommun ID' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Link Agency ID' })).toBeNull();
  });

  it('unlinks a provider from an account with a password and says so', async () => {
    await loadMessages('manage');
    const { calls } = profile({ hasPassword: true, identities: [identity] }, (url, method) =>
      method === 'DELETE' && url === `/api/sso/identities/${identity.id}`
        ? Response.json({ hasPassword: true, identities: [] })
        : undefined,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Unlink Agency ID' }));
    expect((await screen.findByText('Agency ID is no longer linked.')).getAttribute('role')).toBe('status');
    expect(calls.some((call) => call.method === 'DELETE')).toBe(true);
    expect(screen.getByRole('button', { name: 'Link Agency ID' })).toBeTruthy();
  });
});
