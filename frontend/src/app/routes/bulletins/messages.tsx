import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { MessageLog } from '@/features/bulletins/components/message-log';
import { hasAnyRole, useSession } from '@/lib/session';

export function BulletinMessagesRoute() {
  const { t } = useTranslation('bulletins');
  const session = useSession();
  const [params, setParams] = useSearchParams();
  return (
    <>
      <PageHeader
        title={t('messages.pageTitle')}
        actions={
          <Button component={Link} to={paths.bulletinEditorial.getHref()} variant="default">
            {t('editorial.pageTitle')}
          </Button>
        }
      />
      <MessageLog
        admin={hasAnyRole(session, 'ADMIN')}
        issue={params.get('issue')}
        onClearIssue={() => setParams({})}
      />
    </>
  );
}
