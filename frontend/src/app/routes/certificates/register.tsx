import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { RegisterTable } from '@/features/certificates/components/register-table';
import { apiUrl } from '@/lib/api-client';

export function CertificateRegisterRoute() {
  const { t } = useTranslation('certificates');
  return (
    <>
      <PageHeader title={t('register.title')} />
      <Text mb="sm">{t('register.intro')}</Text>
      <Group mb="md" gap="md">
        <Anchor href={apiUrl('/api/v1/certificates/register/export?format=csv')}>CSV</Anchor>
        <Anchor href={apiUrl('/api/v1/certificates/register/export?format=ndjson')}>NDJSON</Anchor>
        <Anchor href="https://creativecommons.org/licenses/by/4.0/" target="_blank" rel="noopener">
          CC BY 4.0
        </Anchor>
      </Group>
      <RegisterTable />
    </>
  );
}
