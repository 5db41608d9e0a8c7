import { Divider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { Archive } from '@/features/bulletins/components/archive';
import { SubscribeForm } from '@/features/bulletins/components/subscribe-form';

export function BulletinArchiveRoute() {
  const { t } = useTranslation('bulletins');
  return (
    <>
      <PageHeader title={t('archive.pageTitle')} />
      <Stack gap="xl">
        <Text maw={820}>{t('archive.intro')}</Text>
        <Archive />
        <Divider />
        <SubscribeForm />
      </Stack>
    </>
  );
}
