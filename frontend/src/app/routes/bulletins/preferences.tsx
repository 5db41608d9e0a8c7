import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { Preferences } from '@/features/bulletins/components/preferences';

export function BulletinPreferencesRoute() {
  const { t } = useTranslation('bulletins');
  const [search] = useSearchParams();
  return (
    <>
      <PageHeader title={t('preferences.pageTitle')} />
      <Preferences token={search.get('token') ?? ''} />
    </>
  );
}
