import { CRITERION_GROUPS, type CriterionGroup } from '../api/schema';

/** Criteria in the order of the groups, each group keeping the criteria's own order; empty groups left out. */
export function groupCriteria<C extends { group: CriterionGroup }>(
  criteria: readonly C[],
): { group: CriterionGroup; items: { criterion: C; index: number }[] }[] {
  return CRITERION_GROUPS.map((group) => ({
    group,
    items: criteria
      .map((criterion, index) => ({ criterion, index }))
      .filter(({ criterion }) => criterion.group === group),
  })).filter((entry) => entry.items.length > 0);
}
