import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { PageHeader } from '@/components/ui/page-header';
import { useVerification } from '@/features/certificates/api/get-verification';
import { CertificateCard } from '@/features/certificates/components/certificate-card';

export function VerifyRoute() {
  const { t } = useTranslation('certificates');
  const { code = '' } = useParams();
  const verification = useVerification(code);
  return (
    <>
      <PageHeader title={t('verify.title')} />
      <DataState
        isLoading={verification.isLoading}
        error={verification.error}
        isEmpty={false}
        onRetry={() => void verification.refetch()}
      >
        {verification.data && <CertificateCard certificate={verification.data} />}
      </DataState>
    </>
  );
}
