import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, unauthenticated } from '../../../testing/render-app';
import { ForgotPasswordPage } from './forgot-password-page';
import { SignInPage } from './sign-in-page';

const routes = [
  { path: '/sign-in', Component: SignInPage },
  { path: '/forgot-password', Component: ForgotPasswordPage },
];

describe('the forgotten password page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('is linked from the sign-in page, keeping where the person was going', async () => {
    renderApp(routes, () => unauthenticated(), '/sign-in?next=%2Fevents%2Fspring-hack');
    const link = await screen.findByRole('link', { name: 'Forgot your password?' });
    expect(link.getAttribute('href')).toBe('/forgot-password?next=%2Fevents%2Fspring-hack');
  });

  it('says what is wrong with the address next to its field, without asking the API', async () => {
    const { calls } = renderApp(routes, () => unauthenticated(), '/forgot-password');
    fireEvent.change(await screen.findByLabelText('Email address'), { target: { value: 'anna' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the link' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe(
      'Email address: Enter an email address, like name@example.se.',
    );
    expect(screen.getByLabelText('Email address').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((call) => call.url.startsWith('/api/auth/password-reset'))).toBe(false);
  });

  it('asks for a link and then says, the same for any address, to look in the inbox', async () => {
    const { calls } = renderApp(
      routes,
      ({ url }) =>
        url === '/api/auth/password-reset' ? Response.json({ sent: true }, { status: 202 }) : unauthenticated(),
      '/forgot-password?next=%2Fevents%2Fspring-hack',
    );
    fireEvent.change(await screen.findByLabelText('Email address'), { target: { value: ' Anna@Example.se ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the link' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Check your inbox' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/If there is an account for anna@example.se, we have sent a link to it./)).toBeTruthy();
    expect(calls.find((call) => call.url === '/api/auth/password-reset')?.body).toEqual({ email: 'anna@example.se' });
    // The link opens in another tab: the way back is kept for it.
    expect(localStorage.getItem('hackboard.returnAfterMail')).toBe('/events/spring-hack');
    fireEvent.click(screen.getByRole('button', { name: 'Use another address' }));
    expect(await screen.findByLabelText('Email address')).toBeTruthy();
  });
});
