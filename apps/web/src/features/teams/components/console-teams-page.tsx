import type { EventDto } from '@hackboard/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsoleTitle } from '../../../components/ui/console-title';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { useTeams } from '../api/get-teams';
import { formatInviteCode } from '../utils/invite-link';
import { ScrollTable } from '../../../components/ui/scroll-table';

/** The console's teams: every team with its members and captain, searchable by team or member name. */
export function ConsoleTeamsPage({ event }: { event: EventDto }) {
  const { t, i18n } = useTranslation();
  const teams = useTeams(event.slug);
  const [search, setSearch] = useState('');
  const needle = search.trim().toLocaleLowerCase();

  return (
    <section aria-labelledby="console-teams-heading">
      <ConsoleTitle area={t('organize.teams.title')} event={event.name} />
      <h2 id="console-teams-heading">{t('organize.teams.title')}</h2>
      <p>{t('organize.teams.intro', { count: event.maxTeamSize })}</p>
      <QueryState query={teams}>
        {(page) => {
          if (page.items.length === 0) return <p className="empty">{t('organize.teams.empty')}</p>;
          const shown = needle
            ? page.items.filter(
                (team) =>
                  team.name.toLocaleLowerCase().includes(needle) ||
                  team.members.some((member) => member.displayName.toLocaleLowerCase().includes(needle)),
              )
            : page.items;
          const people = page.items.reduce((sum, team) => sum + team.size, 0);
          return (
            <>
              <div className="field filter-field">
                <label htmlFor="teams-search" className="field-label">
                  {t('organize.teams.search')}
                </label>
                <input
                  id="teams-search"
                  type="search"
                  className="input"
                  value={search}
                  onChange={(inputEvent) => setSearch(inputEvent.target.value)}
                  aria-describedby="teams-count"
                />
              </div>
              <p id="teams-count" className="muted">
                {t('organize.teams.summary', { count: page.total, people })}
              </p>
              {shown.length === 0 ? (
                <p className="empty">{t('organize.teams.noMatch')}</p>
              ) : (
                <ScrollTable captionId="teams-caption" caption={t('organize.teams.caption', { count: shown.length })}>
                  <thead>
                    <tr>
                      <th scope="col">{t('organize.teams.team')}</th>
                      <th scope="col">{t('organize.teams.members')}</th>
                      <th scope="col">{t('organize.teams.size')}</th>
                      <th scope="col">{t('team.inviteCode')}</th>
                      <th scope="col">{t('organize.teams.created')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((team) => (
                      <tr key={team.id}>
                        <th scope="row">{team.name}</th>
                        <td>
                          {team.members.length === 0 ? (
                            <span className="muted">{t('organize.teams.noMembers')}</span>
                          ) : (
                            <ul className="plain-list">
                              {team.members.map((member) => (
                                <li key={member.userId}>
                                  {member.displayName}
                                  {member.isCaptain && <span className="badge badge-captain">{t('team.captain')}</span>}
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                        <td className="nowrap">{t('organize.teams.sizeOf', { size: team.size, max: team.maxSize })}</td>
                        <td>
                          <code className="invite-code">{formatInviteCode(team.inviteCode)}</code>
                        </td>
                        <td className="nowrap">
                          <time dateTime={team.createdAt}>
                            {formatDateTime(team.createdAt, event.timezone, i18n.language)}
                          </time>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </ScrollTable>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
