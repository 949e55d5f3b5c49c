import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, TextField } from '../../../components/ui/form-fields';
import { fieldId, type Problem } from '../../../lib/form-errors';
import { PasswordRules } from './password-rules';

interface PasswordInput {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem?: Problem | undefined;
}

/**
 * A form's password (`<form>-password`), with the rules for a new one, an optional second entry
 * (`<form>-passwordRepeat`) and "Show password", which shows both.
 */
export function PasswordFields({
  form,
  password,
  repeat,
  isNew = false,
}: {
  form: string;
  password: PasswordInput;
  repeat?: PasswordInput;
  /** A password being chosen: its rules are shown and checked as it is typed. */
  isNew?: boolean;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const rulesId = `${form}-password-rules`;
  const type = shown ? 'text' : 'password';
  const autoComplete = isNew ? 'new-password' : 'current-password';
  return (
    <>
      <TextField
        id={fieldId(form, 'password')}
        label={password.label}
        type={type}
        autoComplete={autoComplete}
        value={password.value}
        onChange={(event) => password.onChange(event.target.value)}
        problem={password.problem}
        aria-describedby={isNew ? rulesId : undefined}
      />
      {isNew && <PasswordRules id={rulesId} password={password.value} />}
      {repeat && (
        <TextField
          id={fieldId(form, 'passwordRepeat')}
          label={repeat.label}
          type={type}
          autoComplete={autoComplete}
          value={repeat.value}
          onChange={(event) => repeat.onChange(event.target.value)}
          problem={repeat.problem}
        />
      )}
      <CheckboxField
        id={fieldId(form, 'show-password')}
        label={t('account.showPassword')}
        checked={shown}
        onChange={setShown}
      />
    </>
  );
}
