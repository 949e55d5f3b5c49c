import { picturePaths } from '../../pictures/api/pictures';
import { Picture } from '../../pictures/components/picture';
import { type EventDto, RenameTeamInput, type TeamDto } from '@hackboard/contracts';
import { type FormEvent, type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { CopyButton } from '../../../components/ui/copy-button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { SelectField, TextField } from '../../../components/ui/form-fields';
import { ProblemText } from '../../../components/ui/problem-text';
import { StatusMessage } from '../../../components/ui/status-message';
import { fieldId, problemFromError, problemsFromApiError, problemsFromIssues } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useLeaveTeam } from '../api/leave-team';
import { useRenameTeam } from '../api/rename-team';
import { useRotateInviteCode } from '../api/rotate-invite-code';
import { useTransferCaptaincy } from '../api/transfer-captaincy';
import { formatInviteCode, teamJoinUrl } from '../utils/invite-link';

/** The team: its members, the invite link, the captain's tools and the way out. */
export function TeamDetails({
  event,
  team,
  userId,
  locked,
  headingRef,
  onLeft,
}: {
  event: EventDto;
  team: TeamDto;
  userId: string;
  /** After the deadline the team holds still: everything is shown, nothing can change. */
  locked: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onLeft: () => void;
}) {
  const { t } = useTranslation();
  const isCaptain = team.captainId === userId;
  const [status, setStatus] = useState<string | null>(null);

  return (
    <section aria-labelledby="team-heading" className="panel team-panel">
      <Picture path={picturePaths.avatar(event.slug, team.id)} sizes="4rem" className="team-avatar" lazy={false} />
      <h2 id="team-heading" ref={headingRef} tabIndex={-1}>
        {team.name}
      </h2>
      <p className="muted">{t('team.size', { count: team.size, max: team.maxSize })}</p>
      <StatusMessage>{status}</StatusMessage>

      <h3>{t('team.members')}</h3>
      <ul className="member-list">
        {team.members.map((member) => (
          <li key={member.userId}>
            <span>{member.displayName}</span>
            {member.userId === userId && <span className="muted"> ({t('team.you')})</span>}
            {member.isCaptain && <span className="badge badge-captain">{t('team.captain')}</span>}
          </li>
        ))}
      </ul>
      {team.captainId === null && <p className="muted">{t('team.noCaptain')}</p>}

      {!locked && <InvitePanel event={event} team={team} isCaptain={isCaptain} onStatus={setStatus} />}
      {!locked && isCaptain && <CaptainTools event={event} team={team} userId={userId} onStatus={setStatus} />}
      {!locked && <LeaveTeam event={event} team={team} userId={userId} onLeft={onLeft} />}
    </section>
  );
}

function InvitePanel({
  event,
  team,
  isCaptain,
  onStatus,
}: {
  event: EventDto;
  team: TeamDto;
  isCaptain: boolean;
  onStatus: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const rotate = useRotateInviteCode(event.slug, team.id);
  const [confirming, setConfirming] = useState(false);
  const link = teamJoinUrl(globalThis.location?.origin ?? 'http://localhost', event.slug, team.inviteCode);
  const places = team.maxSize - team.size;
  return (
    <div className="invite-panel">
      <h3>{t('team.inviteTitle')}</h3>
      <p>{places > 0 ? t('team.invitePlaces', { count: places }) : t('team.full')}</p>
      <div className="field">
        <label htmlFor="team-invite-link" className="field-label">
          {t('team.inviteLink')}
        </label>
        <input
          id="team-invite-link"
          className="input input-code"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <p>
        {t('team.inviteCode')}: <code className="invite-code">{formatInviteCode(team.inviteCode)}</code>
      </p>
      <div className="button-row">
        <CopyButton text={link} label={t('team.copyLink')} copiedMessage={t('team.copied')} />
        {isCaptain && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              rotate.reset();
              setConfirming(true);
            }}
          >
            {t('team.rotate')}
          </button>
        )}
      </div>
      {rotate.isError && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={problemFromError(rotate.error)} />
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('team.rotateConfirmTitle')}
        confirmLabel={t('team.rotateConfirm')}
        cancelLabel={t('form.cancel')}
        busy={rotate.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          rotate.mutate(undefined, {
            onSuccess: (updated) => onStatus(t('team.rotated', { code: formatInviteCode(updated.inviteCode) })),
            onSettled: () => setConfirming(false),
          })
        }
      >
        <p>{t('team.rotateConfirmBody')}</p>
      </ConfirmDialog>
    </div>
  );
}

const RENAME_FORM = 'team-rename';

function CaptainTools({
  event,
  team,
  userId,
  onStatus,
}: {
  event: EventDto;
  team: TeamDto;
  userId: string;
  onStatus: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const rename = useRenameTeam(event.slug, team.id);
  const transfer = useTransferCaptaincy(event.slug, team.id);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [name, setName] = useState(team.name);
  const others = team.members.filter((member) => member.userId !== userId);
  const [successor, setSuccessor] = useState('');
  const [confirming, setConfirming] = useState(false);
  const chosen = others.find((member) => member.userId === successor);

  function submitRename(formEvent: FormEvent) {
    formEvent.preventDefault();
    onStatus(null);
    const parsed = RenameTeamInput.safeParse({ name });
    if (!parsed.success) return fail({ fields: problemsFromIssues(parsed.error.issues), form: null });
    clear();
    if (parsed.data.name === team.name) return onStatus(t('form.nothingToSave'));
    rename.mutate(parsed.data, {
      onSuccess: (updated) => onStatus(t('team.renamed', { name: updated.name })),
      onError: (error) => fail(problemsFromApiError(error, ['name'])),
    });
  }

  return (
    <div className="captain-tools">
      <h3>{t('team.captainTools')}</h3>
      <ErrorSummary form={RENAME_FORM} problems={problems} labels={{ name: t('team.name') }} attempt={attempt} />
      <form noValidate onSubmit={submitRename} className="inline-form" aria-busy={rename.isPending || undefined}>
        <TextField
          id={fieldId(RENAME_FORM, 'name')}
          label={t('team.rename')}
          maxLength={100}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          problem={problems.fields['name']}
        />
        <button type="submit" className="button button-secondary" disabled={rename.isPending}>
          {rename.isPending ? t('form.saving') : t('team.saveName')}
        </button>
      </form>

      {others.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(formEvent) => {
            formEvent.preventDefault();
            if (!chosen) return;
            transfer.reset();
            setConfirming(true);
          }}
        >
          <SelectField
            id="team-transfer"
            label={t('team.transfer')}
            hint={t('team.transferHint')}
            value={successor}
            onChange={(event) => setSuccessor(event.target.value)}
          >
            <option value="">{t('team.chooseMember')}</option>
            {others.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.displayName}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button button-secondary" disabled={!chosen}>
            {t('team.makeCaptain')}
          </button>
        </form>
      )}
      {transfer.isError && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={problemFromError(transfer.error)} />
        </p>
      )}
      {chosen && (
        <ConfirmDialog
          open={confirming}
          title={t('team.transferConfirmTitle', { name: chosen.displayName })}
          confirmLabel={t('team.makeCaptain')}
          cancelLabel={t('form.cancel')}
          busy={transfer.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            transfer.mutate(chosen.userId, {
              onSuccess: () => {
                setSuccessor('');
                onStatus(t('team.transferred', { name: chosen.displayName }));
              },
              onSettled: () => setConfirming(false),
            })
          }
        >
          <p>{t('team.transferConfirmBody', { name: chosen.displayName })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function LeaveTeam({
  event,
  team,
  userId,
  onLeft,
}: {
  event: EventDto;
  team: TeamDto;
  userId: string;
  onLeft: () => void;
}) {
  const { t } = useTranslation();
  const leave = useLeaveTeam(event.slug, team.id);
  const [confirming, setConfirming] = useState(false);
  const successor = team.members
    .filter((member) => member.userId !== userId)
    .sort((a, b) => a.joinedAt.localeCompare(b.joinedAt))[0];
  const body =
    team.members.length <= 1
      ? t('team.leaveLast', { team: team.name })
      : team.captainId === userId && successor
        ? t('team.leaveCaptain', { team: team.name, name: successor.displayName })
        : t('team.leaveBody', { team: team.name });
  return (
    <div className="leave-team">
      <h3>{t('team.leaveTitle')}</h3>
      <button
        type="button"
        className="button button-secondary button-danger-outline"
        onClick={() => {
          leave.reset();
          setConfirming(true);
        }}
      >
        {t('team.leave')}
      </button>
      {leave.isError && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={problemFromError(leave.error)} />
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        danger
        title={t('team.leaveConfirmTitle', { team: team.name })}
        confirmLabel={t('team.leave')}
        cancelLabel={t('form.cancel')}
        busy={leave.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          leave.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              onLeft();
            },
            onError: () => setConfirming(false),
          })
        }
      >
        <p>{body}</p>
      </ConfirmDialog>
    </div>
  );
}
