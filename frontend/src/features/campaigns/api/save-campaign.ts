import { useMutation, useQueryClient } from '@tanstack/react-query';

import { request } from '@/lib/api-request';

import type { AssignmentSummary, Campaign, CampaignRequest } from './types';

const base = (id: string) => `/api/v1/campaigns/${encodeURIComponent(id)}`;

export function createCampaign(body: CampaignRequest) {
  return request<Campaign>('POST', '/api/v1/campaigns', { body });
}

export function setCampaignExperts(
  id: string,
  body: { experts: { userId: string; municipalities: string[] }[]; version: number },
) {
  return request<Campaign>('PUT', `${base(id)}/experts`, { body });
}

export function assignCampaign(id: string) {
  return request<AssignmentSummary>('POST', `${base(id)}/assign`);
}

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
      experts: { userId: string; municipalities: string[] }[];
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

/** Runs the automatic assignment again (new scoped accounts, new experts). */
export function useAssignCampaign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => assignCampaign(id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['campaign', id] });
      void queryClient.invalidateQueries({ queryKey: ['campaign-progress', id] });
      void queryClient.invalidateQueries({ queryKey: ['assignments'] });
    },
  });
}
