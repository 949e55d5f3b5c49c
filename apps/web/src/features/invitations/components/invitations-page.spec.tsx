import type { CreatedInvitationDto } from '@hackboard/contracts';
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventFixture } from '../../../testing/event-fixture';
import { renderApp } from '../../../testing/render-app';
import { InvitationsPage } from './invitations-page';

const event = eventFixture({ phase: 'registration' });
const created: CreatedInvitationDto = {
  id: '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918',
  email: 'jonna@example.se',
  role: 'jury',
  organizationId: null,
  status: 'pending',
  expiresAt: '2026-06-02T10:00:00.000Z',
  acceptedAt: null,
  createdAt: '2026-05-19T10:00:00.000Z',
  token: 'one-time-token',
  acceptPath: '/invitations/one-time-token',
  emailed: true,
};

const routes = [
  {
    path: '/',
    element: <InvitationsPage event={event} organizationNames={new Map()} renderOrganizationField={() => null} />,
  },
];

describe('inviting someone from the console', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('mails the invitation in the chosen language and says so, keeping the link to copy', async () => {
    const { calls } = renderApp(
      routes,
      ({ method }) => (method === 'POST' ? Response.json(created, { status: 201 }) : Response.json([])),
      '/',
    );
    fireEvent.change(await screen.findByLabelText('Email address'), { target: { value: 'jonna@example.se' } });
    fireEvent.click(screen.getByLabelText('Jury member'));
    fireEvent.change(screen.getByLabelText(/Language of the mail/), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create invitation' }));
    expect(await screen.findByText('We have also mailed the link to jonna@example.se.')).toBeTruthy();
    expect((screen.getByLabelText('Invitation link') as HTMLInputElement).value).toBe(
      'http://localhost:3000/invitations/one-time-token',
    );
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      email: 'jonna@example.se',
      role: 'jury',
      language: 'en',
    });
  });
});
