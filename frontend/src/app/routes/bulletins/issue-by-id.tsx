import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { useIssueById } from '@/features/bulletins/api/bulletins';
import '@/features/bulletins/i18n';

/** `/bulletins/issues/{id}` (the links of e-mails and feeds) leads to the issue's series/number address. */
export function BulletinIssueByIdRoute() {
  const { t } = useTranslation('bulletins');
  const { id = '' } = useParams();
  const issue = useIssueById(id);
  if (issue.data) {
    return (
      <Navigate
        replace
        to={paths.bulletinIssue.getHref(issue.data.seriesSlug, issue.data.number)}
      />
    );
  }
  return (
    <>
      <PageHeader title={t('issue.pageTitle')} />
      <DataState
        isLoading={issue.isLoading}
        error={issue.error}
        isEmpty={false}
        onRetry={() => void issue.refetch()}
      >
        {null}
      </DataState>
    </>
  );
}
