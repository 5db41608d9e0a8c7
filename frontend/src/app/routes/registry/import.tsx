import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { ImportPanel } from '@/features/registry/components/import-panel';

export function ImportRoute() {
  const { t } = useTranslation('registry');
  return (
    <>
      <PageHeader title={t('import.title')} />
      <ImportPanel />
    </>
  );
}
