import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';

import { RouteError } from '@/components/errors/route-error';
import { paths } from '@/config/paths';
import { RequireRole } from '@/features/auth/components/require-role';
import { EDITOR_ROLES } from '@/lib/session';

import { AuditRoute } from './routes/admin/audit';
import { UsersRoute } from './routes/admin/users';
import { AppRoot } from './routes/app-root';
import { NotFoundRoute } from './routes/not-found';
import { AccountRoute } from './routes/registry/account';
import { AccountEditRoute } from './routes/registry/account-edit';
import { AccountNewRoute } from './routes/registry/account-new';
import { AccountsRoute } from './routes/registry/accounts';
import { ImportRoute } from './routes/registry/import';
import { OrganizationRoute } from './routes/registry/organization';
import { OrganizationEditRoute } from './routes/registry/organization-edit';
import { OrganizationNewRoute } from './routes/registry/organization-new';
import { OrganizationsRoute } from './routes/registry/organizations';
import { SignInRoute } from './routes/sign-in';

const editors = (element: React.ReactNode) => (
  <RequireRole roles={EDITOR_ROLES}>{element}</RequireRole>
);

export const routes: RouteObject[] = [
  {
    element: <AppRoot />,
    errorElement: <RouteError />,
    children: [
      { path: paths.home.path, element: <Navigate to={paths.accounts.getHref()} replace /> },
      { path: paths.signIn.path, element: <SignInRoute /> },
      { path: paths.organizations.path, element: <OrganizationsRoute /> },
      { path: paths.organizationNew.path, element: editors(<OrganizationNewRoute />) },
      { path: paths.organization.path, element: <OrganizationRoute /> },
      { path: paths.organizationEdit.path, element: editors(<OrganizationEditRoute />) },
      { path: paths.accounts.path, element: <AccountsRoute /> },
      { path: paths.accountNew.path, element: editors(<AccountNewRoute />) },
      { path: paths.account.path, element: <AccountRoute /> },
      { path: paths.accountEdit.path, element: editors(<AccountEditRoute />) },
      { path: paths.import.path, element: editors(<ImportRoute />) },
      {
        path: paths.users.path,
        element: (
          <RequireRole roles={['ADMIN']}>
            <UsersRoute />
          </RequireRole>
        ),
      },
      { path: paths.audit.path, element: editors(<AuditRoute />) },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
