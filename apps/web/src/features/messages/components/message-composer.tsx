import {
  type EventDto,
  MESSAGE_SEGMENTS,
  MessageAudienceInput,
  type MessageSegment,
  SendMessageInput,
} from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/form-fields';
import { StatusMessage } from '../../../components/ui/status-message';
import { fieldId, problemsFromApiError, problemsFromIssues } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { usePreviewMessage } from '../api/preview-message';
import { useSendMessage } from '../api/send-message';

const FORM = 'message';
const FIELDS = ['segment', 'challengeId', 'subject', 'body'] as const;
const BODY_MAX = 10_000;

/** A challenge the message can be limited to. */
export interface MessageChallenge {
  id: string;
  title: string;
}

type Notice = { kind: 'preview' | 'sent'; recipients: number } | null;

/** Writes a mail to one group of the event's people: who and how many first, then sent on confirmation. */
export function MessageComposer({
  event,
  challenges,
}: {
  event: EventDto;
  /** The event's challenges; undefined while they load. */
  challenges: readonly MessageChallenge[] | undefined;
}) {
  const { t } = useTranslation();
  const preview = usePreviewMessage(event.slug);
  const send = useSendMessage(event.slug);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [segment, setSegment] = useState<MessageSegment>('participants');
  const [challengeId, setChallengeId] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [confirming, setConfirming] = useState<{ input: SendMessageInput; recipients: number } | null>(null);
  const labels = {
    segment: t('messages.segment'),
    challengeId: t('messages.challenge'),
    subject: t('messages.subject'),
    body: t('messages.body'),
  };
  const audience = { segment, ...(segment === 'challenge-teams' && challengeId ? { challengeId } : {}) };
  const busy = preview.isPending || send.isPending;

  /** Asks how many the audience holds now; `then` gets the count. */
  function countRecipients(then: (recipients: number) => void) {
    const parsed = MessageAudienceInput.safeParse(audience);
    if (!parsed.success) return fail({ fields: problemsFromIssues(parsed.error.issues), form: null });
    clear();
    preview.mutate(parsed.data, {
      onSuccess: ({ recipients }) => then(recipients),
      onError: (error) => fail(problemsFromApiError(error, FIELDS)),
    });
  }

  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    setNotice(null);
    const parsed = SendMessageInput.safeParse({ ...audience, subject, body });
    if (!parsed.success) return fail({ fields: problemsFromIssues(parsed.error.issues), form: null });
    countRecipients((recipients) => {
      if (recipients === 0) {
        fail({ fields: {}, form: { key: 'messages.nobody', message: 'nobody is in this group' } });
        return;
      }
      setConfirming({ input: parsed.data, recipients });
    });
  }

  function confirmSend() {
    if (!confirming) return;
    send.mutate(confirming.input, {
      onSuccess: (message) => {
        setConfirming(null);
        setSubject('');
        setBody('');
        setNotice({ kind: 'sent', recipients: message.recipients });
      },
      onError: (error) => {
        setConfirming(null);
        fail(problemsFromApiError(error, FIELDS));
      },
    });
  }

  const challengeTitle = challenges?.find((challenge) => challenge.id === challengeId)?.title ?? '';
  const group = t(`messages.segments.${segment}`, { challenge: challengeTitle });

  return (
    <div className="panel">
      <h3>{t('messages.composeTitle')}</h3>
      <ErrorSummary form={FORM} problems={problems} labels={labels} attempt={attempt} />
      <form noValidate onSubmit={submit} className="form" aria-busy={busy || undefined}>
        <SelectField
          id={fieldId(FORM, 'segment')}
          label={labels.segment}
          hint={t(`messages.segmentHints.${segment}`)}
          value={segment}
          onChange={(changeEvent) => {
            setSegment(changeEvent.target.value as MessageSegment);
            setNotice(null);
          }}
          problem={problems.fields['segment']}
        >
          {MESSAGE_SEGMENTS.map((option) => (
            <option key={option} value={option}>
              {t(`messages.segmentOptions.${option}`)}
            </option>
          ))}
        </SelectField>
        {segment === 'challenge-teams' && (
          <SelectField
            id={fieldId(FORM, 'challengeId')}
            label={labels.challengeId}
            value={challengeId}
            onChange={(changeEvent) => {
              setChallengeId(changeEvent.target.value);
              setNotice(null);
            }}
            problem={problems.fields['challengeId']}
          >
            <option value="">{challenges ? t('messages.chooseChallenge') : t('state.loading')}</option>
            {challenges?.map((challenge) => (
              <option key={challenge.id} value={challenge.id}>
                {challenge.title}
              </option>
            ))}
          </SelectField>
        )}
        <div className="button-row">
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => {
              setNotice(null);
              countRecipients((recipients) => setNotice({ kind: 'preview', recipients }));
            }}
          >
            {preview.isPending && !confirming ? t('messages.counting') : t('messages.preview')}
          </button>
        </div>
        <TextField
          id={fieldId(FORM, 'subject')}
          label={labels.subject}
          maxLength={200}
          autoComplete="off"
          value={subject}
          onChange={(changeEvent) => setSubject(changeEvent.target.value)}
          problem={problems.fields['subject']}
        />
        <TextAreaField
          id={fieldId(FORM, 'body')}
          label={labels.body}
          hint={t('messages.bodyHint', { count: BODY_MAX - body.length })}
          rows={8}
          maxLength={BODY_MAX}
          value={body}
          onChange={(changeEvent) => setBody(changeEvent.target.value)}
          problem={problems.fields['body']}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {send.isPending ? t('messages.sending') : t('messages.send')}
          </button>
        </div>
        <StatusMessage>
          {notice?.kind === 'preview'
            ? t('messages.previewResult', { count: notice.recipients, group })
            : notice?.kind === 'sent'
              ? t('messages.sent', { count: notice.recipients })
              : null}
        </StatusMessage>
      </form>
      {confirming && (
        <ConfirmDialog
          open
          title={t('messages.confirmTitle', { count: confirming.recipients })}
          confirmLabel={t('messages.confirm', { count: confirming.recipients })}
          cancelLabel={t('form.cancel')}
          busy={send.isPending}
          onCancel={() => setConfirming(null)}
          onConfirm={confirmSend}
        >
          <p>{t('messages.confirmBody', { count: confirming.recipients, group, subject: confirming.input.subject })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
