import { ProfileInput, type ProfileDto } from '@hackboard/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { CheckboxField, TextAreaField, TextField } from '../../../components/ui/form-fields';
import { StatusMessage } from '../../../components/ui/status-message';
import { fieldId, problemsFromApiError, problemsFromIssues } from '../../../lib/form-errors';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useSaveProfile } from '../api/change-finder';
import type { ChallengeOption } from './finder-filters';
import { ChallengePicker, SkillPicker, splitList } from './skill-picker';

const FORM = 'finder-profile';

/** The participant's profile in the event: seen by the event's participants and organizers only. */
export function ProfileForm({
  slug,
  profile,
  skills,
  challenges = [],
}: {
  slug: string;
  profile: ProfileDto;
  skills: string[];
  challenges?: readonly ChallengeOption[];
}) {
  const { t } = useTranslation();
  const save = useSaveProfile(slug);
  const { problems, attempt, fail, clear } = useFormProblems();
  const [picked, setPicked] = useState(profile.skills);
  const [tags, setTags] = useState(profile.tags.join(', '));
  const [bio, setBio] = useState(profile.bio);
  const [languages, setLanguages] = useState(profile.languages.join(', '));
  const [lookingForTeam, setLooking] = useState(profile.lookingForTeam);
  const [wantsToWorkOn, setWants] = useState(profile.wantsToWorkOn);
  const [challengeIds, setChallengeIds] = useState(profile.challengeIds);
  const [saved, setSaved] = useState(false);
  const labels = {
    skills: t('finder.skills'),
    tags: t('finder.tags'),
    bio: t('finder.bio'),
    languages: t('finder.languages'),
    wantsToWorkOn: t('finder.wantsToWorkOn'),
    lookingForTeam: t('finder.lookingForTeam'),
    challengeIds: t('finder.challenges'),
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const parsed = ProfileInput.safeParse({
      skills: picked,
      tags: splitList(tags),
      bio,
      languages: splitList(languages),
      lookingForTeam,
      wantsToWorkOn,
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
    <section className="panel" aria-labelledby="finder-profile-heading">
      <h2 id="finder-profile-heading">{t('finder.profileTitle')}</h2>
      <p className="muted">{t('finder.profileIntro')}</p>
      <ErrorSummary form={FORM} problems={problems} labels={labels} attempt={attempt} />
      <StatusMessage>{saved ? t('finder.profileSaved') : null}</StatusMessage>
      <form noValidate onSubmit={submit} aria-busy={save.isPending || undefined}>
        <SkillPicker
          id={fieldId(FORM, 'skills')}
          legend={labels.skills}
          skills={skills}
          picked={picked}
          onChange={setPicked}
          problem={problems.fields['skills']}
        />
        <TextField
          id={fieldId(FORM, 'tags')}
          label={labels.tags}
          hint={t('finder.tagsHint')}
          optional
          value={tags}
          onChange={(event) => setTags(event.target.value)}
          problem={problems.fields['tags']}
        />
        <TextField
          id={fieldId(FORM, 'languages')}
          label={labels.languages}
          hint={t('finder.languagesHint')}
          optional
          value={languages}
          onChange={(event) => setLanguages(event.target.value)}
          problem={problems.fields['languages']}
        />
        <TextAreaField
          id={fieldId(FORM, 'bio')}
          label={labels.bio}
          optional
          maxLength={1000}
          value={bio}
          onChange={(event) => setBio(event.target.value)}
          problem={problems.fields['bio']}
        />
        <ChallengePicker
          id={fieldId(FORM, 'challengeIds')}
          legend={labels.challengeIds}
          challenges={challenges}
          picked={challengeIds}
          onChange={setChallengeIds}
          problem={problems.fields['challengeIds']}
        />
        <TextAreaField
          id={fieldId(FORM, 'wantsToWorkOn')}
          label={labels.wantsToWorkOn}
          optional
          maxLength={500}
          value={wantsToWorkOn}
          onChange={(event) => setWants(event.target.value)}
          problem={problems.fields['wantsToWorkOn']}
        />
        <CheckboxField
          id={fieldId(FORM, 'lookingForTeam')}
          label={labels.lookingForTeam}
          hint={t('finder.lookingForTeamHint')}
          checked={lookingForTeam}
          onChange={setLooking}
        />
        <button type="submit" className="button" disabled={save.isPending}>
          {t('finder.saveProfile')}
        </button>
      </form>
    </section>
  );
}
