import type { Answer, AnswerInput } from '../api/schema';

import { indexOf, pointsFor, type Scored } from './scoring';

/** What the expert has typed for one criterion; text fields hold '' rather than null. */
export type AnswerDraft = {
  value: number | null;
  notApplicable: boolean;
  naReason: string;
  evidenceUrl: string;
  evidenceNote: string;
  recommendation: string;
};

export type DraftField = keyof AnswerDraft;
export type DraftErrors = Partial<Record<DraftField, string>>;

export function draftOf(answer: Answer): AnswerDraft {
  return {
    value: answer.value,
    // "notApplicable" from the server also covers the methodology's rule; the draft holds the expert's choice
    notApplicable: answer.applicable && answer.type !== 'DERIVED' && answer.notApplicable,
    naReason: answer.naReason ?? '',
    evidenceUrl: answer.evidenceUrl ?? '',
    evidenceNote: answer.evidenceNote ?? '',
    recommendation: answer.recommendation ?? '',
  };
}

/** An empty text is left out of the request (the server stores nothing for it). */
const blank = (text: string) => (text.trim() === '' ? undefined : text.trim());

export function inputOf(answer: Answer, draft: AnswerDraft): AnswerInput {
  const derived = answer.type === 'DERIVED';
  return {
    criterionId: answer.criterionId,
    // a derived value is computed from the question sample and never sent; N/A keeps the typed value locally only
    value: derived || draft.notApplicable ? undefined : (draft.value ?? undefined),
    // a derived criterion's applicability follows from the sample; the server refuses N/A for it
    notApplicable: derived ? false : draft.notApplicable,
    naReason: draft.notApplicable ? blank(draft.naReason) : undefined,
    evidenceUrl: blank(draft.evidenceUrl),
    evidenceNote: blank(draft.evidenceNote),
    recommendation: blank(draft.recommendation),
  };
}

/** The value that scores: the server's figure for a derived criterion, else what the expert chose. */
export function effectiveValue(answer: Answer, draft: AnswerDraft): number | null {
  return answer.type === 'DERIVED' ? answer.value : draft.value;
}

/** Whether the criterion is in the denominator: applicable by rule, not N/A, and (derived) computable. */
export function counts(answer: Answer, draft: AnswerDraft): boolean {
  if (!answer.applicable) return false;
  if (answer.type === 'DERIVED') return answer.value !== null && !answer.notApplicable;
  return !draft.notApplicable;
}

export function draftPoints(answer: Answer, draft: AnswerDraft): number | null {
  return counts(answer, draft) ? pointsFor(answer, effectiveValue(answer, draft)) : null;
}

/** Below the maximum: a recommendation is expected. */
export function belowMaximum(answer: Answer, draft: AnswerDraft): boolean {
  const points = draftPoints(answer, draft);
  return points !== null && points < answer.maxPoints;
}

/** The live index over what is on screen. */
export function liveIndex(answers: Answer[], drafts: Record<string, AnswerDraft>): number | null {
  const scored: Scored[] = [];
  for (const answer of answers) {
    const draft = drafts[answer.criterionId];
    if (!draft) continue;
    const points = draftPoints(answer, draft);
    if (points !== null) {
      scored.push({ weight: answer.weight, points, maxPoints: answer.maxPoints });
    }
  }
  return indexOf(scored);
}

/**
 * Filled of applicable: applicable are the criteria that apply to the account by the methodology
 * (a derived one only when the sample gives its figure); filled are those with a value or marked N/A.
 */
export function liveCompleteness(answers: Answer[], drafts: Record<string, AnswerDraft>) {
  let applicable = 0;
  let filled = 0;
  for (const answer of answers) {
    const draft = drafts[answer.criterionId];
    if (!draft || !answer.applicable) continue;
    if (answer.type === 'DERIVED') {
      if (answer.value !== null && !answer.notApplicable) {
        applicable += 1;
        filled += 1;
      }
      continue;
    }
    applicable += 1;
    if (draft.notApplicable || draft.value !== null) filled += 1;
  }
  return { applicable, filled };
}

const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/** Checks the browser can make before saving; a criterion with an error is held back from autosave. */
export function validateDraft(answer: Answer, draft: AnswerDraft): DraftErrors {
  const errors: DraftErrors = {};
  const url = draft.evidenceUrl.trim();
  if (url && (!URL_PATTERN.test(url) || url.length > 2000)) errors.evidenceUrl = 'url';
  if (draft.notApplicable && draft.naReason.trim() === '') errors.naReason = 'naReason';
  if (
    !draft.notApplicable &&
    draft.value !== null &&
    answer.type !== 'DERIVED' &&
    pointsFor(answer, draft.value) === null
  ) {
    errors.value = 'value';
  }
  return errors;
}
