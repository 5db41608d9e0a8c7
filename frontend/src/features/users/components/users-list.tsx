import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconEdit, IconKey, IconPlus } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PagedTable } from '@/components/ui/paged-table';
import { SearchInput } from '@/components/ui/search-input';
import { useSearchState } from '@/hooks/use-search-state';
import { formatDateTime } from '@/lib/format';
import { useSession } from '@/lib/session';

import { type User, type UsersQuery, useUsers } from '../api/get-users';

import { CreateUserForm } from './create-user-form';
import { EditUserForm } from './edit-user-form';
import { ResetPasswordForm } from './reset-password-form';
import { ALL_ROLES } from './roles';

const KEYS = ['q', 'role', 'active'] as const;

type Dialog = { kind: 'create' } | { kind: 'edit' | 'password'; user: User } | null;

/**
 * `ownPasswordForm` is shown when administrators change their own password: that change needs the
 * current password and keeps the administrator signed in (the self-service form of the auth feature).
 */
export function UsersList({
  ownPasswordForm,
}: {
  ownPasswordForm: (onDone: () => void) => ReactNode;
}) {
  const { t, i18n } = useTranslation(['users', 'common']);
  const session = useSession();
  const { values, paging, setFilters, setPaging } = useSearchState(KEYS);
  const query = {
    q: values.q,
    role: values.role || undefined,
    active: values.active === '' ? undefined : values.active === 'true',
    ...paging,
  } as UsersQuery;
  const users = useUsers(query);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const date = (value?: string | null) => formatDateTime(value, i18n.language);

  return (
    <Stack>
      <Paper withBorder p="md">
        <Group align="flex-end" justify="space-between">
          <Group align="flex-end">
            <SearchInput
              label={t('users:search')}
              value={values.q}
              onChange={(q) => setFilters({ q })}
            />
            <Select
              label={t('users:fields.role')}
              placeholder={t('users:any')}
              clearable
              data={ALL_ROLES.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
              value={values.role || null}
              onChange={(role) => setFilters({ role })}
            />
            <Select
              label={t('users:fields.active')}
              placeholder={t('users:any')}
              clearable
              data={[
                { value: 'true', label: t('users:activeYes') },
                { value: 'false', label: t('users:activeNo') },
              ]}
              value={values.active || null}
              onChange={(active) => setFilters({ active })}
            />
          </Group>
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setDialog({ kind: 'create' })}
          >
            {t('users:new')}
          </Button>
        </Group>
      </Paper>
      <PagedTable
        label={t('users:title')}
        minWidth={800}
        highlightOnHover
        result={users}
        emptyText={t('users:empty')}
        paging={paging}
        setPaging={setPaging}
        head={
          <>
            <Table.Th>{t('users:fields.fullName')}</Table.Th>
            <Table.Th>{t('users:fields.email')}</Table.Th>
            <Table.Th>{t('users:fields.roles')}</Table.Th>
            <Table.Th>{t('users:fields.active')}</Table.Th>
            <Table.Th>{t('users:fields.lastLoginAt')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('users:actions')}</VisuallyHidden>
            </Table.Th>
          </>
        }
        row={(user) => (
          <Table.Tr key={user.id}>
            <Table.Td>{user.fullName}</Table.Td>
            <Table.Td>{user.email}</Table.Td>
            <Table.Td>
              <Group gap={4}>
                {user.roles.map((role) => (
                  <Badge key={role} variant="light" size="sm">
                    {t(`common:roles.${role}`)}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
            <Table.Td>
              <Badge color={user.active ? 'green' : 'gray'} variant="light">
                {user.active ? t('users:activeYes') : t('users:activeNo')}
              </Badge>
            </Table.Td>
            <Table.Td>{date(user.lastLoginAt)}</Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <Tooltip label={t('users:edit')}>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('users:editUser', { email: user.email })}
                    onClick={() => setDialog({ kind: 'edit', user })}
                  >
                    <IconEdit size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('users:resetPassword')}>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('users:resetPasswordFor', { email: user.email })}
                    onClick={() => setDialog({ kind: 'password', user })}
                  >
                    <IconKey size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Table.Td>
          </Table.Tr>
        )}
      />
      <Modal opened={dialog?.kind === 'create'} onClose={close} title={t('users:new')}>
        {dialog?.kind === 'create' && <CreateUserForm onDone={close} />}
      </Modal>
      <Modal opened={dialog?.kind === 'edit'} onClose={close} title={t('users:edit')}>
        {dialog?.kind === 'edit' && <EditUserForm user={dialog.user} onDone={close} />}
      </Modal>
      <Modal opened={dialog?.kind === 'password'} onClose={close} title={t('users:resetPassword')}>
        {dialog?.kind === 'password' &&
          (dialog.user.id === session?.user.id ? (
            ownPasswordForm(close)
          ) : (
            <ResetPasswordForm user={dialog.user} onDone={close} />
          ))}
      </Modal>
    </Stack>
  );
}
