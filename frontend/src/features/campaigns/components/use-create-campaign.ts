import { useMutation, useQueryClient } from '@tanstack/react-query';

import { assignCampaign, createCampaign, setCampaignExperts } from '../api/save-campaign';
import type { AssignmentSummary, Campaign, CampaignRequest, ExpertEntry } from '../api/schema';

export type WizardResult = {
  campaign: Campaign;
  summary: AssignmentSummary | null;
  /** the step that failed after the campaign was created (it exists then; the dashboard can finish) */
  failedStep?: 'experts' | 'assign';
  error?: unknown;
};

/**
 * The wizard's save: creates the campaign, sets its experts, runs the automatic assignment. When a
 * later step is refused the campaign already exists; the result says which step failed so the user
 * lands on the dashboard to finish it there rather than creating a second campaign.
 */
export function useCreateCampaignWithExperts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      campaign,
      experts,
    }: {
      campaign: CampaignRequest;
      experts: ExpertEntry[];
    }): Promise<WizardResult> => {
      let created = await createCampaign(campaign);
      if (experts.length === 0) return { campaign: created, summary: null };
      try {
        created = await setCampaignExperts(created.id, { experts, version: created.version });
      } catch (error) {
        return { campaign: created, summary: null, failedStep: 'experts', error };
      }
      try {
        return { campaign: created, summary: await assignCampaign(created.id) };
      } catch (error) {
        return { campaign: created, summary: null, failedStep: 'assign', error };
      }
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['campaigns'] }),
  });
}
