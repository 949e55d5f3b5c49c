import { useCallback, useState } from 'react';
import { type FormProblems, NO_PROBLEMS } from './form-errors';

/** The problems a form shows and a counter of failed attempts (the error summary takes focus on each). */
export function useFormProblems() {
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [attempt, setAttempt] = useState(0);
  const fail = useCallback((next: FormProblems) => {
    setProblems(next);
    setAttempt((count) => count + 1);
  }, []);
  const clear = useCallback(() => setProblems(NO_PROBLEMS), []);
  return { problems, attempt, fail, clear };
}
