import { Alert, Button, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { FileDrop } from '@/components/ui/file-drop';
import { errorMessage, notifySuccess } from '@/lib/notify';

import type { RegistryEntity } from '../api/export-list';
import { type ImportReport, useImportFile } from '../api/import-file';

import { ImportReportTable } from './import-report-table';

const MAX_BYTES = 10 * 1024 * 1024;

/**
 * Bulk import: pick what to import, drop a CSV, XLSX or ODS file, check it with a dry run, read the per-row
 * report, then apply — possible only when the check found no errors.
 */
export function ImportPanel() {
  const { t } = useTranslation('registry');
  const [entity, setEntity] = useState<RegistryEntity>('organizations');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [rejected, setRejected] = useState(false);
  const [sheet, setSheet] = useState<string | null>(null);
  const importFile = useImportFile(entity);

  const reset = () => {
    setReport(null);
    importFile.reset();
  };

  const run = (dryRun: boolean, chosenSheet: string | null = sheet) => {
    if (!file) return;
    importFile.mutate(
      { file, dryRun, sheet: chosenSheet },
      {
        onSuccess: (result) => {
          setReport(result);
          if (result.applied) notifySuccess(t('import.applied'));
        },
      },
    );
  };

  const canApply = !!file && !!report && report.dryRun && report.totals.errors === 0;

  return (
    <Stack>
      <Paper withBorder p="md">
        <Stack>
          <div>
            <Text size="sm" fw={500} mb={4} id="import-entity-label">
              {t('import.entity')}
            </Text>
            <SegmentedControl
              aria-labelledby="import-entity-label"
              value={entity}
              onChange={(value) => {
                setEntity(value as RegistryEntity);
                reset();
              }}
              data={[
                { value: 'organizations', label: t('import.entities.organizations') },
                { value: 'accounts', label: t('import.entities.accounts') },
              ]}
            />
          </div>
          <Text size="sm" c="dimmed">
            {t(`import.columns.${entity}`)}
          </Text>
          <FileDrop
            extensions={['.csv', '.xlsx', '.ods']}
            maxBytes={MAX_BYTES}
            label={t('import.fileInput')}
            title={t('import.drop')}
            hint={t('import.dropHint')}
            onFile={(picked) => {
              setFile(picked);
              setRejected(false);
              setSheet(null);
              reset();
            }}
            onReject={() => setRejected(true)}
          />
          {rejected && (
            <Alert color="red" role="alert">
              {t('import.rejected')}
            </Alert>
          )}
          {file && (
            <Text size="sm">
              {t('import.selected')}: <strong>{file.name}</strong>
            </Text>
          )}
          {report && report.sheets.length > 1 && (
            <Select
              label={t('import.sheet')}
              description={t('import.sheetHint')}
              data={report.sheets}
              value={report.sheet ?? null}
              allowDeselect={false}
              onChange={(value) => {
                setSheet(value);
                run(true, value);
              }}
              maw={360}
            />
          )}
          <Group>
            <Button
              onClick={() => run(true)}
              disabled={!file}
              loading={importFile.isPending && importFile.variables?.dryRun}
            >
              {t('import.check')}
            </Button>
            <Button
              color="green"
              onClick={() => run(false)}
              disabled={!canApply}
              loading={importFile.isPending && importFile.variables?.dryRun === false}
            >
              {t('import.apply')}
            </Button>
          </Group>
          {importFile.isError && (
            <Alert color="red" role="alert" title={t('import.failed')}>
              {errorMessage(importFile.error)}
            </Alert>
          )}
        </Stack>
      </Paper>
      {report && (
        <Paper withBorder p="md">
          <Stack>
            <Alert
              color={report.totals.errors > 0 ? 'red' : 'green'}
              title={
                report.applied
                  ? t('import.resultApplied')
                  : report.totals.errors > 0
                    ? t('import.resultHasErrors')
                    : t('import.resultReady')
              }
            >
              {report.totals.errors > 0
                ? t('import.nothingWritten')
                : report.applied
                  ? ''
                  : t('import.readyHint')}
            </Alert>
            <ImportReportTable report={report} />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
