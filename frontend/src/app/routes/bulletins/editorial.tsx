import { Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { CompileWizard } from '@/features/bulletins/components/compile-wizard';
import { IssueList } from '@/features/bulletins/components/issue-list';

export function BulletinEditorialRoute() {
  const { t } = useTranslation('bulletins');
  const [open, { toggle }] = useDisclosure(false);
  return (
    <>
      <PageHeader
        title={t('editorial.pageTitle')}
        actions={
          <Group>
            <Button component={Link} to={paths.bulletinMessages.getHref()} variant="default">
              {t('messages.open')}
            </Button>
            <Button onClick={toggle} aria-expanded={open} variant={open ? 'light' : 'filled'}>
              {t('wizard.open')}
            </Button>
          </Group>
        }
      />
      <Stack gap="xl">
        {open && <CompileWizard />}
        <IssueList />
      </Stack>
    </>
  );
}
