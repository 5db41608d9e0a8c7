import { List, Paper, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** What the index, a shared place, a peer group and a change mean — in four sentences. */
export function HowToRead() {
  const { t } = useTranslation('ratings');
  const id = useId();
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="md">
      <Title order={3} size="h4" id={id} mb="xs">
        {t('home.howToRead')}
      </Title>
      <List spacing="xs" size="sm">
        <List.Item>{t('home.howIndex')}</List.Item>
        <List.Item>{t('home.howPlace')}</List.Item>
        <List.Item>{t('home.howPeers')}</List.Item>
        <List.Item>{t('home.howDelta')}</List.Item>
      </List>
    </Paper>
  );
}
