import type { MeDto, NotificationSettingsDto } from '@hackboard/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Call } from '../../../testing/render-app';
import { renderApp } from '../../../testing/render-app';
import { AccountPage } from './account-page';

const me: MeDto = {
  id: '0d9c1f7e-3a59-4c1c-9d0e-2a1f7c3b8e11',
  email: 'anna@example.se',
  emailVerified: false,
  displayName: 'Anna Lind',
  language: 'en',
  isAdmin: false,
  memberships: [],
};
const settings: NotificationSettingsDto = {
  team: true,
  reminders: true,
  jury: true,
  announcements: true,
  messages: true,
  results: true,
};

const routes = [{ path: '/account', Component: AccountPage }];

function api(extra: (call: Call) => Response | undefined = () => undefined) {
  return (call: Call) => {
    const answer = extra(call);
    if (answer) return answer;
    if (call.url === '/api/auth/me/notifications' && call.method === 'PATCH') {
      return Response.json({ ...settings, ...(call.body as object) });
    }
    if (call.url === '/api/auth/me/notifications') return Response.json(settings);
    return Response.json({ user: me });
  };
}

describe('the account page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says the address is not confirmed yet and sends the link again', async () => {
    const { calls } = renderApp(
      routes,
      api(({ url }) =>
        url === '/api/auth/verify-email/resend' ? Response.json({ sent: true }, { status: 202 }) : undefined,
      ),
      '/account',
    );
    const section = within((await screen.findByRole('heading', { name: 'Email address' })).closest('section')!);
    expect(section.getByText('anna@example.se')).toBeTruthy();
    expect(section.getByText('Not confirmed yet')).toBeTruthy();
    fireEvent.click(section.getByRole('button', { name: 'Send the confirmation link again' }));
    await waitFor(() =>
      expect(
        section.getAllByRole('status').some((status) => status.textContent?.startsWith('We have sent a new')),
      ).toBe(true),
    );
    expect(calls.filter((call) => call.url === '/api/auth/verify-email/resend')).toHaveLength(1);
  });

  it('puts a wrong password next to the password field when changing the address', async () => {
    const { calls } = renderApp(
      routes,
      api(({ url }) =>
        url === '/api/auth/email-change'
          ? Response.json(
              { code: 'WRONG_PASSWORD', message: 'The password is wrong.', fields: { password: 'is wrong' } },
              { status: 403 },
            )
          : undefined,
      ),
      '/account',
    );
    fireEvent.change(await screen.findByLabelText('New email address'), { target: { value: 'anna.lind@example.se' } });
    fireEvent.change(screen.getByLabelText('Your current password'), { target: { value: 'not my password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the link' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe('Your current password: The password is wrong.');
    expect(screen.getByLabelText('Your current password').getAttribute('aria-invalid')).toBe('true');
    expect(summary.textContent).toBe('There is a problemYour current password: The password is wrong.');
    expect(calls.filter((call) => call.url === '/api/auth/email-change')).toHaveLength(1);
  });

  it('sends the link to the new address and says where it went', async () => {
    const { calls } = renderApp(
      routes,
      api(({ url }) => (url === '/api/auth/email-change' ? Response.json({ sent: true }, { status: 202 }) : undefined)),
      '/account',
    );
    fireEvent.change(await screen.findByLabelText('New email address'), { target: { value: 'Anna.Lind@example.se' } });
    fireEvent.change(screen.getByLabelText('Your current password'), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(await screen.findByText(/We have sent a link to anna.lind@example.se/)).toBeTruthy();
    expect(calls.find((call) => call.url === '/api/auth/email-change')?.body).toEqual({
      newEmail: 'anna.lind@example.se',
      password: 'correct horse battery',
    });
  });

  it('saves only the mail settings that changed, and confirms it', async () => {
    const { calls } = renderApp(routes, api(), '/account#notifications');
    const messages = await screen.findByRole('checkbox', { name: 'Messages from organizers' });
    expect(document.activeElement?.textContent).toBe('Mail notifications');
    const hint = document.getElementById(messages.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toContain('Mails organizers send to a group');
    fireEvent.click(screen.getByRole('button', { name: 'Save mail settings' }));
    expect(
      (await screen.findByText('Nothing has changed, so there was nothing to save.')).getAttribute('class'),
    ).toContain('notice');
    fireEvent.click(messages);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Results' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save mail settings' }));
    expect(await screen.findByText('Your mail settings have been saved.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'PATCH')?.body).toEqual({ messages: false, results: false });
  });
});
