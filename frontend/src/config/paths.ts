export const paths = {
  home: { path: '/', getHref: () => '/' },
  ratings: {
    path: '/ratings',
    getHref: (query?: Record<string, string>) =>
      query && Object.keys(query).length > 0
        ? `/ratings?${new URLSearchParams(query).toString()}`
        : '/ratings',
  },
  ratingMunicipality: {
    path: '/ratings/municipalities/:id',
    getHref: (id: string) => `/ratings/municipalities/${id}`,
  },
  ratingOrganization: {
    path: '/ratings/organizations/:id',
    getHref: (id: string) => `/ratings/organizations/${id}`,
  },
  /** The API's documentation: every open-data endpoint, served by the backend (not a SPA route). */
  openData: { path: '/q/swagger-ui', getHref: () => '/q/swagger-ui' },
  signIn: {
    path: '/sign-in',
    getHref: (redirectTo?: string) =>
      redirectTo ? `/sign-in?redirectTo=${encodeURIComponent(redirectTo)}` : '/sign-in',
  },
  organizations: { path: '/registry/organizations', getHref: () => '/registry/organizations' },
  organizationNew: {
    path: '/registry/organizations/new',
    getHref: () => '/registry/organizations/new',
  },
  organization: {
    path: '/registry/organizations/:id',
    getHref: (id: string) => `/registry/organizations/${id}`,
  },
  organizationEdit: {
    path: '/registry/organizations/:id/edit',
    getHref: (id: string) => `/registry/organizations/${id}/edit`,
  },
  accounts: { path: '/registry/accounts', getHref: () => '/registry/accounts' },
  accountNew: {
    path: '/registry/accounts/new',
    getHref: (organizationId?: string) =>
      organizationId
        ? `/registry/accounts/new?organization=${organizationId}`
        : '/registry/accounts/new',
  },
  account: { path: '/registry/accounts/:id', getHref: (id: string) => `/registry/accounts/${id}` },
  accountEdit: {
    path: '/registry/accounts/:id/edit',
    getHref: (id: string) => `/registry/accounts/${id}/edit`,
  },
  import: { path: '/registry/import', getHref: () => '/registry/import' },
  users: { path: '/admin/users', getHref: () => '/admin/users' },
  audit: { path: '/admin/audit', getHref: () => '/admin/audit' },
  apiClients: { path: '/admin/api-clients', getHref: () => '/admin/api-clients' },
  webhooks: { path: '/admin/webhooks', getHref: () => '/admin/webhooks' },
  outbox: { path: '/admin/outbox', getHref: () => '/admin/outbox' },
  myNotifications: { path: '/my/notifications', getHref: () => '/my/notifications' },
  verify: { path: '/verify/:code', getHref: (code: string) => `/verify/${code}` },
  certificateRegister: { path: '/certificates', getHref: () => '/certificates' },
  myCertificates: { path: '/my/certificates', getHref: () => '/my/certificates' },
  adminCertificates: { path: '/admin/certificates', getHref: () => '/admin/certificates' },
  trainingEffect: {
    path: '/training/effect',
    getHref: (campaign?: string) =>
      campaign ? `/training/effect?campaign=${encodeURIComponent(campaign)}` : '/training/effect',
  },
  trainingCohorts: { path: '/training/cohorts', getHref: () => '/training/cohorts' },
  trainingCohort: {
    path: '/training/cohorts/:id',
    getHref: (id: string) => `/training/cohorts/${id}`,
  },
  trainingProgrammes: { path: '/training/programmes', getHref: () => '/training/programmes' },
  mySelfAssessment: {
    path: '/my/training/assignments/:id/self-assessment',
    getHref: (assignmentId: string) => `/my/training/assignments/${assignmentId}/self-assessment`,
  },
  selfAssessment: {
    path: '/training/self-assessments/:id',
    getHref: (id: string) => `/training/self-assessments/${id}`,
  },
  trainingProgrammeNew: {
    path: '/training/programmes/new',
    getHref: () => '/training/programmes/new',
  },
  trainingProgrammeEdit: {
    path: '/training/programmes/:id/edit',
    getHref: (id: string) => `/training/programmes/${id}/edit`,
  },
  trainingQuestionBank: {
    path: '/training/programmes/:id/questions',
    getHref: (id: string) => `/training/programmes/${id}/questions`,
  },
  myTraining: { path: '/my/training', getHref: () => '/my/training' },
  methodology: { path: '/methodology', getHref: () => '/methodology' },
  criteriaSet: { path: '/methodology/:id', getHref: (id: string) => `/methodology/${id}` },
  criteriaSetEdit: {
    path: '/methodology/:id/edit',
    getHref: (id: string) => `/methodology/${id}/edit`,
  },
  campaigns: { path: '/campaigns', getHref: () => '/campaigns' },
  campaignNew: { path: '/campaigns/new', getHref: () => '/campaigns/new' },
  campaign: { path: '/campaigns/:id', getHref: (id: string) => `/campaigns/${id}` },
  campaignReview: {
    path: '/campaigns/:id/review',
    getHref: (id: string, evaluationId?: string) =>
      evaluationId
        ? `/campaigns/${id}/review?evaluation=${evaluationId}`
        : `/campaigns/${id}/review`,
  },
  campaignAgreement: {
    path: '/campaigns/:id/agreement',
    getHref: (id: string) => `/campaigns/${id}/agreement`,
  },
  myQueue: { path: '/my/queue', getHref: () => '/my/queue' },
  myObjections: { path: '/my/objections', getHref: () => '/my/objections' },
  myOrganization: { path: '/my/organization', getHref: () => '/my/organization' },
  myOrganizationEvaluation: {
    path: '/my/organization/evaluations/:id',
    getHref: (id: string) => `/my/organization/evaluations/${id}`,
  },
  bulletins: { path: '/bulletins', getHref: () => '/bulletins' },
  bulletinIssue: {
    path: '/bulletins/:series/:number',
    getHref: (series: string, number: number, revision?: number) =>
      `/bulletins/${encodeURIComponent(series)}/${number}${revision ? `?revision=${revision}` : ''}`,
  },
  bulletinIssueById: {
    path: '/bulletins/issues/:id',
    getHref: (id: string) => `/bulletins/issues/${id}`,
  },
  bulletinConfirm: { path: '/bulletins/confirm', getHref: () => '/bulletins/confirm' },
  bulletinPreferences: { path: '/bulletins/preferences', getHref: () => '/bulletins/preferences' },
  bulletinUnsubscribe: { path: '/bulletins/unsubscribe', getHref: () => '/bulletins/unsubscribe' },
  bulletinEditorial: { path: '/editorial/bulletins', getHref: () => '/editorial/bulletins' },
  bulletinMessages: {
    path: '/editorial/bulletins/messages',
    getHref: (issue?: string) =>
      `/editorial/bulletins/messages${issue ? `?issue=${encodeURIComponent(issue)}` : ''}`,
  },
  bulletinEditor: {
    path: '/editorial/bulletins/:id',
    getHref: (id: string) => `/editorial/bulletins/${id}`,
  },
  myBulletinSections: { path: '/my/bulletins', getHref: () => '/my/bulletins' },
  evaluation: { path: '/evaluations/:id', getHref: (id: string) => `/evaluations/${id}` },
  evaluationEdit: {
    path: '/evaluations/:id/edit',
    getHref: (id: string) => `/evaluations/${id}/edit`,
  },
} as const;
