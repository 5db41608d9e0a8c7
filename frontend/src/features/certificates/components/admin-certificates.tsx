import {
  Badge,
  Button,
  Group,
  Menu,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  VisuallyHidden,
} from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PagedTable } from '@/components/ui/paged-table';
import { SearchInput } from '@/components/ui/search-input';
import { useSearchState } from '@/hooks/use-search-state';
import { useFormat } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';
import { hasAnyRole, useSession } from '@/lib/session';

import { type StaffCertificate, useCertificates } from '../api/get-certificates';
import {
  downloadArchive,
  downloadFrdo,
  downloadPdf,
  useManageCertificate,
} from '../api/manage-certificate';

const KEYS = ['q', 'year', 'status'] as const;

type Action = { kind: 'revoke' | 'reissue'; certificate: StaffCertificate } | null;

/** Staff list of certificates: search, download (PDF, ZIP of a year, ФИС ФРДО), revoke, reissue, regenerate. */
export function AdminCertificates() {
  const { t } = useTranslation('certificates');
  const format = useFormat();
  const session = useSession();
  const isAdmin = hasAnyRole(session, 'ADMIN');
  const { values, paging, setFilters, setPaging } = useSearchState(KEYS);
  const year = values.year ? Number(values.year) : new Date().getFullYear();
  const list = useCertificates({
    q: values.q,
    year: values.year ? Number(values.year) : undefined,
    status: (values.status || undefined) as StaffCertificate['status'] | undefined,
    page: paging.page,
    size: paging.size,
  });
  const manage = useManageCertificate();
  const [action, setAction] = useState<Action>(null);
  const years = [];
  for (let y = new Date().getFullYear(); y >= 2022; y--) years.push(String(y));

  const run = (work: Promise<unknown>, done: string) =>
    work.then(() => notifySuccess(done)).catch((error: unknown) => notifyError(error));

  return (
    <>
      <Group mb="md" align="flex-end" justify="space-between">
        <Group align="flex-end">
          <SearchInput
            label={t('admin.search')}
            value={values.q}
            onChange={(q) => setFilters({ q })}
          />
          <Select
            label={t('register.year')}
            data={years}
            value={values.year || null}
            onChange={(y) => setFilters({ year: y })}
            clearable
          />
          <Select
            label={t('fields.status')}
            data={[
              { value: 'ISSUED', label: t('status.ISSUED') },
              { value: 'REVOKED', label: t('status.REVOKED') },
            ]}
            value={values.status || null}
            onChange={(status) => setFilters({ status })}
            clearable
          />
        </Group>
        <Group>
          <Button
            variant="light"
            onClick={() => void run(downloadArchive(year), t('admin.downloaded'))}
          >
            {t('admin.zip', { year })}
          </Button>
          {isAdmin && (
            <Button
              variant="light"
              onClick={() => void run(downloadFrdo(year), t('admin.downloaded'))}
            >
              {t('admin.frdo', { year })}
            </Button>
          )}
        </Group>
      </Group>
      <PagedTable
        label={t('admin.title')}
        minWidth={760}
        result={list}
        emptyText={t('admin.empty')}
        paging={paging}
        setPaging={setPaging}
        head={
          <>
            <Table.Th>{t('fields.number')}</Table.Th>
            <Table.Th>{t('fields.name')}</Table.Th>
            <Table.Th>{t('fields.programme')}</Table.Th>
            <Table.Th>{t('fields.issueDate')}</Table.Th>
            <Table.Th>{t('fields.status')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('admin.actions')}</VisuallyHidden>
            </Table.Th>
          </>
        }
        row={(c) => (
          <Table.Tr key={c.id}>
            <Table.Td>{c.number}</Table.Td>
            <Table.Td>{c.fullName}</Table.Td>
            <Table.Td>{c.programmeTitle}</Table.Td>
            <Table.Td>{format.date(c.issueDate)}</Table.Td>
            <Table.Td>
              <Badge color={c.status === 'REVOKED' ? 'red' : 'green'} variant="light">
                {t(`status.${c.status}`)}
              </Badge>
              {c.revocationReason && (
                <Text size="xs" c="dimmed">
                  {c.revocationReason}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    aria-label={t('admin.actionsFor', { number: c.number })}
                  >
                    <IconDots size={16} aria-hidden />
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    onClick={() => void run(downloadPdf(c.id, c.number), t('admin.downloaded'))}
                  >
                    {t('admin.pdf')}
                  </Menu.Item>
                  {isAdmin && c.status === 'ISSUED' && (
                    <>
                      <Menu.Item onClick={() => setAction({ kind: 'revoke', certificate: c })}>
                        {t('admin.revoke')}
                      </Menu.Item>
                      <Menu.Item onClick={() => setAction({ kind: 'reissue', certificate: c })}>
                        {t('admin.reissue')}
                      </Menu.Item>
                    </>
                  )}
                  {isAdmin && (
                    <Menu.Item
                      onClick={() =>
                        void run(manage.regenerate.mutateAsync(c.id), t('admin.regenerated'))
                      }
                    >
                      {t('admin.regenerate')}
                    </Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
            </Table.Td>
          </Table.Tr>
        )}
      />
      <ActionModal action={action} onClose={() => setAction(null)} />
    </>
  );
}

function ActionModal({ action, onClose }: { action: Action; onClose: () => void }) {
  const { t } = useTranslation('certificates');
  const manage = useManageCertificate();
  const [reason, setReason] = useState('');
  const [surname, setSurname] = useState('');
  const [givenName, setGivenName] = useState('');
  const [patronymic, setPatronymic] = useState('');
  const [shown, setShown] = useState<Action>(null);
  if (action !== shown) {
    setShown(action);
    setReason('');
    setSurname(action?.certificate.surname ?? '');
    setGivenName(action?.certificate.givenName ?? '');
    setPatronymic(action?.certificate.patronymic ?? '');
  }
  if (!action) return null;
  const c = action.certificate;
  const submit = async () => {
    try {
      if (action.kind === 'revoke') {
        await manage.revoke.mutateAsync({ id: c.id, body: { reason } });
        notifySuccess(t('admin.revoked'));
      } else {
        await manage.reissue.mutateAsync({
          id: c.id,
          body: { reason, surname, givenName, patronymic: patronymic || null },
        });
        notifySuccess(t('admin.reissued'));
      }
      onClose();
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(action.kind === 'revoke' ? 'admin.revokeTitle' : 'admin.reissueTitle', {
        number: c.number,
      })}
    >
      <Stack>
        {action.kind === 'reissue' && (
          <>
            <TextInput
              label={t('fields.surname')}
              value={surname}
              onChange={(e) => setSurname(e.currentTarget.value)}
              required
            />
            <TextInput
              label={t('fields.givenName')}
              value={givenName}
              onChange={(e) => setGivenName(e.currentTarget.value)}
              required
            />
            <TextInput
              label={t('fields.patronymic')}
              value={patronymic}
              onChange={(e) => setPatronymic(e.currentTarget.value)}
            />
          </>
        )}
        <Textarea
          label={t('admin.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('admin.cancel')}
          </Button>
          <Button
            color={action.kind === 'revoke' ? 'red' : undefined}
            onClick={() => void submit()}
          >
            {t(action.kind === 'revoke' ? 'admin.revoke' : 'admin.reissue')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
