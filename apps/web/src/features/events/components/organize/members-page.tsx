import type { EventMemberDto } from '@hackboard/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { ProblemText } from '../../../../components/ui/problem-text';
import { QueryState } from '../../../../components/ui/query-state';
import { RoleBadge } from '../../../../components/ui/role-badge';
import { StatusMessage } from '../../../../components/ui/status-message';
import { formatDate } from '../../../../lib/format';
import { problemFromError } from '../../../../lib/form-errors';
import { useMe } from '../../../../lib/session';
import { useMembers } from '../../api/get-members';
import { useRemoveMember } from '../../api/remove-member';
import { ConsoleTitle } from '../../../../components/ui/console-title';
import { useConsoleEvent } from '../../../../lib/console-event';
import { ScrollTable } from '../../../../components/ui/scroll-table';

export function MembersPage() {
  const { t, i18n } = useTranslation();
  const event = useConsoleEvent();
  const me = useMe();
  const members = useMembers(event.slug);
  const remove = useRemoveMember(event.slug);
  const [candidate, setCandidate] = useState<EventMemberDto | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [removed, setRemoved] = useState<EventMemberDto | null>(null);

  return (
    <section aria-labelledby="members-heading">
      <ConsoleTitle area={t('organize.members.title')} event={event.name} />
      <h2 id="members-heading">{t('organize.members.title')}</h2>
      <p>{t('organize.members.intro')}</p>
      {remove.isError && (
        <p role="alert" className="notice notice-error">
          <ProblemText problem={problemFromError(remove.error)} />
        </p>
      )}
      <StatusMessage>
        {removed ? t('organize.members.removed', { name: removed.displayName, role: t(`role.${removed.role}`) }) : null}
      </StatusMessage>
      <QueryState query={members}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">{t('organize.members.empty')}</p>
          ) : (
            <ScrollTable captionId="members-caption" caption={t('organize.members.caption', { count: list.length })}>
              <thead>
                <tr>
                  <th scope="col">{t('organize.members.name')}</th>
                  <th scope="col">{t('account.email')}</th>
                  <th scope="col">{t('organize.members.role')}</th>
                  <th scope="col">{t('organize.members.since')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('organize.members.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((member) => (
                  <tr key={member.id}>
                    <th scope="row">
                      {member.displayName}
                      {member.userId === me.data?.id && <span className="muted"> ({t('organize.members.you')})</span>}
                    </th>
                    <td className="break">{member.email ?? '–'}</td>
                    <td>
                      <RoleBadge role={member.role} />
                    </td>
                    <td>
                      <time dateTime={member.since}>{formatDate(member.since, event.timezone, i18n.language)}</time>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        onClick={() => {
                          remove.reset();
                          setRemoved(null);
                          setCandidate(member);
                          setConfirming(true);
                        }}
                      >
                        {t('organize.members.remove')}
                        <span className="visually-hidden">
                          {' '}
                          {t('organize.members.removeWho', {
                            name: member.displayName,
                            role: t(`role.${member.role}`),
                          })}
                        </span>
                      </button>
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
          title={t('organize.members.confirmTitle', { name: candidate.displayName })}
          confirmLabel={t('organize.members.confirm')}
          cancelLabel={t('form.cancel')}
          busy={remove.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            remove.mutate(candidate.id, {
              onSuccess: () => setRemoved(candidate),
              onSettled: () => setConfirming(false),
            })
          }
        >
          <p>
            {t('organize.members.confirmBody', {
              name: candidate.displayName,
              role: t(`role.${candidate.role}`),
              event: event.name,
            })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
