export const paths = {
  home: { path: '/', getHref: () => '/' },
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
  outbox: { path: '/admin/outbox', getHref: () => '/admin/outbox' },
  myNotifications: { path: '/my/notifications', getHref: () => '/my/notifications' },
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
  evaluation: { path: '/evaluations/:id', getHref: (id: string) => `/evaluations/${id}` },
  evaluationEdit: {
    path: '/evaluations/:id/edit',
    getHref: (id: string) => `/evaluations/${id}/edit`,
  },
} as const;
