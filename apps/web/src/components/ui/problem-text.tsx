import { useTranslation } from 'react-i18next';
import type { Problem } from '../../lib/form-errors';

/** A problem in the interface language; a message the app has no wording for stays in English, marked so. */
export function ProblemText({ problem }: { problem: Problem }) {
  const { t } = useTranslation();
  if (!problem.key) return <span lang="en">{problem.message}</span>;
  const values = { ...problem.values };
  if (typeof values['milestone'] === 'string') values['milestone'] = t(`timeline.${values['milestone']}`);
  // A page whose strings have not loaded yet still says something true.
  return <>{t(problem.key, { ...values, defaultValue: problem.message })}</>;
}
