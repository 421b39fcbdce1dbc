// The user's rating of a resolved case: the built-in rating steps collect a score and a comment as facts, and
// they are kept on the case they rate, for the support team's figures (`shoplink stats`).
import { COMMENT, RATE_CHOSEN, RATED, RATING } from '../flow/system.ts';
import type { StepKey } from '../flow/step-key.ts';
import type { Store } from '../store/types.ts';

/** True for a step at which the rating facts are complete enough to keep. */
export function isRatingStep(step: StepKey): boolean {
  return step === RATE_CHOSEN || step === RATED;
}

/** Keeps the rating (1 to 5) and the comment found in `facts` on the case. */
export async function recordRating(store: Store, caseNumber: number, facts: Record<string, string>): Promise<void> {
  const rating = Number(facts[RATING]);
  const comment = facts[COMMENT];
  await store.updateCase(caseNumber, { ...(rating >= 1 && rating <= 5 ? { rating } : {}), ...(comment ? { comment } : {}) });
}
