import { FormTeamInput } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextField } from '../../../components/ui/form-fields';
import { QueryState } from '../../../components/ui/query-state';
import { StatusMessage } from '../../../components/ui/status-message';
import { fieldId, problemsFromApiError, problemsFromIssues } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useFormTeam } from '../api/change-finder';
import { useUnteamed } from '../api/get-finder';

const FORM = 'finder-form-team';

/** For organizers: participants still without a team, and a form to make a team of some of them. */
export function UnteamedPanel({ slug, maxTeamSize }: { slug: string; maxTeamSize: number }) {
  const { t } = useTranslation();
  const unteamed = useUnteamed(slug);
  const form = useFormTeam(slug);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const labels = { name: t('finder.newTeamName'), userIds: t('finder.members', { max: maxTeamSize }) };

  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const parsed = FormTeamInput.safeParse({ name, userIds: chosen });
    if (!parsed.success) return fail({ fields: problemsFromIssues(parsed.error.issues), form: null });
    clear();
    form.mutate(parsed.data, {
      onSuccess: (team) => {
        setStatus(t('finder.formed', { team: team.name, count: team.size }));
        setName('');
        setChosen([]);
      },
      onError: (error) => fail(problemsFromApiError(error, Object.keys(labels))),
    });
  }

  return (
    <section className="panel" aria-labelledby="finder-unteamed-heading">
      <h2 id="finder-unteamed-heading">{t('finder.unteamedTitle')}</h2>
      <StatusMessage>{status}</StatusMessage>
      <QueryState query={unteamed}>
        {(loaded) =>
          loaded.items.length === 0 ? (
            <p className="muted">{t('finder.everyoneInTeam')}</p>
          ) : (
            <>
              <ErrorSummary form={FORM} problems={problems} labels={labels} attempt={attempt} />
              <form noValidate onSubmit={submit} aria-busy={form.isPending || undefined}>
                <fieldset className="field fieldset" id={fieldId(FORM, 'userIds')} tabIndex={-1}>
                  <legend className="field-label">{labels.userIds}</legend>
                  <div className="checkbox-group">
                    {loaded.items.map((person) => (
                      <div key={person.userId} className="checkbox-row">
                        <input
                          id={`${FORM}-${person.userId}`}
                          type="checkbox"
                          checked={chosen.includes(person.userId)}
                          onChange={(change) =>
                            setChosen((current) =>
                              change.target.checked
                                ? [...current, person.userId]
                                : current.filter((id) => id !== person.userId),
                            )
                          }
                        />
                        <label htmlFor={`${FORM}-${person.userId}`}>
                          {person.displayName}
                          {person.skills.length > 0 ? ` (${person.skills.join(', ')})` : ''}
                          {person.lookingForTeam ? ` – ${t('finder.looking')}` : ''}
                        </label>
                      </div>
                    ))}
                  </div>
                </fieldset>
                <TextField
                  id={fieldId(FORM, 'name')}
                  label={labels.name}
                  maxLength={100}
                  value={name}
                  onChange={(event) => setName(event.target.value)}
                  problem={problems.fields['name']}
                />
                <button type="submit" className="button" disabled={form.isPending}>
                  {t('finder.formTeam')}
                </button>
              </form>
            </>
          )
        }
      </QueryState>
    </section>
  );
}
