import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { useChallengeBuiltOn } from '../api/get-built-on';
import { DatasetUses } from './dataset-uses';

/** On a challenge page: what was built on the challenge's data sets, in this and other events. */
export function ChallengeBuiltOn({ slug, challengeId }: { slug: string; challengeId: string }) {
  const { t } = useTranslation();
  const builtOn = useChallengeBuiltOn(slug, challengeId);
  return (
    <section aria-labelledby="challenge-built-on-heading">
      <h2 id="challenge-built-on-heading">{t('openData.builtOnChallenge')}</h2>
      <QueryState query={builtOn}>{(data) => <DatasetUses uses={data.datasets} headingLevel={3} />}</QueryState>
    </section>
  );
}
