import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { DataState } from '@/components/ui/data-state';

import { useMailPreview } from '../api/bulletins';
import '../i18n';

/** The draft as the e-mail would carry it (rendered by the server), shown sandboxed. */
export function MailPreview({ id, version }: { id: string; version: number }) {
  const { t } = useTranslation('bulletins');
  const mail = useMailPreview(id, version);
  return (
    <DataState isLoading={mail.isLoading} error={mail.error} isEmpty={false}>
      {mail.data && (
        <Stack gap="sm" maw={900}>
          <Text fw={600}>
            {t('editor.mailSubject')}: {mail.data.subject}
          </Text>
          <iframe
            title={t('editor.mailHtml')}
            srcDoc={mail.data.html}
            sandbox=""
            style={{ width: '100%', height: 560, border: '1px solid var(--mantine-color-gray-4)' }}
          />
          <Text size="sm" fw={600}>
            {t('editor.mailText')}
          </Text>
          <Text component="pre" size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {mail.data.text}
          </Text>
        </Stack>
      )}
    </DataState>
  );
}
