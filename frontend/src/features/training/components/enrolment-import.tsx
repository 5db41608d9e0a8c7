import { Alert, Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { FileDrop } from '@/components/ui/file-drop';
import { CellMessages, OUTCOME_COLORS } from '@/components/ui/import-messages';
import { ScrollTable } from '@/components/ui/scroll-table';
import { errorMessage, notifySuccess } from '@/lib/notify';

import { type EnrolmentImportReport, useEnrolmentImport } from '../api/training';
import '../i18n';

const MAX_BYTES = 10 * 1024 * 1024;

/** The preview (or result) of an enrolment import: totals, then every row with its problems. */
export function EnrolmentImportReportView({ report }: { report: EnrolmentImportReport }) {
  const { t } = useTranslation('training');
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge color="green" variant="light">
          {t('import.totals.created', { count: report.totals.created })}
        </Badge>
        <Badge color="gray" variant="light">
          {t('import.totals.unchanged', { count: report.totals.unchanged })}
        </Badge>
        <Badge color="red" variant="light">
          {t('import.totals.errors', { count: report.totals.errors })}
        </Badge>
      </Group>
      {report.ignoredColumns.length > 0 && (
        <Alert color="yellow" title={t('import.ignored')}>
          {report.ignoredColumns
            .map((c) =>
              c.suggestion
                ? t('import.suggest', { header: c.header, suggestion: c.suggestion })
                : c.header,
            )
            .join('; ')}
        </Alert>
      )}
      <ScrollTable minWidth={640} label={t('import.previewLabel')}>
        <Table striped aria-label={t('import.previewLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('import.row')}</Table.Th>
              <Table.Th scope="col">{t('import.outcome')}</Table.Th>
              <Table.Th scope="col">{t('fields.email')}</Table.Th>
              <Table.Th scope="col">{t('import.problems')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rows.map((row) => (
              <Table.Tr key={row.row}>
                <Table.Td>{row.row}</Table.Td>
                <Table.Td>
                  <Badge color={OUTCOME_COLORS[row.outcome]} variant="light">
                    {t(`import.outcomes.${row.outcome}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{row.key ?? '—'}</Table.Td>
                <Table.Td>
                  {row.errors.length > 0 && <CellMessages items={row.errors} />}
                  {row.warnings.length > 0 && <CellMessages items={row.warnings} />}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

/**
 * «Загрузить список»: pick a CSV, XLSX or ODS file, see the dry run's row-by-row preview, and apply it —
 * possible only when the preview has no errors. Nothing is written until «Зачислить».
 */
export function EnrolmentImport({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation('training');
  const [opened, setOpened] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [rejected, setRejected] = useState(false);
  const [report, setReport] = useState<EnrolmentImportReport | null>(null);
  const importFile = useEnrolmentImport(cohortId);

  const close = () => {
    setOpened(false);
    setFile(null);
    setReport(null);
    setRejected(false);
    importFile.reset();
  };

  const run = (dryRun: boolean) => {
    if (!file) return;
    importFile.mutate(
      { file, dryRun },
      {
        onSuccess: (result) => {
          setReport(result);
          if (result.applied) {
            notifySuccess(t('import.applied', { count: result.totals.created }));
            close();
          }
        },
      },
    );
  };

  const canApply = !!file && !!report && report.dryRun && report.totals.errors === 0;

  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)}>
        {t('import.open')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('import.title')} size="xl">
        <Stack>
          <Text size="sm" c="dimmed">
            {t('import.columns')}
          </Text>
          <FileDrop
            extensions={['.csv', '.xlsx', '.ods']}
            maxBytes={MAX_BYTES}
            label={t('import.file')}
            title={t('import.drop')}
            hint={file ? file.name : t('import.dropHint')}
            onFile={(picked) => {
              setFile(picked);
              setRejected(false);
              setReport(null);
              importFile.reset();
            }}
            onReject={() => setRejected(true)}
          />
          {rejected && <Alert color="red">{t('import.rejected')}</Alert>}
          {importFile.error && <Alert color="red">{errorMessage(importFile.error)}</Alert>}
          <Group>
            <Button
              variant="default"
              disabled={!file}
              loading={importFile.isPending && importFile.variables?.dryRun}
              onClick={() => run(true)}
            >
              {t('import.check')}
            </Button>
            <Button
              disabled={!canApply}
              loading={importFile.isPending && importFile.variables?.dryRun === false}
              onClick={() => run(false)}
            >
              {t('import.apply')}
            </Button>
          </Group>
          {report && <EnrolmentImportReportView report={report} />}
        </Stack>
      </Modal>
    </>
  );
}
