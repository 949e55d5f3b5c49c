import { JUDGING_MODES, LEADERBOARD_VISIBILITIES, SCORE_NORMALIZATIONS } from '@hackboard/contracts';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CheckboxField,
  RadioGroupField,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../../components/ui/form-fields';
import { type FieldProblems, fieldId } from '../../../../lib/form-errors';
import { renderMarkdown } from '../../../../lib/markdown';
import type { EventFormValues } from '../../utils/event-form';
import { MILESTONES } from '../../utils/milestones';
import { timeZoneChoices } from '../../utils/time-zones';

export const EVENT_FORM = 'event';

/** The label of every field path, for the error summary. */
export function useEventFieldLabels(): Record<string, string> {
  const { t } = useTranslation();
  const labels: Record<string, string> = {
    slug: t('eventForm.slug'),
    name: t('eventForm.name'),
    tagline: t('eventForm.tagline'),
    description: t('eventForm.description'),
    timezone: t('eventForm.timezone'),
    maxTeamSize: t('eventForm.maxTeamSize'),
    judgingMode: t('eventForm.judgingMode'),
    leaderboardVisibility: t('eventForm.leaderboardVisibility'),
    scoreNormalization: t('eventForm.scoreNormalization'),
    audienceVote: t('eventForm.audienceVote'),
    requireCatalogueDataset: t('eventForm.requireCatalogueDataset'),
    requireVerifiedEmail: t('eventForm.requireVerifiedEmail'),
    isPublic: t('eventForm.isPublic'),
  };
  for (const key of MILESTONES) labels[`timeline.${key}`] = t(`timeline.${key}`);
  return labels;
}

/** The event's settings as form fields, shared by "create event" and the console's settings. */
export function EventFormFields({
  mode,
  values,
  problems,
  onChange,
  onSlugEdited,
}: {
  mode: 'create' | 'edit';
  values: EventFormValues;
  problems: FieldProblems;
  onChange: (patch: Partial<EventFormValues>) => void;
  onSlugEdited?: () => void;
}) {
  const { t } = useTranslation();
  const labels = useEventFieldLabels();
  const id = (path: string) => fieldId(EVENT_FORM, path);
  const [preview, setPreview] = useState(false);
  const previewId = useId();
  const [renderedAt] = useState(() => Date.now());
  const zones = useMemo(() => timeZoneChoices(values.timezone, renderedAt), [values.timezone, renderedAt]);
  const previewHtml = useMemo(() => (preview ? renderMarkdown(values.description) : ''), [preview, values.description]);

  return (
    <>
      <fieldset className="form-group">
        <legend>{t('eventForm.basics')}</legend>
        <TextField
          id={id('name')}
          label={labels['name']}
          value={values.name}
          maxLength={200}
          onChange={(event) => onChange({ name: event.target.value })}
          problem={problems['name']}
        />
        {mode === 'create' && (
          <TextField
            id={id('slug')}
            label={labels['slug']}
            hint={t('eventForm.slugHint', { example: values.slug || 'open-data-hack-2027' })}
            value={values.slug}
            maxLength={80}
            spellCheck={false}
            autoCapitalize="none"
            onChange={(event) => {
              onSlugEdited?.();
              onChange({ slug: event.target.value });
            }}
            problem={problems['slug']}
          />
        )}
        <TextField
          id={id('tagline')}
          label={labels['tagline']}
          hint={t('eventForm.taglineHint')}
          optional
          value={values.tagline}
          maxLength={300}
          onChange={(event) => onChange({ tagline: event.target.value })}
          problem={problems['tagline']}
        />
        <TextAreaField
          id={id('description')}
          label={labels['description']}
          hint={t('eventForm.descriptionHint')}
          optional
          rows={8}
          value={values.description}
          onChange={(event) => onChange({ description: event.target.value })}
          problem={problems['description']}
        >
          <button
            type="button"
            className="button button-secondary button-small"
            aria-expanded={preview}
            aria-controls={previewId}
            onClick={() => setPreview((shown) => !shown)}
          >
            {preview ? t('eventForm.hidePreview') : t('eventForm.showPreview')}
          </button>
          <section id={previewId} hidden={!preview} aria-label={t('eventForm.preview')} className="preview">
            {preview &&
              (values.description.trim() ? (
                <div className="prose" dangerouslySetInnerHTML={{ __html: previewHtml }} />
              ) : (
                <p className="muted">{t('eventForm.previewEmpty')}</p>
              ))}
          </section>
        </TextAreaField>
      </fieldset>

      <fieldset className="form-group">
        <legend>{t('events.timeline')}</legend>
        <SelectField
          id={id('timezone')}
          label={labels['timezone']}
          hint={t('eventForm.timezoneHint')}
          value={values.timezone}
          onChange={(event) => onChange({ timezone: event.target.value })}
          problem={problems['timezone']}
        >
          {zones.map((zone) => (
            <option key={zone.value} value={zone.value}>
              {zone.label}
            </option>
          ))}
        </SelectField>
        <p className="muted" id={`${EVENT_FORM}-timeline-note`}>
          {t('eventForm.timelineHint', { timezone: values.timezone })}
        </p>
        <div className="field-grid">
          {MILESTONES.map((key) => (
            <TextField
              key={key}
              id={id(`timeline.${key}`)}
              label={labels[`timeline.${key}`]}
              type="datetime-local"
              step={60}
              optional={key === 'resultsPublishedAt'}
              hint={key === 'resultsPublishedAt' ? t('eventForm.resultsHint') : undefined}
              value={values.timeline[key]}
              onChange={(event) => onChange({ timeline: { ...values.timeline, [key]: event.target.value } })}
              problem={problems[`timeline.${key}`]}
              aria-describedby={`${EVENT_FORM}-timeline-note`}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="form-group">
        <legend>{t('eventForm.teamsAndJudging')}</legend>
        <TextField
          id={id('maxTeamSize')}
          label={labels['maxTeamSize']}
          hint={t('eventForm.maxTeamSizeHint')}
          type="number"
          inputMode="numeric"
          min={1}
          max={50}
          className="input-short"
          value={values.maxTeamSize}
          onChange={(event) => onChange({ maxTeamSize: event.target.value })}
          problem={problems['maxTeamSize']}
        />
        <RadioGroupField
          id={id('judgingMode')}
          legend={labels['judgingMode']}
          value={values.judgingMode}
          onChange={(judgingMode) => onChange({ judgingMode })}
          problem={problems['judgingMode']}
          options={JUDGING_MODES.map((mode) => ({
            value: mode,
            label: t(`eventForm.judgingModes.${mode}`),
            hint: t(`eventForm.judgingModeHints.${mode}`),
          }))}
        />
        <RadioGroupField
          id={id('leaderboardVisibility')}
          legend={labels['leaderboardVisibility']}
          value={values.leaderboardVisibility}
          onChange={(leaderboardVisibility) => onChange({ leaderboardVisibility })}
          problem={problems['leaderboardVisibility']}
          options={LEADERBOARD_VISIBILITIES.map((visibility) => ({
            value: visibility,
            label: t(`eventForm.visibilities.${visibility}`),
            hint: t(`eventForm.visibilityHints.${visibility}`),
          }))}
        />
        {mode === 'edit' && (
          <RadioGroupField
            id={id('scoreNormalization')}
            legend={labels['scoreNormalization']}
            hint={t('eventForm.scoreNormalizationHint')}
            value={values.scoreNormalization}
            onChange={(scoreNormalization) => onChange({ scoreNormalization })}
            problem={problems['scoreNormalization']}
            options={SCORE_NORMALIZATIONS.map((method) => ({
              value: method,
              label: t(`eventForm.scoreNormalizations.${method}`),
              hint: t(`eventForm.scoreNormalizationHints.${method}`),
            }))}
          />
        )}
        <CheckboxField
          id={id('audienceVote')}
          label={labels['audienceVote']}
          hint={t('eventForm.audienceVoteHint')}
          checked={values.audienceVote}
          onChange={(audienceVote) => onChange({ audienceVote })}
          problem={problems['audienceVote']}
        />
        <CheckboxField
          id={id('requireCatalogueDataset')}
          label={labels['requireCatalogueDataset']}
          hint={t('eventForm.requireCatalogueDatasetHint')}
          checked={values.requireCatalogueDataset}
          onChange={(requireCatalogueDataset) => onChange({ requireCatalogueDataset })}
          problem={problems['requireCatalogueDataset']}
        />
        <CheckboxField
          id={id('requireVerifiedEmail')}
          label={labels['requireVerifiedEmail']}
          hint={t('eventForm.requireVerifiedEmailHint')}
          checked={values.requireVerifiedEmail}
          onChange={(requireVerifiedEmail) => onChange({ requireVerifiedEmail })}
          problem={problems['requireVerifiedEmail']}
        />
      </fieldset>

      {mode === 'edit' && (
        <fieldset className="form-group">
          <legend>{t('eventForm.visibility')}</legend>
          <CheckboxField
            id={id('isPublic')}
            label={labels['isPublic']}
            hint={t('eventForm.isPublicHint')}
            checked={values.isPublic}
            onChange={(isPublic) => onChange({ isPublic })}
            problem={problems['isPublic']}
          />
        </fieldset>
      )}
    </>
  );
}
