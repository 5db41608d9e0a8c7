import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { Unsubscribe } from '@/features/bulletins/components/unsubscribe';

export function BulletinUnsubscribeRoute() {
  const { t } = useTranslation('bulletins');
  const [search] = useSearchParams();
  return (
    <>
      <PageHeader title={t('unsubscribe.pageTitle')} />
      <Unsubscribe token={search.get('token') ?? ''} />
    </>
  );
}
