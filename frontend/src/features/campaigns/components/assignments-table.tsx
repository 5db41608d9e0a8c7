import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PagedTable } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import { useSearchState } from '@/hooks/use-search-state';
import { formatDate, formatIndex } from '@/lib/format';
import { errorMessage, notifySuccess } from '@/lib/notify';

import { useAssignments, useReassign } from '../api/assignments';
import {
  type AssignmentRole,
  type AssignmentRow,
  type AssignmentsQuery,
  type Campaign,
  EVALUATION_STATUSES,
  type EvaluationStatus,
} from '../api/schema';

const FILTERS = ['status', 'expert', 'municipality', 'role', 'overdue'] as const;
const REASSIGNABLE: EvaluationStatus[] = ['DRAFT', 'RETURNED'];

function ReassignDialog({
  row,
  campaign,
  onClose,
}: {
  row: AssignmentRow;
  campaign: Campaign;
  onClose: () => void;
}) {
  const { t } = useTranslation('campaigns');
  const reassign = useReassign(campaign.id);
  const [expertId, setExpertId] = useState<string | null>(null);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('assignments.reassignTitle', { name: row.account.displayName })}
    >
      <Stack>
        <Text size="sm">{t('assignments.currentExpert', { name: row.expert.fullName })}</Text>
        <Select
          label={t('assignments.newExpert')}
          data={campaign.experts
            .filter((expert) => expert.userId !== row.expert.id)
            .map((expert) => ({ value: expert.userId, label: expert.fullName }))}
          value={expertId}
          onChange={setExpertId}
          error={reassign.error ? errorMessage(reassign.error) : undefined}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button
            disabled={!expertId}
            loading={reassign.isPending}
            onClick={() =>
              expertId &&
              reassign.mutate(
                { evaluationId: row.evaluationId, expertId, version: row.version },
                {
                  onSuccess: (saved) => {
                    notifySuccess(t('assignments.reassigned', { name: saved.expert.fullName }));
                    onClose();
                  },
                },
              )
            }
          >
            {t('assignments.reassign')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export type AssignmentsTableProps = {
  campaign: Campaign;
  /** the municipalities of the campaign's accounts, for the filter */
  municipalities: { id: string; name: string }[];
};

/** The campaign's evaluations with filters (kept in the URL) and manual reassignment. */
export function AssignmentsTable({ campaign, municipalities }: AssignmentsTableProps) {
  const { t, i18n } = useTranslation('campaigns');
  const { values, paging, setFilters, setPaging } = useSearchState(FILTERS, 50);
  const [reassigning, setReassigning] = useState<AssignmentRow | null>(null);
  const query: AssignmentsQuery = {
    campaign: campaign.id,
    status: (values.status as EvaluationStatus) || undefined,
    expert: values.expert || undefined,
    municipality: values.municipality || undefined,
    role: (values.role as AssignmentRole) || undefined,
    overdue: values.overdue === 'true' ? true : undefined,
    page: paging.page,
    size: paging.size,
  };
  const assignments = useAssignments(query);
  const canReassign = campaign.stage === 'PREPARATION' || campaign.stage === 'EVALUATION';
  const municipalityOptions = municipalities.map((m) => ({ value: m.id, label: m.name }));
  const date = (value: string | null) => formatDate(value, i18n.language);

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('assignments.status')}
          placeholder={t('assignments.any')}
          data={EVALUATION_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          value={values.status || null}
          onChange={(value) => setFilters({ status: value })}
          clearable
          w={180}
        />
        <Select
          label={t('assignments.expert')}
          placeholder={t('assignments.any')}
          data={campaign.experts.map((e) => ({ value: e.userId, label: e.fullName }))}
          value={values.expert || null}
          onChange={(value) => setFilters({ expert: value })}
          clearable
          searchable
          w={220}
        />
        <Select
          label={t('assignments.municipality')}
          placeholder={t('assignments.any')}
          data={municipalityOptions}
          value={values.municipality || null}
          onChange={(value) => setFilters({ municipality: value })}
          clearable
          searchable
          w={220}
        />
        <Select
          label={t('assignments.role')}
          placeholder={t('assignments.any')}
          data={(['PRIMARY', 'SECOND'] as const).map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={values.role || null}
          onChange={(value) => setFilters({ role: value })}
          clearable
          w={170}
        />
        <Checkbox
          label={t('assignments.overdueOnly')}
          checked={values.overdue === 'true'}
          onChange={(event) => setFilters({ overdue: event.currentTarget.checked ? 'true' : null })}
          mb={8}
        />
      </Group>
      <PagedTable
        label={t('assignments.table')}
        minWidth={960}
        withBorder
        result={assignments}
        emptyText={t('assignments.empty')}
        paging={paging}
        setPaging={setPaging}
        head={
          <>
            <Table.Th>{t('assignments.account')}</Table.Th>
            <Table.Th>{t('assignments.organization')}</Table.Th>
            <Table.Th>{t('assignments.municipality')}</Table.Th>
            <Table.Th>{t('assignments.expert')}</Table.Th>
            <Table.Th>{t('assignments.role')}</Table.Th>
            <Table.Th>{t('assignments.status')}</Table.Th>
            <Table.Th>{t('assignments.index')}</Table.Th>
            <Table.Th>{t('assignments.due')}</Table.Th>
            <Table.Th>{t('assignments.actions')}</Table.Th>
          </>
        }
        row={(row) => (
          <Table.Tr key={row.evaluationId}>
            <Table.Td>
              <Anchor href={row.account.url} target="_blank" rel="noopener noreferrer">
                {row.account.displayName}
              </Anchor>
            </Table.Td>
            <Table.Td>{row.organization.name}</Table.Td>
            <Table.Td>{row.municipality.name}</Table.Td>
            <Table.Td>{row.expert.fullName}</Table.Td>
            <Table.Td>{t(`roles.${row.role}`)}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={row.overdue ? 'red' : 'gray'}>
                {row.status === 'DRAFT' && !row.started
                  ? t('statuses.NOT_STARTED')
                  : t(`statuses.${row.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{formatIndex(row.index, i18n.language)}</Table.Td>
            <Table.Td c={row.overdue ? 'red' : undefined}>
              {date(row.due)}
              {row.overdue && ` · ${t('assignments.overdue')}`}
            </Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                {row.status === 'SUBMITTED' && (
                  <Anchor
                    component={Link}
                    to={paths.campaignReview.getHref(campaign.id, row.evaluationId)}
                    size="sm"
                  >
                    {t('assignments.review')}
                  </Anchor>
                )}
                {canReassign && REASSIGNABLE.includes(row.status) && (
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => setReassigning(row)}
                    aria-label={t('assignments.reassignOf', {
                      name: row.account.displayName,
                    })}
                  >
                    {t('assignments.reassign')}
                  </Button>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        )}
      />
      {reassigning && (
        <ReassignDialog
          row={reassigning}
          campaign={campaign}
          onClose={() => setReassigning(null)}
        />
      )}
    </Stack>
  );
}
