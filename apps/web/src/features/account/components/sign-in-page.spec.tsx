import type { MeDto } from '@hackboard/contracts';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { ME_QUERY_KEY } from '../../../lib/session';
import { renderApp, unauthenticated } from '../../../testing/render-app';
import { SignInPage } from './sign-in-page';

const routes = [
  { path: '/sign-in', Component: SignInPage },
  { path: '/events/:slug', element: <h1>Event</h1> },
];

const me: MeDto = {
  id: '0d9c1f7e-3a59-4c1c-9d0e-2a1f7c3b8e11',
  email: 'anna@example.se',
  emailVerified: true,
  displayName: 'Anna',
  language: 'sv',
  isAdmin: false,
  memberships: [],
};

function signIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Email address'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('the sign-in page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    act(() => setLanguage('en'));
  });

  it('says a wrong email or password once, at the top, in the interface language', async () => {
    renderApp(
      routes,
      ({ url }) =>
        url === '/api/auth/login'
          ? Response.json(
              { code: 'INVALID_CREDENTIALS', message: 'The email or the password is wrong.' },
              { status: 401 },
            )
          : unauthenticated(),
      '/sign-in',
    );
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    signIn('anna@example.se', 'wrong password');
    expect((await screen.findByRole('alert')).textContent).toContain('The email address or the password is wrong.');
    act(() => setLanguage('sv'));
    expect(screen.getByRole('alert').textContent).toContain('E-postadressen eller lösenordet är fel.');
  });

  it("keeps the language the visitor reads in, not the account's, and returns to where they came from", async () => {
    const { router, queryClient } = renderApp(
      routes,
      ({ url }) =>
        url === '/api/auth/login'
          ? Response.json(me)
          : url === '/api/sso/providers'
            ? Response.json([])
            : unauthenticated(),
      '/sign-in?next=%2Fevents%2Fopen-data-hack-2026',
    );
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    // The visitor's session look-up has answered before they sign in.
    await waitFor(() => expect(queryClient.getQueryData(ME_QUERY_KEY)).toBeNull());
    signIn('anna@example.se', 'correct horse battery');
    await screen.findByRole('heading', { name: 'Event' });
    expect(router.state.location.pathname).toBe('/events/open-data-hack-2026');
    expect(document.documentElement.lang).toBe('en');
  });
});
