import type { MeDto } from '@hackboard/contracts';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../lib/i18n';
import { renderApp, unauthenticated } from '../testing/render-app';
import { RootLayout } from './root-layout';

const me: MeDto = {
  id: '0d9c1f7e-3a59-4c1c-9d0e-2a1f7c3b8e11',
  email: 'anna@example.se',
  emailVerified: true,
  displayName: 'Anna Lind',
  language: 'en',
  isAdmin: true,
  memberships: [],
};

const routes = [
  {
    Component: RootLayout,
    children: [
      { path: '/', element: <h1>Home</h1> },
      { path: '/events/:slug', element: <h1>Event</h1> },
    ],
  },
];

describe('the header', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    act(() => setLanguage('en'));
  });

  it('offers a visitor to sign in or register, returning to the page they are on', async () => {
    renderApp(routes, () => unauthenticated(), '/events/open-data-hack-2026');
    const signIn = await screen.findByRole('link', { name: 'Sign in' });
    expect(signIn.getAttribute('href')).toBe('/sign-in?next=%2Fevents%2Fopen-data-hack-2026');
    expect(screen.getByRole('link', { name: 'Register' })).toBeTruthy();
  });

  it('does not bring a visitor back to a mailed link’s page after signing in', async () => {
    renderApp(
      [{ Component: RootLayout, children: [{ path: '/reset-password', element: <h1>Reset</h1> }] }],
      () => unauthenticated(),
      '/reset-password?token=secret',
    );
    expect((await screen.findByRole('link', { name: 'Sign in' })).getAttribute('href')).toBe('/sign-in');
  });

  it('switches language for a visitor without asking the API', async () => {
    const { calls } = renderApp(routes, () => unauthenticated());
    await screen.findByRole('link', { name: 'Sign in' });
    fireEvent.click(screen.getByRole('button', { name: 'På svenska' }));
    expect(await screen.findByRole('link', { name: 'Logga in' })).toBeTruthy();
    expect(calls.filter((call) => call.method === 'PATCH')).toEqual([]);
  });

  it('stores the language a signed-in user switches to in their profile', async () => {
    const { calls } = renderApp(routes, ({ method, body }) =>
      Response.json(method === 'PATCH' ? { ...me, ...(body as object) } : { user: me }),
    );
    await screen.findByRole('button', { name: /Anna Lind/ });
    fireEvent.click(screen.getByRole('button', { name: 'På svenska' }));
    await waitFor(() =>
      expect(calls.find((call) => call.method === 'PATCH')).toEqual({
        method: 'PATCH',
        url: '/api/auth/me',
        body: { language: 'sv' },
      }),
    );
  });

  it('opens the account links with the name and closes them with Escape, back on the button', async () => {
    renderApp(routes, () => Response.json({ user: me }));
    const button = await screen.findByRole('button', { name: /^Anna Lind ?\(account menu\)$/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('link', { name: 'My events' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Create event' })).toBeTruthy();
    // The user is a platform admin: the platform's mailbox is one of their links.
    expect(screen.getByRole('link', { name: 'Mailbox' }).getAttribute('href')).toBe('/admin/mail');
    fireEvent.keyDown(screen.getByRole('link', { name: 'Your account' }), { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('signs out and forgets the user', async () => {
    const { calls, router } = renderApp(
      routes,
      ({ url }) => (url === '/api/auth/logout' ? new Response(null, { status: 204 }) : Response.json({ user: me })),
      '/events/x',
    );
    fireEvent.click(await screen.findByRole('button', { name: /Anna Lind/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
    expect(calls.some((call) => call.url === '/api/auth/logout' && call.method === 'POST')).toBe(true);
  });
});
