// The public bulletin screens share one chunk: fewer lazily loaded modules means the shared code of the
// start bundle stays in as few chunks as before (the landing page's budget).
export { BulletinArchiveRoute } from './archive';
export { BulletinConfirmRoute } from './confirm';
export { BulletinIssueRoute } from './issue';
export { BulletinPreferencesRoute } from './preferences';
export { BulletinUnsubscribeRoute } from './unsubscribe';
export { BulletinIssueByIdRoute } from './issue-by-id';
