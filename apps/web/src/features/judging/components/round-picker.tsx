import type { RoundDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField } from '../../../components/ui/form-fields';

/** The round a console page works on: `?round=<id>`, else the first round. */
export function useSelectedRound(rounds: readonly RoundDto[]): [RoundDto | null, (roundId: string) => void] {
  const [search, setSearch] = useSearchParams();
  const wanted = search.get('round');
  const round = rounds.find((candidate) => candidate.id === wanted) ?? rounds[0] ?? null;
  return [round, (roundId) => setSearch({ round: roundId }, { replace: true })];
}

export function RoundPicker({
  id,
  rounds,
  value,
  onChange,
}: {
  id: string;
  rounds: readonly RoundDto[];
  value: string;
  onChange: (roundId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={t('judging.rounds.round')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      {rounds.map((round) => (
        <option key={round.id} value={round.id}>
          {round.name}
        </option>
      ))}
    </SelectField>
  );
}

/** A round's state in words: locked, scoring, or open for changes. */
export function RoundStatus({ round }: { round: Pick<RoundDto, 'lockedAt' | 'scoringStarted'> }) {
  const { t } = useTranslation();
  if (round.lockedAt) return <span className="badge badge-status-draft">{t('judging.rounds.status.locked')}</span>;
  if (round.scoringStarted) return <span className="badge badge-judging">{t('judging.rounds.status.scoring')}</span>;
  return <span className="badge">{t('judging.rounds.status.open')}</span>;
}
