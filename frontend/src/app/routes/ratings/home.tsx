import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { HomeIntro } from '@/features/ratings/components/home-intro';
import { HowToRead } from '@/features/ratings/components/how-to-read';
import { LatestRating } from '@/features/ratings/components/latest-rating';

export function HomeRoute() {
  const { t } = useTranslation('ratings');
  return (
    <>
      <PageHeader title={t('home.title')} />
      <Stack gap="xl">
        <HomeIntro />
        <LatestRating />
        <HowToRead />
      </Stack>
    </>
  );
}
