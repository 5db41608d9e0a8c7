import { Badge, Button, Group, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { PagedTable } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import { useSearchState } from '@/hooks/use-search-state';
import { useFormat } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';

import { useProgrammeActions, useProgrammes } from '../api/training';
import '../i18n';

/**
 * Programme editions with their modules, a page at a time (the page in the address); a coordinator
 * approves a draft or starts a new edition.
 */
export function ProgrammeList({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const { paging, setPaging } = useSearchState([], 50);
  const programmes = useProgrammes(paging.page, paging.size);
  const actions = useProgrammeActions();
  const navigate = useNavigate();
  return (
    <>
      {canManage && (
        <Group mb="md">
          <Button component={Link} to={paths.trainingProgrammeNew.getHref()}>
            {t('editor.create')}
          </Button>
        </Group>
      )}
      <PagedTable
        label={t('programmes.table')}
        minWidth={720}
        result={programmes}
        emptyText={t('programmes.empty')}
        paging={paging}
        setPaging={setPaging}
        head={
          <>
            <Table.Th>{t('programmes.title')}</Table.Th>
            <Table.Th>{t('programmes.edition')}</Table.Th>
            <Table.Th>{t('programmes.hours')}</Table.Th>
            <Table.Th>{t('programmes.modules')}</Table.Th>
            <Table.Th>{t('programmes.issuer')}</Table.Th>
            <Table.Th>{t('programmes.status')}</Table.Th>
          </>
        }
        row={(p) => (
          <Table.Tr key={p.id}>
            <Table.Td>
              <Text fw={500}>{p.title}</Text>
              <Text size="xs" c="dimmed">
                {t(`programmeForm.${p.form}`)}
              </Text>
            </Table.Td>
            <Table.Td>{format.count(p.edition)}</Table.Td>
            <Table.Td>{format.count(p.totalHours)}</Table.Td>
            <Table.Td>
              <List size="sm">
                {p.modules.map((m) => (
                  <List.Item key={m.title}>
                    {t('programmes.module', { title: m.title, hours: m.hours })}
                  </List.Item>
                ))}
              </List>
            </Table.Td>
            <Table.Td>{p.issuer.name}</Table.Td>
            <Table.Td>
              <Group gap="xs">
                <Badge
                  variant="light"
                  color={p.status === 'APPROVED' ? 'green' : p.status === 'DRAFT' ? 'blue' : 'gray'}
                >
                  {t(`programmeStatus.${p.status}`)}
                </Badge>
                <Button
                  size="compact-xs"
                  variant="light"
                  component={Link}
                  to={paths.trainingQuestionBank.getHref(p.id)}
                  aria-label={t('bank.openFor', { title: p.title })}
                >
                  {t('bank.open')}
                </Button>
                {canManage && p.status === 'DRAFT' && (
                  <Button
                    size="compact-xs"
                    variant="light"
                    component={Link}
                    to={paths.trainingProgrammeEdit.getHref(p.id)}
                    aria-label={t('editor.editFor', { title: p.title })}
                  >
                    {t('editor.edit')}
                  </Button>
                )}
                {canManage && p.status === 'DRAFT' && (
                  <Button
                    size="compact-xs"
                    aria-label={t('programmes.approveFor', { title: p.title })}
                    onClick={() =>
                      actions.approve.mutate(p, {
                        onSuccess: () => notifySuccess(t('programmes.approved')),
                        onError: (e) => notifyError(e),
                      })
                    }
                  >
                    {t('programmes.approve')}
                  </Button>
                )}
                {canManage && p.status === 'APPROVED' && (
                  <Button
                    size="compact-xs"
                    variant="light"
                    aria-label={t('programmes.newEditionFor', { title: p.title })}
                    onClick={() =>
                      actions.newEdition.mutate(p.id, {
                        onSuccess: (draft) => {
                          notifySuccess(t('programmes.newEditionCreated'));
                          void navigate(paths.trainingProgrammeEdit.getHref(draft.id));
                        },
                        onError: (e) => notifyError(e),
                      })
                    }
                  >
                    {t('programmes.newEdition')}
                  </Button>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        )}
      />
    </>
  );
}
