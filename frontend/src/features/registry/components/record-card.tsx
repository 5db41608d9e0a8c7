import { Button, Paper, Stack } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { DetailList, type DetailListProps } from '@/components/ui/detail-list';
import { PageHeader } from '@/components/ui/page-header';
import { formatDateTime } from '@/lib/format';
import { EDITOR_ROLES, hasAnyRole, useSession } from '@/lib/session';

import type { RecordStatus } from '../api/get-reference';

import { ArchiveButton, type ArchiveButtonProps } from './archive-button';

type RegistryRecord = { status: RecordStatus; version: number; updatedAt: string };

export type RecordCardProps<T extends RegistryRecord> = {
  query: { data: T | undefined; isPending: boolean; error: unknown; refetch: () => unknown };
  archive: { isPending: boolean; mutate: ArchiveButtonProps['run'] };
  editHref: string;
  title: (data: T) => string;
  /** The record's details; the time of the last change follows them. */
  details: (data: T) => DetailListProps['items'];
  /** What follows the details, given whether the user may edit. */
  children?: (data: T, canEdit: boolean) => ReactNode;
};

/** The card of an organization or account: title, edit and archive buttons, details. */
export function RecordCard<T extends RegistryRecord>({
  query,
  archive,
  editHref,
  title,
  details,
  children,
}: RecordCardProps<T>) {
  const { t, i18n } = useTranslation('registry');
  const canEdit = hasAnyRole(useSession(), ...EDITOR_ROLES);
  const data = query.data;

  return (
    <DataState
      isLoading={query.isPending}
      error={query.error}
      isEmpty={false}
      onRetry={() => void query.refetch()}
    >
      {data && (
        <Stack>
          <PageHeader
            title={title(data)}
            actions={
              canEdit && (
                <>
                  <Button
                    component={Link}
                    to={editHref}
                    leftSection={<IconEdit size={16} aria-hidden />}
                  >
                    {t('card.edit')}
                  </Button>
                  <ArchiveButton
                    status={data.status}
                    version={data.version}
                    pending={archive.isPending}
                    run={archive.mutate}
                  />
                </>
              )
            }
          />
          <Paper withBorder p="md">
            <DetailList
              items={[
                ...details(data),
                {
                  label: t('card.updatedAt'),
                  value: formatDateTime(data.updatedAt, i18n.language),
                },
              ]}
            />
          </Paper>
          {children?.(data, canEdit)}
        </Stack>
      )}
    </DataState>
  );
}
