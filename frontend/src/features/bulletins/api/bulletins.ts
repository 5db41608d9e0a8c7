import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, saveFile, unwrap } from '@/lib/api-client';
import type { ApiBody, ApiQuery, ApiResponse, Complete } from '@/lib/api-types';

export type Series = Complete<ApiResponse<'/api/v1/bulletins/series', 'get'>>[number];
export type IssuePage = Complete<ApiResponse<'/api/v1/bulletins/issues', 'get'>>;
export type IssueSummary = IssuePage['items'][number];
export type IssueStatus = IssueSummary['status'];
export type Issue = Complete<ApiResponse<'/api/v1/bulletins/issues/{id}', 'get'>>;
export type Block = Issue['blocks'][number];
export type Revision = Issue['revisions'][number];
export type Draft = Complete<ApiResponse<'/api/v1/bulletins/issues/{id}/draft', 'get'>>;
export type DraftBlock = Draft['blocks'][number];
export type DraftBody = ApiBody<'/api/v1/bulletins/issues/{id}/draft', 'put'>;
export type BlockBody = DraftBody['blocks'][number];
export type CreateBody = ApiBody<'/api/v1/bulletins/issues', 'post'>;
export type CorrectionBody = ApiBody<'/api/v1/bulletins/issues/{id}/corrections', 'post'>;
export type DeliveryReport = Complete<
  ApiResponse<'/api/v1/bulletins/issues/{id}/deliveries', 'get'>
>;
export type SubscribeBody = ApiBody<'/api/v1/bulletins/subscriptions', 'post'>;
export type Preferences = Complete<
  ApiResponse<'/api/v1/bulletins/subscriptions/preferences', 'get'>
>;
export type PreferencesBody = ApiBody<'/api/v1/bulletins/subscriptions/preferences', 'put'>;
export type MySettings = Complete<ApiResponse<'/api/v1/me/bulletin-settings', 'get'>>;
export type MySections = Complete<ApiResponse<'/api/v1/me/bulletin-sections', 'get'>>;

/** Query keys of the bulletin feature. */
export const bulletinKeys = {
  all: ['bulletins'] as const,
  series: () => ['bulletins', 'series'] as const,
  issues: (query: object) => ['bulletins', 'issues', query] as const,
  issueByNumber: (series: string, number: number) =>
    ['bulletins', 'issue', series, number] as const,
  revision: (id: string, revision: number) => ['bulletins', 'revision', id, revision] as const,
  draft: (id: string) => ['bulletins', 'draft', id] as const,
  deliveries: (id: string) => ['bulletins', 'deliveries', id] as const,
  preferences: (token: string) => ['bulletins', 'preferences', token] as const,
  mine: () => ['bulletins', 'mine'] as const,
  sections: () => ['bulletins', 'sections'] as const,
};

export function useSeries() {
  return useQuery({
    queryKey: bulletinKeys.series(),
    queryFn: () => unwrap(api.GET('/api/v1/bulletins/series')),
    staleTime: 5 * 60_000,
  });
}

export function useIssues(query: {
  series?: string;
  status?: IssueStatus;
  page: number;
  size?: number;
}) {
  return useQuery({
    queryKey: bulletinKeys.issues(query),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/bulletins/issues', {
          params: {
            query: {
              page: query.page,
              size: query.size ?? 50,
              ...(query.series ? { series: query.series } : {}),
              ...(query.status ? { status: query.status } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** An issue as published (its latest revision, or the revision asked for). */
export function useIssue(series: string, number: number, revision?: number) {
  const latest = useQuery({
    queryKey: bulletinKeys.issueByNumber(series, number),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/bulletins/series/{slug}/issues/{number}', {
          params: { path: { slug: series, number } },
        }),
      ),
    enabled: Number.isInteger(number) && number > 0,
  });
  const id = latest.data?.id;
  const older = useQuery({
    queryKey: bulletinKeys.revision(id ?? '', revision ?? 0),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/bulletins/issues/{id}/revisions/{revision}', {
          params: { path: { id: id ?? '', revision: revision ?? 0 } },
        }),
      ),
    enabled: !!id && revision !== undefined && revision !== latest.data?.revision,
  });
  const wantsOlder = !!latest.data && revision !== undefined && revision !== latest.data.revision;
  return {
    latest,
    shown: wantsOlder ? older.data : latest.data,
    isLoading: latest.isLoading || (wantsOlder && older.isLoading),
    error: latest.error ?? (wantsOlder ? older.error : null),
    refetch: () => {
      void latest.refetch();
      if (wantsOlder) void older.refetch();
    },
  };
}

export function useDraft(id: string) {
  return useQuery({
    queryKey: bulletinKeys.draft(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/bulletins/issues/{id}/draft', { params: { path: { id } } })),
  });
}

export function useCreateIssue() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBody) => unwrap(api.POST('/api/v1/bulletins/issues', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: bulletinKeys.all }),
  });
}

/** The editors' and the reviewer's actions on one issue; each refreshes what the screens show. */
export function useIssueActions(id: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: bulletinKeys.all });
  const path = { params: { path: { id } } };
  return {
    save: useMutation({
      mutationFn: (body: DraftBody) =>
        unwrap(api.PUT('/api/v1/bulletins/issues/{id}/draft', { ...path, body })),
      onSuccess: refresh,
    }),
    compile: useMutation({
      mutationFn: (version: number) =>
        unwrap(api.POST('/api/v1/bulletins/issues/{id}/compile', { ...path, body: { version } })),
      onSuccess: refresh,
    }),
    submit: useMutation({
      mutationFn: (version: number) =>
        unwrap(api.POST('/api/v1/bulletins/issues/{id}/submit', { ...path, body: { version } })),
      onSuccess: refresh,
    }),
    giveBack: useMutation({
      mutationFn: (body: ApiBody<'/api/v1/bulletins/issues/{id}/return', 'post'>) =>
        unwrap(api.POST('/api/v1/bulletins/issues/{id}/return', { ...path, body })),
      onSuccess: refresh,
    }),
    publish: useMutation({
      mutationFn: (version: number) =>
        unwrap(api.POST('/api/v1/bulletins/issues/{id}/publish', { ...path, body: { version } })),
      onSuccess: refresh,
    }),
    correct: useMutation({
      mutationFn: (body: CorrectionBody) =>
        unwrap(api.POST('/api/v1/bulletins/issues/{id}/corrections', { ...path, body })),
      onSuccess: refresh,
    }),
  };
}

export function useDeliveries(id: string, enabled: boolean) {
  return useQuery({
    queryKey: bulletinKeys.deliveries(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/bulletins/issues/{id}/deliveries', { params: { path: { id } } })),
    enabled,
  });
}

export function useDeliveryActions(id: string) {
  const client = useQueryClient();
  const path = { params: { path: { id } } };
  return {
    testSend: useMutation({
      mutationFn: () =>
        unwrap(api.POST('/api/v1/bulletins/issues/{id}/test-send', { ...path, body: {} })),
    }),
    start: useMutation({
      mutationFn: () =>
        unwrap(api.POST('/api/v1/bulletins/issues/{id}/deliveries', { ...path, body: {} })),
      onSuccess: () => client.invalidateQueries({ queryKey: bulletinKeys.deliveries(id) }),
    }),
  };
}

export function useSubscribe() {
  return useMutation({
    mutationFn: (body: SubscribeBody) =>
      unwrap(api.POST('/api/v1/bulletins/subscriptions', { body })),
  });
}

export function useConfirm() {
  return useMutation({
    mutationFn: (token: string) =>
      unwrap(api.POST('/api/v1/bulletins/subscriptions/confirm', { body: { token } })),
  });
}

export function usePreferences(token: string) {
  return useQuery({
    queryKey: bulletinKeys.preferences(token),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/bulletins/subscriptions/preferences', {
          params: { query: { token } },
        }),
      ),
    enabled: token !== '',
  });
}

export function usePreferenceActions(token: string) {
  const client = useQueryClient();
  const query = { params: { query: { token } } };
  return {
    save: useMutation({
      mutationFn: (body: PreferencesBody) =>
        unwrap(api.PUT('/api/v1/bulletins/subscriptions/preferences', { ...query, body })),
      onSuccess: (data) => client.setQueryData(bulletinKeys.preferences(token), data),
    }),
    exportData: useMutation({
      mutationFn: () =>
        saveFile(
          api.GET('/api/v1/bulletins/subscriptions/export', { ...query, parseAs: 'blob' }),
          'bulletin-subscription.json',
        ),
    }),
    wipe: useMutation({
      mutationFn: () => unwrap(api.DELETE('/api/v1/bulletins/subscriptions', query)),
    }),
  };
}

export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) =>
      unwrap(
        api.POST('/api/v1/bulletins/unsubscribe', {
          params: { query: { token } },
          body: { 'List-Unsubscribe': 'One-Click' },
          bodySerializer: (body) => new URLSearchParams(body).toString(),
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        }),
      ),
  });
}

/** The signed-in person's bulletin settings: whether bulletins come at all, and whose sections. */
export function useMySettings() {
  return useQuery({
    queryKey: bulletinKeys.mine(),
    queryFn: () => unwrap(api.GET('/api/v1/me/bulletin-settings')),
  });
}

export function useSaveMySettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/v1/me/bulletin-settings', 'put'>) =>
      unwrap(api.PUT('/api/v1/me/bulletin-settings', { body })),
    onSuccess: (data) => client.setQueryData(bulletinKeys.mine(), data),
  });
}

export type Campaign = Complete<ApiResponse<'/api/v1/campaigns', 'get'>>['items'][number];

/**
 * Who can review an issue: active coordinators and administrators whose name contains `q`, as options. The
 * server searches, so anyone on the staff can be found, not just those of a first page.
 */
export function useReviewerChoices(q: string) {
  return useQuery({
    queryKey: ['bulletins', 'reviewers', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/staff', { params: { query: { size: 20, ...(q ? { q } : {}) } } }),
      ).then((page) =>
        page.items.map((member) => ({ value: member.id, label: member.displayName })),
      ),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

export type MessagePage = Complete<ApiResponse<'/api/v1/bulletins/messages', 'get'>>;
export type Message = MessagePage['items'][number];
export type MessageKind = Message['kind'];
export type MessageStatus = Message['status'];
export type MessageContent = Complete<ApiResponse<'/api/v1/bulletins/messages/{id}', 'get'>>;

export type MessageQuery = ApiQuery<'/api/v1/bulletins/messages', 'get'>;

/** The bulletin channel's message log (coordinators: issue and test messages, masked addresses). */
export function useMessages(query: MessageQuery) {
  return useQuery({
    queryKey: ['bulletins', 'messages', query],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/bulletins/messages', {
          params: {
            query: {
              page: query.page ?? 0,
              size: 50,
              ...(query.kind ? { kind: query.kind } : {}),
              ...(query.status ? { status: query.status } : {}),
              ...(query.issue ? { issue: query.issue } : {}),
              ...(query.recipient ? { recipient: query.recipient } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** One message rendered as it is sent (administrators). */
export function useMessageContent(id: string | null) {
  return useQuery({
    queryKey: ['bulletins', 'message', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/bulletins/messages/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== null,
  });
}

/**
 * The published campaigns an issue can be compiled from whose title or period contain `q`: the server
 * searches, so a campaign past the first page is found by typing part of its title.
 */
export function usePublishedCampaigns(q: string) {
  return useQuery({
    queryKey: ['bulletins', 'campaigns', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/campaigns', {
          params: { query: { stage: 'PUBLISHED', size: 20, ...(q ? { q } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** An issue by its id (the links of e-mails and feeds), for finding its stable address. */
export function useIssueById(id: string) {
  return useQuery({
    queryKey: ['bulletins', 'by-id', id],
    queryFn: () => unwrap(api.GET('/api/v1/bulletins/issues/{id}', { params: { path: { id } } })),
  });
}

/** The personal sections of the organisations the signed-in person belongs to, newest issue first. */
export function useMySections() {
  return useQuery({
    queryKey: bulletinKeys.sections(),
    queryFn: () => unwrap(api.GET('/api/v1/me/bulletin-sections')),
  });
}

/** The draft's e-mail as subscribers would get it (subject, HTML, plain text), rendered by the server. */
export function useMailPreview(id: string, version: number) {
  return useQuery({
    queryKey: ['bulletins', 'mail-preview', id, version],
    queryFn: () =>
      unwrap(api.GET('/api/v1/bulletins/issues/{id}/draft/mail', { params: { path: { id } } })),
  });
}
