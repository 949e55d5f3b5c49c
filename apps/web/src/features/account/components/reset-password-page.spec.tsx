import type { MeDto } from '@hackboard/contracts';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RootLayout } from '../../../app/root-layout';
import { setLanguage } from '../../../lib/i18n';
import { renderApp, unauthenticated } from '../../../testing/render-app';
import { ResetPasswordPage } from './reset-password-page';

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
      { path: '/events/:slug', element: <h1>Event</h1> },
      { path: '/reset-password', Component: ResetPasswordPage },
    ],
  },
];

function choose(password: string, repeat: string) {
  fireEvent.change(screen.getByLabelText('New password'), { target: { value: password } });
  fireEvent.change(screen.getByLabelText('New password again'), { target: { value: repeat } });
  fireEvent.click(screen.getByRole('button', { name: 'Save the new password' }));
}

describe('choosing a new password from a mailed link', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
    act(() => setLanguage('en'));
  });

  it('says when the link lost its token on the way, with the way to a new one', async () => {
    renderApp(routes, () => unauthenticated(), '/reset-password');
    await screen.findByRole('heading', { level: 1, name: 'Choose a new password' });
    expect(screen.getByText(/This link is incomplete/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ask for a new link' }).getAttribute('href')).toBe('/forgot-password');
    expect(screen.queryByLabelText('New password')).toBeNull();
  });

  it('checks both passwords next to their fields before asking the API', async () => {
    const { calls } = renderApp(routes, () => unauthenticated(), '/reset-password?token=abc');
    await screen.findByLabelText('New password');
    choose('correct horse battery', 'correct horse batery');
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe(
      'New password again: The two passwords are not the same. Type the new password again.',
    );
    const repeat = screen.getByLabelText('New password again');
    expect(repeat.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(repeat.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toBe(
      'Error: The two passwords are not the same. Type the new password again.',
    );
    choose('short', 'short');
    expect((await screen.findByRole('alert')).textContent).toContain('New password: Use at least 10 characters.');
    expect(calls.some((call) => call.url.startsWith('/api/auth/password-reset'))).toBe(false);
  });

  it('says a used or expired link cannot set a password, and where to ask for a new one', async () => {
    renderApp(
      routes,
      ({ url }) =>
        url === '/api/auth/password-reset/confirm'
          ? Response.json({ code: 'RESET_TOKEN_INVALID', message: 'This link has expired.' }, { status: 400 })
          : unauthenticated(),
      '/reset-password?token=old',
    );
    await screen.findByLabelText('New password');
    choose('correct horse battery', 'correct horse battery');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This link to choose a new password has expired or has already been used.',
    );
    expect(screen.getByRole('link', { name: 'Ask for a new link' }).getAttribute('href')).toBe('/forgot-password');
  });

  it('saves the password, signs in and goes back where the person was, saying so politely', async () => {
    localStorage.setItem('hackboard.returnAfterMail', '/events/spring-hack');
    let signedIn = false;
    const { calls, router } = renderApp(
      routes,
      ({ url }) => {
        if (url === '/api/auth/password-reset/confirm') {
          signedIn = true;
          return Response.json(me);
        }
        return Response.json({ user: signedIn ? me : null });
      },
      '/reset-password?token=fresh-token',
    );
    await screen.findByLabelText('New password');
    choose('correct horse battery', 'correct horse battery');
    await screen.findByRole('heading', { level: 1, name: 'Event' });
    expect(router.state.location.pathname).toBe('/events/spring-hack');
    expect(calls.find((call) => call.url === '/api/auth/password-reset/confirm')?.body).toEqual({
      token: 'fresh-token',
      password: 'correct horse battery',
    });
    expect(screen.getByRole('button', { name: /Anna Lind/ })).toBeTruthy();
    expect(
      screen.getAllByRole('status').some((status) => status.textContent?.startsWith('Your new password is saved')),
    ).toBe(true);
    expect(localStorage.getItem('hackboard.returnAfterMail')).toBeNull();
  });
});
