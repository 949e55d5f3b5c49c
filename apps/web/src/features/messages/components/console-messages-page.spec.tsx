import type { MailPageDto, OrganizerMessageDto } from '@hackboard/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FailedEventMail } from '../../mail/components/failed-event-mail';
import { eventFixture } from '../../../testing/event-fixture';
import { type Call, renderApp } from '../../../testing/render-app';
import { ConsoleMessagesPage } from './console-messages-page';

const event = eventFixture({ phase: 'hacking' });
const challenges = [{ id: '3f2e1d0c-9b8a-4766-8554-4433221100ff', title: 'Buses on time' }];
const base = `/api/events/${event.slug}`;

const sent: OrganizerMessageDto = {
  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  segment: 'challenge-teams',
  challengeId: challenges[0]!.id,
  subject: 'Data update',
  body: 'The bus data has been refreshed.',
  sender: { displayName: 'Olle' },
  recipients: 12,
  delivery: { pending: 2, sent: 9, failed: 1 },
  createdAt: '2026-05-19T16:00:00.000Z',
};
const failedMail: MailPageDto = {
  items: [
    {
      id: '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918',
      template: 'organizer-message',
      to: 'bosse@example.se',
      subject: 'Data update',
      language: 'sv',
      status: 'failed',
      attempts: 5,
      lastError: '550 no such user',
      eventId: event.id,
      createdAt: '2026-05-19T16:00:00.000Z',
      nextAttemptAt: '2026-05-19T17:00:00.000Z',
      sentAt: null,
    },
  ],
  total: 1,
  limit: 25,
  offset: 0,
};

const routes = [
  {
    path: '/',
    element: (
      <ConsoleMessagesPage event={event} challenges={challenges} undelivered={<FailedEventMail event={event} />} />
    ),
  },
];

function api(extra: (call: Call) => Response | undefined = () => undefined) {
  let retried = false;
  return (call: Call) => {
    const answer = extra(call);
    if (answer) return answer;
    if (call.url === `${base}/messages/preview`) {
      return Response.json({ recipients: (call.body as { segment: string }).segment === 'jurors' ? 0 : 12 });
    }
    if (call.url === `${base}/messages` && call.method === 'POST') {
      return Response.json({ ...sent, ...(call.body as object), recipients: 12 }, { status: 201 });
    }
    if (call.url.startsWith(`${base}/messages`))
      return Response.json({ items: [sent], total: 1, limit: 10, offset: 0 });
    if (call.url.endsWith('/retry')) {
      retried = true;
      return Response.json({ ...failedMail.items[0], status: 'pending', attempts: 0 });
    }
    if (call.url.startsWith(`${base}/mail`))
      return Response.json(retried ? { ...failedMail, items: [], total: 0 } : failedMail);
    return Response.json(null, { status: 404 });
  };
}

describe('the console messages', () => {
  beforeAll(() => {
    // jsdom has no modal dialogs.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.removeAttribute('open');
    };
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the challenge of a challenge’s teams, then counts who would get the message', async () => {
    const { calls } = renderApp(routes, api(), '/');
    fireEvent.change(await screen.findByLabelText('To'), { target: { value: 'challenge-teams' } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview recipients' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe('Challenge: Fill this in.');
    fireEvent.change(screen.getByLabelText('Challenge'), { target: { value: challenges[0]!.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview recipients' }));
    expect(
      await screen.findByText('12 people would get this message now (the teams of “Buses on time”).'),
    ).toBeTruthy();
    expect(calls.filter((call) => call.url === `${base}/messages/preview`).map((call) => call.body)).toEqual([
      { segment: 'challenge-teams', challengeId: challenges[0]!.id },
    ]);
  });

  it('sends only after a confirmation that names how many people get it', async () => {
    const { calls } = renderApp(routes, api(), '/');
    fireEvent.change(await screen.findByLabelText('Subject'), { target: { value: 'Lunch' } });
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Lunch is served in the hall.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send to 12 people?' });
    expect(dialog.textContent).toContain('“Lunch” goes by mail to 12 people (all participants).');
    expect(calls.some((call) => call.url === `${base}/messages` && call.method === 'POST')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send to 12 people' }));
    expect(await screen.findByText('Your message is on its way to 12 people.')).toBeTruthy();
    expect(calls.find((call) => call.url === `${base}/messages` && call.method === 'POST')?.body).toEqual({
      segment: 'participants',
      subject: 'Lunch',
      body: 'Lunch is served in the hall.',
    });
    expect((screen.getByLabelText('Subject') as HTMLInputElement).value).toBe('');
  });

  it('does not offer to send to a group with nobody in it', async () => {
    renderApp(routes, api(), '/');
    fireEvent.change(await screen.findByLabelText('To'), { target: { value: 'jurors' } });
    fireEvent.change(screen.getByLabelText('Subject'), { target: { value: 'Judging' } });
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Judging starts at nine.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Nobody is in this group right now');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says the API’s limit when too many messages are sent', async () => {
    renderApp(
      routes,
      api((call) =>
        call.url === `${base}/messages` && call.method === 'POST'
          ? Response.json(
              {
                code: 'TOO_MANY_MESSAGES',
                message: 'This event has sent 10 messages in the last hour, the most allowed. Try again later.',
              },
              { status: 429 },
            )
          : undefined,
      ),
      '/',
    );
    fireEvent.change(await screen.findByLabelText('Subject'), { target: { value: 'Again' } });
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'One more.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send…' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Send to 12 people' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This event has sent as many messages as it may in an hour. Try again later.',
    );
  });

  it('shows the messages sent with their delivery, and sends a failed mail again', async () => {
    const { calls } = renderApp(routes, api(), '/');
    const history = within((await screen.findByRole('heading', { name: 'Sent messages' })).closest('section')!);
    expect(await history.findByText('Data update')).toBeTruthy();
    expect(history.getByText('To 12 people: 9 delivered, 2 on the way, 1 failed.', { exact: false })).toBeTruthy();
    expect(history.getByText(/the teams of “Buses on time”/)).toBeTruthy();

    const failed = await screen.findByRole('table', { name: '1 failed mail' });
    expect(within(failed).getByText('550 no such user')).toBeTruthy();
    fireEvent.click(within(failed).getByRole('button', { name: /^Send again ?bosse@example.se$/ }));
    expect(await screen.findByText('The mail to bosse@example.se is in the outbox again.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('table', { name: '1 failed mail' })).toBeNull());
    expect(document.activeElement?.textContent).toBe('Mails that did not arrive');
    expect(calls.some((call) => call.url === `${base}/mail?limit=25&offset=0&status=failed`)).toBe(true);
  });
});
