import { STAGES, type Stage } from '../api/schema';

/** The stage a campaign may move to next, or null once it is published (forward only, one step). */
export function nextStage(stage: Stage): Stage | null {
  const index = STAGES.indexOf(stage);
  return index >= 0 && index < STAGES.length - 1 ? STAGES[index + 1] : null;
}

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}
