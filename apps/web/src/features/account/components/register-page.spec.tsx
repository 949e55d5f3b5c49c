import type { MeDto } from '@hackboard/contracts';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { renderApp, unauthenticated } from '../../../testing/render-app';
import { RegisterPage } from './register-page';

const routes = [
  { path: '/register', Component: RegisterPage },
  { path: '/my-events', element: <h1>My events</h1> },
];

function fill(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('the register page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    act(() => setLanguage('en'));
  });

  it('shows the password rules and checks them as the person types', async () => {
    renderApp(routes, () => unauthenticated(), '/register');
    await screen.findByRole('heading', { level: 1, name: 'Create an account' });
    expect(screen.getByText('at least 10 characters')).toBeTruthy();
    const rules = screen.getByText('Your password must have:').parentElement!;
    fill('Password', 'short');
    expect(
      within(rules)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['• at least 10 characters (not met yet)', '✓ at most 200 characters (met)']);
    fill('Password', 'correct horse');
    expect(within(rules).getAllByRole('listitem')[0]?.textContent).toBe('✓ at least 10 characters (met)');
  });

  it('lists what is wrong at the top and says it next to each field, without asking the API', async () => {
    const { calls } = renderApp(routes, () => unauthenticated(), '/register');
    await screen.findByRole('heading', { level: 1 });
    fill('Email address', 'not-an-email');
    fill('Password', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading').textContent).toBe('There are 3 problems');
    expect(within(summary).getByRole('link', { name: /Password: Use at least 10 characters/ })).toBeTruthy();
    expect(document.activeElement).toBe(summary);

    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    const errorId = password.getAttribute('aria-describedby')!.split(' ')[0]!;
    expect(document.getElementById(errorId)?.textContent).toBe('Error: Use at least 10 characters.');
    expect(calls.filter((call) => call.url === '/api/auth/register')).toEqual([]);
  });

  it('shows the API refusal next to the email field', async () => {
    renderApp(
      routes,
      ({ url }) =>
        url === '/api/auth/register'
          ? Response.json(
              {
                code: 'EMAIL_TAKEN',
                message: 'An account with this email already exists. Sign in instead.',
                fields: { email: 'is already registered' },
              },
              { status: 409 },
            )
          : unauthenticated(),
      '/register',
    );
    await screen.findByRole('heading', { level: 1 });
    fill('Name', 'Anna');
    fill('Email address', 'anna@example.se');
    fill('Password', 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('An account with this email address already exists.');
    expect(screen.getByLabelText('Email address').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('This is already taken. Choose another.')).toBeTruthy();
  });

  it('creates the account in the chosen language and moves on', async () => {
    const me: MeDto = {
      id: '0d9c1f7e-3a59-4c1c-9d0e-2a1f7c3b8e11',
      email: 'anna@example.se',
      emailVerified: true,
      displayName: 'Anna',
      language: 'sv',
      isAdmin: false,
      memberships: [],
    };
    const { calls, router } = renderApp(
      routes,
      ({ url }) => (url === '/api/auth/register' ? Response.json(me, { status: 201 }) : unauthenticated()),
      '/register',
    );
    await screen.findByRole('heading', { level: 1 });
    fill('Name', 'Anna');
    fill('Email address', ' Anna@Example.se ');
    fill('Password', 'correct horse battery');
    fireEvent.click(screen.getByLabelText('Svenska'));
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByRole('heading', { name: 'My events' });
    expect(router.state.location.pathname).toBe('/my-events');
    expect(calls.find((call) => call.url === '/api/auth/register')?.body).toEqual({
      displayName: 'Anna',
      email: 'anna@example.se',
      password: 'correct horse battery',
      language: 'sv',
    });
    expect(document.documentElement.lang).toBe('sv');
  });

  it('says to look in the inbox when the account is finished from a mailed link', async () => {
    const { router } = renderApp(
      routes,
      ({ url }) =>
        url === '/api/auth/register'
          ? Response.json({ verificationSent: true, email: 'anna@example.se' }, { status: 202 })
          : unauthenticated(),
      '/register?next=%2Fevents%2Fspring-hack',
    );
    await screen.findByRole('heading', { level: 1 });
    fill('Name', 'Anna');
    fill('Email address', 'anna@example.se');
    fill('Password', 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Check your inbox' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/We have sent a link to anna@example.se/)).toBeTruthy();
    // Not signed in yet: the page stays, and the way back waits for the link.
    expect(router.state.location.pathname).toBe('/register');
    expect(localStorage.getItem('hackboard.returnAfterMail')).toBe('/events/spring-hack');
    localStorage.clear();
  });
});
