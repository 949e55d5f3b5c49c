import { ScoringError } from '../scoring-error.js';

/** The ScoringError code the action throws, or undefined when it throws nothing or something else. */
export function errorCodeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof ScoringError ? error.code : undefined;
  }
  return undefined;
}
