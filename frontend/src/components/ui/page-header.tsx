import { Group, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type PageHeaderProps = {
  title: string;
  actions?: ReactNode;
  /** The title's language when it differs from the interface's (e.g. an English bulletin issue). */
  titleLang?: string;
};

export function PageHeader({ title, actions, titleLang }: PageHeaderProps) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} — ${t('appName')}`);
  return (
    <Group justify="space-between" align="center" mb="md" wrap="wrap">
      <Title order={2} lang={titleLang}>
        {title}
      </Title>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
