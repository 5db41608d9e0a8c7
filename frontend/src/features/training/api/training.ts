import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { ApiBody, ApiResponse, Complete } from '@/lib/api-types';

export type Cohort = Complete<ApiResponse<'/api/v1/training/cohorts/{id}', 'get'>>;
export type RosterEntry = Complete<
  ApiResponse<'/api/v1/training/cohorts/{id}/roster', 'get'>
>[number];
export type Assignment = Complete<
  ApiResponse<'/api/v1/training/cohorts/{id}/assignments', 'get'>
>[number];
export type Submission = Complete<
  ApiResponse<'/api/v1/training/assignments/{id}/submissions', 'get'>
>[number];
export type Cabinet = Complete<ApiResponse<'/api/v1/training/me', 'get'>>;
export type CabinetEnrolment = Cabinet['enrolments'][number];
export type TestAttempt = Complete<
  ApiResponse<'/api/v1/training/enrolments/{id}/test-attempts', 'post'>
>;
export type AttendanceBody = ApiBody<'/api/v1/training/sessions/{id}/attendance', 'put'>;
export type AttendanceStatus = AttendanceBody['marks'][number]['status'];
export type GradeBody = ApiBody<'/api/v1/training/submissions/{id}/grade', 'post'>;
export type SubmissionBody = ApiBody<'/api/v1/training/assignments/{id}/submissions', 'post'>;
export type SessionBody = ApiBody<'/api/v1/training/cohorts/{id}/sessions', 'post'>;
export type AssignmentBody = ApiBody<'/api/v1/training/cohorts/{id}/assignments', 'post'>;
export type LearnerBody = ApiBody<'/api/v1/training/learners', 'post'>;

/** Query keys of the training feature. */
export const trainingKeys = {
  all: ['training'] as const,
  cohorts: (page: number, size: number) => ['training', 'cohorts', page, size] as const,
  cohort: (id: string) => ['training', 'cohort', id] as const,
  roster: (id: string) => ['training', 'cohort', id, 'roster'] as const,
  assignments: (id: string) => ['training', 'cohort', id, 'assignments'] as const,
  submissions: (assignmentId: string) => ['training', 'submissions', assignmentId] as const,
  cabinet: () => ['training', 'me'] as const,
};

export function useCohorts(page: number, size = 50) {
  return useQuery(
    queryOptions({
      queryKey: trainingKeys.cohorts(page, size),
      queryFn: () =>
        unwrap(api.GET('/api/v1/training/cohorts', { params: { query: { page, size } } })),
      placeholderData: keepPreviousData,
    }),
  );
}

export function useCohort(id: string) {
  return useQuery({
    queryKey: trainingKeys.cohort(id),
    queryFn: () => unwrap(api.GET('/api/v1/training/cohorts/{id}', { params: { path: { id } } })),
  });
}

export function useRoster(id: string) {
  return useQuery({
    queryKey: trainingKeys.roster(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/training/cohorts/{id}/roster', { params: { path: { id } } })),
  });
}

export function useAssignments(id: string) {
  return useQuery({
    queryKey: trainingKeys.assignments(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/training/cohorts/{id}/assignments', { params: { path: { id } } })),
  });
}

export function useSubmissions(assignmentId: string) {
  return useQuery({
    queryKey: trainingKeys.submissions(assignmentId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/training/assignments/{id}/submissions', {
          params: { path: { id: assignmentId } },
        }),
      ),
  });
}

export function useCabinet() {
  return useQuery({
    queryKey: trainingKeys.cabinet(),
    queryFn: () => unwrap(api.GET('/api/v1/training/me')),
  });
}

/** The trainer's actions on a cohort; each refreshes what the training screens show. */
export function useCohortActions(cohortId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: trainingKeys.all });
  return {
    mark: useMutation({
      mutationFn: ({ sessionId, body }: { sessionId: string; body: AttendanceBody }) =>
        unwrap(
          api.PUT('/api/v1/training/sessions/{id}/attendance', {
            params: { path: { id: sessionId } },
            body,
          }),
        ),
      onSuccess: refresh,
    }),
    grade: useMutation({
      mutationFn: ({ submissionId, body }: { submissionId: string; body: GradeBody }) =>
        unwrap(
          api.POST('/api/v1/training/submissions/{id}/grade', {
            params: { path: { id: submissionId } },
            body,
          }),
        ),
      onSuccess: refresh,
    }),
    checkInCode: useMutation({
      mutationFn: (sessionId: string) =>
        unwrap(
          api.POST('/api/v1/training/sessions/{id}/check-in-code', {
            params: { path: { id: sessionId } },
          }),
        ),
    }),
    issue: useMutation({
      mutationFn: () =>
        unwrap(
          api.POST('/api/v1/training/cohorts/{id}/certificates', {
            params: { path: { id: cohortId } },
          }),
        ),
      onSuccess: refresh,
    }),
    approve: useMutation({
      mutationFn: (enrolmentId: string) =>
        unwrap(
          api.POST('/api/v1/training/enrolments/{id}/approve', {
            params: { path: { id: enrolmentId } },
          }),
        ),
      onSuccess: refresh,
    }),
    reject: useMutation({
      mutationFn: (enrolmentId: string) =>
        unwrap(
          api.POST('/api/v1/training/enrolments/{id}/reject', {
            params: { path: { id: enrolmentId } },
          }),
        ),
      onSuccess: refresh,
    }),
    addSession: useMutation({
      mutationFn: (body: SessionBody) =>
        unwrap(
          api.POST('/api/v1/training/cohorts/{id}/sessions', {
            params: { path: { id: cohortId } },
            body,
          }),
        ),
      onSuccess: refresh,
    }),
    addAssignment: useMutation({
      mutationFn: (body: AssignmentBody) =>
        unwrap(
          api.POST('/api/v1/training/cohorts/{id}/assignments', {
            params: { path: { id: cohortId } },
            body,
          }),
        ),
      onSuccess: refresh,
    }),
    enrol: useMutation({
      mutationFn: (learner: LearnerBody) =>
        unwrap(
          api.POST('/api/v1/training/cohorts/{id}/enrolments', {
            params: { path: { id: cohortId } },
            body: { learner },
          }),
        ),
      onSuccess: refresh,
    }),
  };
}

export type EnrolmentImportReport = Complete<
  ApiResponse<'/api/v1/training/cohorts/{id}/enrolments/import', 'post'>
>;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ODS_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** The content type the server expects, from the file's name when the browser does not know it. */
export function spreadsheetType(file: File): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  if (name.endsWith('.ods')) return ODS_TYPE;
  if (name.endsWith('.csv')) return 'text/csv';
  return file.type || 'application/octet-stream';
}

/** Enrolment from a CSV, XLSX or ODS file: `dryRun` checks every row and writes nothing. */
export function useEnrolmentImport(cohortId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      // the bytes, not the File object: every fetch implementation accepts an ArrayBuffer body
      const bytes = await file.arrayBuffer();
      return unwrap(
        api.POST('/api/v1/training/cohorts/{id}/enrolments/import', {
          params: { path: { id: cohortId }, query: { dryRun } },
          body: bytes as unknown as string,
          bodySerializer: (body: unknown) => body as ArrayBuffer,
          headers: { 'Content-Type': spreadsheetType(file) },
        }),
      );
    },
    onSuccess: (report) => {
      if (report.applied) void client.invalidateQueries({ queryKey: trainingKeys.all });
    },
  });
}

/** The learner's actions in the cabinet. */
export function useLearnerActions() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: trainingKeys.all });
  return {
    checkIn: useMutation({
      mutationFn: (code: string) =>
        unwrap(api.POST('/api/v1/training/check-in', { body: { code } })),
      onSuccess: refresh,
    }),
    submit: useMutation({
      mutationFn: ({ assignmentId, body }: { assignmentId: string; body: SubmissionBody }) =>
        unwrap(
          api.POST('/api/v1/training/assignments/{id}/submissions', {
            params: { path: { id: assignmentId } },
            body,
          }),
        ),
      onSuccess: refresh,
    }),
    startTest: useMutation({
      mutationFn: (enrolmentId: string) =>
        unwrap(
          api.POST('/api/v1/training/enrolments/{id}/test-attempts', {
            params: { path: { id: enrolmentId } },
          }),
        ),
    }),
    answer: useMutation({
      mutationFn: ({ attemptId, answers }: { attemptId: string; answers: number[][] }) =>
        unwrap(
          api.POST('/api/v1/training/test-attempts/{id}/answers', {
            params: { path: { id: attemptId } },
            body: { answers },
          }),
        ),
      onSuccess: refresh,
    }),
  };
}

export type Programme = Complete<ApiResponse<'/api/v1/training/programmes/{id}', 'get'>>;

export function useProgrammes(page: number, size = 50) {
  return useQuery({
    queryKey: ['training', 'programmes', page, size] as const,
    queryFn: () =>
      unwrap(api.GET('/api/v1/training/programmes', { params: { query: { page, size } } })),
    placeholderData: keepPreviousData,
  });
}

/** Approving a draft edition and starting a new edition of an approved one. */
export function useProgrammeActions() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: trainingKeys.all });
  return {
    approve: useMutation({
      mutationFn: (programme: Pick<Programme, 'id' | 'version'>) =>
        unwrap(
          api.POST('/api/v1/training/programmes/{id}/approve', {
            params: { path: { id: programme.id } },
            body: { version: programme.version },
          }),
        ),
      onSuccess: refresh,
    }),
    newEdition: useMutation({
      mutationFn: (id: string) =>
        unwrap(
          api.POST('/api/v1/training/programmes/{id}/new-version', { params: { path: { id } } }),
        ),
      onSuccess: refresh,
    }),
  };
}

export type CohortBody = ApiBody<'/api/v1/training/cohorts', 'post'>;

export function useCreateCohort() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CohortBody) => unwrap(api.POST('/api/v1/training/cohorts', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

/**
 * Active trainers whose name contains `q`, as options (20 at a time): the server searches the staff, so
 * any trainer can be found by name, for a coordinator as for an administrator.
 */
export function useTrainerChoices(q: string) {
  return useQuery({
    queryKey: ['staff', 'trainers', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/staff', {
          params: { query: { role: 'TRAINER', size: 20, ...(q ? { q } : {}) } },
        }),
      ).then((page) => page.items.map((m) => ({ value: m.id, label: m.displayName }))),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/**
 * Approved programme editions whose title contains `q`, as options (20 at a time): a cohort opens only on an
 * approved edition, and the server searches them all, not just a first page.
 */
export function useApprovedProgrammeChoices(q: string) {
  return useQuery({
    queryKey: ['training', 'programmes', 'approved', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/training/programmes', {
          params: { query: { status: 'APPROVED', size: 20, ...(q ? { q } : {}) } },
        }),
      ).then((page) =>
        page.items.map((p) => ({ value: p.id, label: `${p.title} (${p.edition})` })),
      ),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export type ProgrammeBody = ApiBody<'/api/v1/training/programmes', 'post'>;

export function useProgramme(id: string) {
  return useQuery({
    queryKey: ['training', 'programme', id] as const,
    queryFn: () =>
      unwrap(api.GET('/api/v1/training/programmes/{id}', { params: { path: { id } } })),
    enabled: id !== '',
  });
}

/** Creates a programme (no id) or replaces its draft edition (with the version read). */
export function useSaveProgramme(id?: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgrammeBody) =>
      id
        ? unwrap(api.PUT('/api/v1/training/programmes/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/training/programmes', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

/** Replaces a cohort (dates, trainers, capacity, rule, certificates) with the version read. */
export function useUpdateCohort(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CohortBody) =>
      unwrap(api.PUT('/api/v1/training/cohorts/{id}', { params: { path: { id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

/** Changing and removing a cohort's sessions, each with the session's version read (a stale one: 409). */
export function useSessionActions() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: trainingKeys.all });
  return {
    update: useMutation({
      mutationFn: ({ sessionId, body }: { sessionId: string; body: SessionBody }) =>
        unwrap(
          api.PUT('/api/v1/training/sessions/{id}', { params: { path: { id: sessionId } }, body }),
        ),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: ({ sessionId, version }: { sessionId: string; version: number }) =>
        unwrap(
          api.DELETE('/api/v1/training/sessions/{id}', {
            params: { path: { id: sessionId }, query: { version } },
          }),
        ),
      onSuccess: refresh,
    }),
    /** After a conflict: the cohort as it is now (someone else changed or removed a session). */
    reload: refresh,
  };
}

/** Replaces the registry accounts a learner runs. */
export function useLearnerAccounts(learnerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (accountIds: string[]) =>
      unwrap(
        api.PUT('/api/v1/training/learners/{id}/accounts', {
          params: { path: { id: learnerId } },
          body: { accountIds },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

/** A registry account as the account search returns it. */
export type AccountHit = Complete<ApiResponse<'/api/v1/accounts', 'get'>>['items'][number];

/** Registry accounts matching what was typed (name or address), at least two characters, for a picker. */
export function useAccountSearch(q: string) {
  return useQuery({
    queryKey: ['training', 'account-search', q] as const,
    queryFn: () => unwrap(api.GET('/api/v1/accounts', { params: { query: { q, size: 20 } } })),
    enabled: q.trim().length >= 2,
    staleTime: 30_000,
  });
}

export type LinkRequest = Complete<ApiResponse<'/api/v1/training/me/link-requests', 'get'>>[number];

/** The learner's own requests to be linked to accounts they run. */
export function useMyLinkRequests() {
  return useQuery({
    queryKey: ['training', 'me', 'link-requests'] as const,
    queryFn: () => unwrap(api.GET('/api/v1/training/me/link-requests')),
  });
}

/** The pending link requests of a cohort's learners, for its trainers. */
export function useCohortLinkRequests(cohortId: string) {
  return useQuery({
    queryKey: ['training', 'cohort', cohortId, 'link-requests'] as const,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/training/cohorts/{id}/link-requests', {
          params: { path: { id: cohortId } },
        }),
      ),
  });
}

/** What a learner and a trainer do with link requests and links. */
export function useLinkRequestActions() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: trainingKeys.all });
  const path = (id: string) => ({ params: { path: { id } } });
  return {
    request: useMutation({
      mutationFn: (accountId: string) =>
        unwrap(api.POST('/api/v1/training/me/link-requests', { body: { accountId } })),
      onSuccess: refresh,
    }),
    withdraw: useMutation({
      mutationFn: (id: string) =>
        unwrap(api.POST('/api/v1/training/link-requests/{id}/withdraw', path(id))),
      onSuccess: refresh,
    }),
    unlink: useMutation({
      mutationFn: (accountId: string) =>
        unwrap(
          api.DELETE('/api/v1/training/me/accounts/{accountId}', {
            params: { path: { accountId } },
          }),
        ),
      onSuccess: refresh,
    }),
    confirm: useMutation({
      mutationFn: (id: string) =>
        unwrap(api.POST('/api/v1/training/link-requests/{id}/confirm', path(id))),
      onSuccess: refresh,
    }),
    reject: useMutation({
      mutationFn: (id: string) =>
        unwrap(api.POST('/api/v1/training/link-requests/{id}/reject', path(id))),
      onSuccess: refresh,
    }),
  };
}
