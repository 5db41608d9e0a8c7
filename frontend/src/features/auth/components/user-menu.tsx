import { Box, Button, Menu, Modal, Text } from '@mantine/core';
import { IconBell, IconKey, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { useSession } from '@/lib/session';

import { useLogout } from '../api/logout';

// The form (react-hook-form, zod) loads when it is opened, not with every page.
const ChangePasswordForm = lazy(() =>
  import('./change-password-form').then((module) => ({ default: module.ChangePasswordForm })),
);

export function UserMenu() {
  const { t } = useTranslation(['auth', 'common']);
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const [changing, setChanging] = useState(false);

  if (!session) {
    return (
      <Button component={Link} to={paths.signIn.getHref()} size="xs" variant="light">
        {t('auth:signIn.action')}
      </Button>
    );
  }
  const { user } = session;
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconUserCircle size={18} aria-hidden />}
            aria-label={t('auth:menu.label', { name: user.fullName })}
          >
            {/* on a phone the icon alone: a full name does not fit beside the title (WCAG 1.4.10) */}
            <Box component="span" visibleFrom="sm">
              {user.fullName}
            </Box>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="xs">{user.email}</Text>
            <Text size="xs" c="dimmed">
              {user.roles.map((role) => t(`common:roles.${role}`)).join(', ')}
            </Text>
          </Menu.Label>
          <Menu.Item
            component={Link}
            to={paths.myNotifications.getHref()}
            leftSection={<IconBell size={16} aria-hidden />}
          >
            {t('auth:menu.notifications')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconKey size={16} aria-hidden />}
            onClick={() => setChanging(true)}
          >
            {t('auth:changePassword.action')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconLogout size={16} aria-hidden />}
            onClick={() =>
              logout.mutate(undefined, { onSettled: () => navigate(paths.home.getHref()) })
            }
          >
            {t('auth:signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={changing}
        onClose={() => setChanging(false)}
        title={t('auth:changePassword.title')}
      >
        {changing && (
          <Suspense fallback={null}>
            <ChangePasswordForm onDone={() => setChanging(false)} />
          </Suspense>
        )}
      </Modal>
    </>
  );
}
