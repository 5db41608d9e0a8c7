import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { Confirm } from '@/features/bulletins/components/confirm';

export function BulletinConfirmRoute() {
  const { t } = useTranslation('bulletins');
  const [search] = useSearchParams();
  return (
    <>
      <PageHeader title={t('confirm.pageTitle')} />
      <Confirm token={search.get('token') ?? ''} />
    </>
  );
}
