import type { MeDto } from '@hackboard/contracts';
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RootLayout } from '../../../app/root-layout';
import { renderApp } from '../../../testing/render-app';
import { ConfirmEmailPage } from './confirm-email-page';
import { VerifyEmailPage } from './verify-email-page';

const me: MeDto = {
  id: '0d9c1f7e-3a59-4c1c-9d0e-2a1f7c3b8e11',
  email: 'anna@example.se',
  emailVerified: true,
  displayName: 'Anna Lind',
  language: 'en',
  isAdmin: false,
  memberships: [],
};

const routes = [
  {
    Component: RootLayout,
    children: [
      { path: '/', element: <h1>Hackathons</h1> },
      { path: '/account', element: <h1>Your account</h1> },
      { path: '/verify-email', Component: VerifyEmailPage },
      { path: '/confirm-email', Component: ConfirmEmailPage },
    ],
  },
];

const noticeShown = (text: string) => screen.getAllByRole('status').some((status) => status.textContent === text);

describe('links mailed to confirm an address', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('confirms the address on the button, signs in and says so on the home page', async () => {
    let signedIn = false;
    const { calls, router } = renderApp(
      routes,
      ({ url }) => {
        if (url === '/api/auth/verify-email') {
          signedIn = true;
          return Response.json(me);
        }
        return Response.json({ user: signedIn ? me : null });
      },
      '/verify-email?token=t0ken',
    );
    const button = await screen.findByRole('button', { name: 'Confirm my address' });
    expect(calls.some((call) => call.url === '/api/auth/verify-email')).toBe(false);
    fireEvent.click(button);
    await screen.findByRole('heading', { level: 1, name: 'Hackathons' });
    expect(router.state.location.pathname).toBe('/');
    expect(calls.find((call) => call.url === '/api/auth/verify-email')?.body).toEqual({ token: 't0ken' });
    expect(noticeShown('Your email address is confirmed and you are signed in.')).toBe(true);
    expect(screen.getByRole('button', { name: /Anna Lind/ })).toBeTruthy();
  });

  it('says a used link cannot confirm anything, and where a new one comes from', async () => {
    renderApp(
      routes,
      ({ url }) =>
        url === '/api/auth/verify-email'
          ? Response.json({ code: 'VERIFICATION_TOKEN_INVALID', message: 'Expired.' }, { status: 400 })
          : Response.json({ user: null }),
      '/verify-email?token=used',
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm my address' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This confirmation link has expired or has already been used.');
    expect(alert.textContent).toContain('Sign in and have a new link sent from your account page.');
  });

  it('moves the account to the new address and shows it on the account page', async () => {
    const moved = { ...me, email: 'anna.lind@example.se' };
    const { calls } = renderApp(
      routes,
      ({ url }) => (url === '/api/auth/email-change/confirm' ? Response.json(moved) : Response.json({ user: me })),
      '/confirm-email?token=change',
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Use the new address' }));
    await screen.findByRole('heading', { level: 1, name: 'Your account' });
    expect(calls.find((call) => call.url === '/api/auth/email-change/confirm')?.body).toEqual({ token: 'change' });
    expect(noticeShown('Your email address is now anna.lind@example.se.')).toBe(true);
  });
});
