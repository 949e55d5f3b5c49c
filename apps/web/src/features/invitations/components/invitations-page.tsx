import {
  CreateInvitationInput,
  type CreatedInvitationDto,
  type EventDto,
  INVITED_ROLES,
  type InvitationDto,
  type InvitedRole,
} from '@hackboard/contracts';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ConsoleTitle } from '../../../components/ui/console-title';
import { CopyButton } from '../../../components/ui/copy-button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { RadioGroupField, SelectField, TextField } from '../../../components/ui/form-fields';
import { ProblemText } from '../../../components/ui/problem-text';
import { QueryState } from '../../../components/ui/query-state';
import { RoleBadge } from '../../../components/ui/role-badge';
import { StatusMessage } from '../../../components/ui/status-message';
import { formatDateTime } from '../../../lib/format';
import {
  type Problem,
  fieldId,
  problemFromError,
  problemsFromApiError,
  problemsFromIssues,
} from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useCreateInvitation } from '../api/create-invitation';
import { useInvitations } from '../api/get-invitations';
import { useRevokeInvitation } from '../api/revoke-invitation';
import { invitationUrl } from '../utils/invitation-link';
import { ScrollTable } from '../../../components/ui/scroll-table';

const FORM = 'invitation';
const FIELDS = ['email', 'role', 'organizationId', 'language'] as const;

/** What the page needs to choose (or register) the organization of an agency member. */
export interface InvitationOrganizationSlot {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (organizationId: string) => void;
  problem?: Problem | undefined;
  allowCreate: true;
}

/** The console's invitations: invite organizers, challenge owners and jurors by a one-time link. */
export function InvitationsPage({
  event,
  organizationNames,
  renderOrganizationField,
}: {
  event: EventDto;
  /** Organization names by id, for the list; undefined while they load. */
  organizationNames: ReadonlyMap<string, string> | undefined;
  renderOrganizationField: (field: InvitationOrganizationSlot) => ReactNode;
}) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<CreatedInvitationDto | null>(null);
  return (
    <section aria-labelledby="invitations-heading">
      <ConsoleTitle area={t('organize.invitations.title')} event={event.name} />
      <h2 id="invitations-heading">{t('organize.invitations.title')}</h2>
      <p>{t('organize.invitations.intro')}</p>
      <InviteForm event={event} onCreated={setCreated} renderOrganizationField={renderOrganizationField} />
      {created && <CreatedLink invitation={created} event={event} />}
      <InvitationList event={event} organizationNames={organizationNames} />
    </section>
  );
}

function InviteForm({
  event,
  onCreated,
  renderOrganizationField,
}: {
  event: EventDto;
  onCreated: (invitation: CreatedInvitationDto) => void;
  renderOrganizationField: (field: InvitationOrganizationSlot) => ReactNode;
}) {
  const { t } = useTranslation();
  const create = useCreateInvitation(event.slug);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InvitedRole>('agency');
  const [organizationId, setOrganizationId] = useState('');
  const [language, setLanguage] = useState<'' | 'sv' | 'en'>('');
  const labels = {
    email: t('account.email'),
    role: t('organize.invitations.role'),
    organizationId: t('organize.invitations.organization'),
    language: t('organize.invitations.language'),
  };

  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    const parsed = CreateInvitationInput.safeParse({
      email,
      role,
      ...(role === 'agency' && organizationId ? { organizationId } : {}),
      ...(language ? { language } : {}),
    });
    if (!parsed.success) {
      const fields = problemsFromIssues(parsed.error.issues);
      // The organization is chosen from a list, not typed.
      if (fields['organizationId'])
        fields['organizationId'] = { ...fields['organizationId'], key: 'form.problem.choose' };
      return fail({ fields, form: null });
    }
    clear();
    create.mutate(parsed.data, {
      onSuccess: (invitation) => {
        onCreated(invitation);
        setEmail('');
      },
      onError: (error) => fail(problemsFromApiError(error, FIELDS)),
    });
  }

  return (
    <div className="panel">
      <h3>{t('organize.invitations.newTitle')}</h3>
      <ErrorSummary form={FORM} problems={problems} labels={labels} attempt={attempt} />
      <form noValidate onSubmit={submit} className="form" aria-busy={create.isPending || undefined}>
        <TextField
          id={fieldId(FORM, 'email')}
          label={labels.email}
          hint={t('organize.invitations.emailHint')}
          type="email"
          inputMode="email"
          autoComplete="off"
          spellCheck={false}
          value={email}
          onChange={(inputEvent) => setEmail(inputEvent.target.value)}
          problem={problems.fields['email']}
        />
        <RadioGroupField<InvitedRole>
          id={fieldId(FORM, 'role')}
          legend={labels.role}
          value={role}
          onChange={setRole}
          problem={problems.fields['role']}
          options={INVITED_ROLES.map((option) => ({
            value: option,
            label: t(`role.${option}`),
            hint: t(`organize.invitations.roleHints.${option}`),
          }))}
        />
        {role === 'agency' &&
          renderOrganizationField({
            id: fieldId(FORM, 'organizationId'),
            label: labels.organizationId,
            hint: t('organize.invitations.organizationHint'),
            value: organizationId,
            onChange: setOrganizationId,
            problem: problems.fields['organizationId'],
            allowCreate: true,
          })}
        <SelectField
          id={fieldId(FORM, 'language')}
          label={labels.language}
          hint={t('organize.invitations.languageHint')}
          optional
          value={language}
          onChange={(changeEvent) => setLanguage(changeEvent.target.value as '' | 'sv' | 'en')}
          problem={problems.fields['language']}
        >
          <option value="">{t('organize.invitations.languageDefault')}</option>
          <option value="sv" lang="sv">
            Svenska
          </option>
          <option value="en" lang="en">
            English
          </option>
        </SelectField>
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('organize.invitations.creating') : t('organize.invitations.create')}
        </button>
      </form>
    </div>
  );
}

/** The one-time link, shown once: the API keeps only a hash of its token. */
function CreatedLink({ invitation, event }: { invitation: CreatedInvitationDto; event: EventDto }) {
  const { t, i18n } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const link = invitationUrl(globalThis.location?.origin ?? 'http://localhost', invitation.acceptPath);
  useEffect(() => headingRef.current?.focus(), [invitation.id]);
  return (
    <div className="panel panel-highlight" aria-labelledby="created-invitation-heading">
      <h3 id="created-invitation-heading" ref={headingRef} tabIndex={-1}>
        {t('organize.invitations.createdTitle', { email: invitation.email })}
      </h3>
      <p>
        {t('organize.invitations.createdBody', {
          role: t(`role.${invitation.role}`),
          expires: formatDateTime(invitation.expiresAt, event.timezone, i18n.language),
        })}
      </p>
      <div className="field">
        <label htmlFor="invitation-link" className="field-label">
          {t('organize.invitations.link')}
        </label>
        <input
          id="invitation-link"
          className="input input-code"
          readOnly
          value={link}
          onFocus={(focusEvent) => focusEvent.currentTarget.select()}
        />
      </div>
      <p>
        {invitation.emailed
          ? t('organize.invitations.emailed', { email: invitation.email })
          : t('organize.invitations.notEmailed')}
      </p>
      <p className="strong">{t('organize.invitations.onlyOnce')}</p>
      <div className="button-row">
        <CopyButton
          text={link}
          label={t('organize.invitations.copy')}
          copiedMessage={t('organize.invitations.copied')}
        />
      </div>
    </div>
  );
}

function InvitationList({
  event,
  organizationNames,
}: {
  event: EventDto;
  organizationNames: ReadonlyMap<string, string> | undefined;
}) {
  const { t, i18n } = useTranslation();
  const invitations = useInvitations(event.slug);
  const revoke = useRevokeInvitation(event.slug);
  const [candidate, setCandidate] = useState<InvitationDto | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [revoked, setRevoked] = useState<string | null>(null);

  return (
    <section aria-labelledby="invitation-list-heading">
      <h3 id="invitation-list-heading">{t('organize.invitations.listTitle')}</h3>
      {revoke.isError && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={problemFromError(revoke.error)} />
        </p>
      )}
      <StatusMessage>{revoked ? t('organize.invitations.revoked', { email: revoked }) : null}</StatusMessage>
      <QueryState query={invitations}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">{t('organize.invitations.empty')}</p>
          ) : (
            <ScrollTable
              captionId="invitations-caption"
              caption={t('organize.invitations.caption', { count: list.length })}
            >
              <thead>
                <tr>
                  <th scope="col">{t('account.email')}</th>
                  <th scope="col">{t('organize.invitations.role')}</th>
                  <th scope="col">{t('organize.invitations.status')}</th>
                  <th scope="col">{t('organize.invitations.when')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('organize.members.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((invitation) => (
                  <tr key={invitation.id}>
                    <th scope="row" className="break">
                      {invitation.email}
                    </th>
                    <td>
                      <RoleBadge role={invitation.role} />
                      {invitation.organizationId && (
                        <span className="cell-note">
                          {organizationNames?.get(invitation.organizationId) ?? t('state.loading')}
                        </span>
                      )}
                    </td>
                    <td>
                      <span className={`badge badge-invitation-${invitation.status}`}>
                        {t(`organize.invitations.statuses.${invitation.status}`)}
                      </span>
                    </td>
                    <td className="nowrap">
                      {invitation.acceptedAt ? (
                        <>
                          {t('organize.invitations.acceptedAt')}{' '}
                          <time dateTime={invitation.acceptedAt}>
                            {formatDateTime(invitation.acceptedAt, event.timezone, i18n.language)}
                          </time>
                        </>
                      ) : (
                        <>
                          {t(
                            invitation.status === 'expired'
                              ? 'organize.invitations.expiredAt'
                              : 'organize.invitations.expiresAt',
                          )}{' '}
                          <time dateTime={invitation.expiresAt}>
                            {formatDateTime(invitation.expiresAt, event.timezone, i18n.language)}
                          </time>
                        </>
                      )}
                    </td>
                    <td>
                      {invitation.status !== 'accepted' && (
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          onClick={() => {
                            revoke.reset();
                            setRevoked(null);
                            setCandidate(invitation);
                            setConfirming(true);
                          }}
                        >
                          {t('organize.invitations.revoke')}
                          <span className="visually-hidden"> {invitation.email}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          )
        }
      </QueryState>
      {candidate && (
        <ConfirmDialog
          open={confirming}
          danger
          title={t('organize.invitations.revokeTitle', { email: candidate.email })}
          confirmLabel={t('organize.invitations.revoke')}
          cancelLabel={t('form.cancel')}
          busy={revoke.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            revoke.mutate(candidate.id, {
              onSuccess: () => setRevoked(candidate.email),
              onSettled: () => setConfirming(false),
            })
          }
        >
          <p>{t('organize.invitations.revokeBody', { email: candidate.email })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
