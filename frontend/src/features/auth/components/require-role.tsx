import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';

import { paths } from '@/config/paths';
import { hasAnyRole, type Role, useSession } from '@/lib/session';

export type RequireRoleProps = { roles: Role[]; children: ReactNode };

/** Sends anonymous visitors to sign-in; tells signed-in users without the role that they may not enter. */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const session = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (!session) {
    return <Navigate to={paths.signIn.getHref(location.pathname + location.search)} replace />;
  }
  if (!hasAnyRole(session, ...roles)) {
    return (
      <Alert color="yellow" title={t('errors.forbiddenTitle')}>
        {t('errors.forbiddenText')}
      </Alert>
    );
  }
  return <>{children}</>;
}
