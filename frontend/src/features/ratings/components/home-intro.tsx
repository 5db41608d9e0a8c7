import { Button, Group, Stack, Text } from '@mantine/core';
import { IconBook, IconChartBar, IconDatabase, IconNews, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

/** What the platform is and who runs it, and where to go next. */
export function HomeIntro() {
  const { t } = useTranslation('ratings');
  return (
    <Stack gap="sm">
      <Text size="lg" maw={820}>
        {t('home.intro')}
      </Text>
      <Group component="nav" aria-label={t('home.links')} gap="xs">
        <Button
          component={Link}
          to={paths.ratings.getHref()}
          leftSection={<IconChartBar size={16} aria-hidden />}
        >
          {t('home.toRating')}
        </Button>
        <Button
          component={Link}
          to={paths.methodology.getHref()}
          variant="light"
          leftSection={<IconBook size={16} aria-hidden />}
        >
          {t('home.toMethodology')}
        </Button>
        <Button
          component={Link}
          to={paths.bulletins.getHref()}
          variant="light"
          leftSection={<IconNews size={16} aria-hidden />}
        >
          {t('home.toBulletin')}
        </Button>
        <Button
          component="a"
          href={paths.openData.getHref()}
          variant="light"
          leftSection={<IconDatabase size={16} aria-hidden />}
        >
          {t('home.toOpenData')}
        </Button>
        <Button
          component={Link}
          to={paths.accounts.getHref()}
          variant="light"
          leftSection={<IconSearch size={16} aria-hidden />}
        >
          {t('home.toSearch')}
        </Button>
      </Group>
    </Stack>
  );
}
