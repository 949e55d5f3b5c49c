import { TeamListingInput, type TeamListingDto } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { CheckboxField, TextAreaField, TextField } from '../../../components/ui/form-fields';
import { StatusMessage } from '../../../components/ui/status-message';
import { fieldId, problemsFromApiError, problemsFromIssues } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useSaveListing } from '../api/change-finder';
import type { ChallengeOption } from './finder-filters';
import { ChallengePicker, splitList } from './skill-picker';

const FORM = 'finder-listing';

/** What the team shows in the finder: whether it looks for members, the skills it wants, its pitch. */
export function ListingForm({
  slug,
  listing,
  challenges = [],
}: {
  slug: string;
  listing: TeamListingDto;
  challenges?: readonly ChallengeOption[];
}) {
  const { t } = useTranslation();
  const save = useSaveListing(slug, listing.teamId);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [looking, setLooking] = useState(listing.lookingForMembers);
  const [wanted, setWanted] = useState(listing.wantedSkills.join(', '));
  const [pitch, setPitch] = useState(listing.pitch);
  const [challengeIds, setChallengeIds] = useState(listing.challengeIds);
  const [saved, setSaved] = useState(false);
  const labels = {
    lookingForMembers: t('finder.lookingForMembers'),
    wantedSkills: t('finder.wantedSkills'),
    pitch: t('finder.pitch'),
    challengeIds: t('finder.teamChallenges'),
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const parsed = TeamListingInput.safeParse({
      lookingForMembers: looking,
      wantedSkills: splitList(wanted),
      pitch,
      challengeIds,
    });
    if (!parsed.success) return fail({ fields: problemsFromIssues(parsed.error.issues), form: null });
    clear();
    save.mutate(parsed.data, {
      onSuccess: () => setSaved(true),
      onError: (error) => fail(problemsFromApiError(error, Object.keys(labels))),
    });
  }

  return (
    <section className="panel" aria-labelledby="finder-listing-heading">
      <h2 id="finder-listing-heading">{t('finder.listingTitle', { team: listing.name })}</h2>
      <ErrorSummary form={FORM} problems={problems} labels={labels} attempt={attempt} />
      <StatusMessage>{saved ? t('finder.listingSaved') : null}</StatusMessage>
      <form noValidate onSubmit={submit} aria-busy={save.isPending || undefined}>
        <CheckboxField
          id={fieldId(FORM, 'lookingForMembers')}
          label={labels.lookingForMembers}
          checked={looking}
          onChange={setLooking}
        />
        <TextField
          id={fieldId(FORM, 'wantedSkills')}
          label={labels.wantedSkills}
          hint={t('finder.tagsHint')}
          optional
          value={wanted}
          onChange={(event) => setWanted(event.target.value)}
          problem={problems.fields['wantedSkills']}
        />
        <TextAreaField
          id={fieldId(FORM, 'pitch')}
          label={labels.pitch}
          optional
          maxLength={1000}
          value={pitch}
          onChange={(event) => setPitch(event.target.value)}
          problem={problems.fields['pitch']}
        />
        <ChallengePicker
          id={fieldId(FORM, 'challengeIds')}
          legend={labels.challengeIds}
          challenges={challenges}
          picked={challengeIds}
          onChange={setChallengeIds}
          problem={problems.fields['challengeIds']}
        />
        <button type="submit" className="button" disabled={save.isPending}>
          {t('finder.saveListing')}
        </button>
      </form>
    </section>
  );
}
