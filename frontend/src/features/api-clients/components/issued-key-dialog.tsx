import {
  ActionIcon,
  Alert,
  Button,
  CopyButton,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import type { IssuedApiKey } from '../api/create-api-client';

export type IssuedKeyDialogProps = { issued: IssuedApiKey | null; onClose: () => void };

/**
 * Shows a new client's API key — the only time anyone sees it: the server keeps just a hash. The
 * dialog closes only through its button, so a stray click cannot lose the key.
 */
export function IssuedKeyDialog({ issued, onClose }: IssuedKeyDialogProps) {
  const { t } = useTranslation(['apiClients', 'common']);
  return (
    <Modal
      opened={issued !== null}
      onClose={onClose}
      title={t('apiClients:issued.title')}
      closeOnClickOutside={false}
      closeOnEscape={false}
      withCloseButton={false}
      size="lg"
    >
      {issued && (
        <Stack>
          <Text size="sm">{t('apiClients:issued.text', { name: issued.client.name })}</Text>
          <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {t('apiClients:issued.warning')}
          </Alert>
          <TextInput
            label={t('apiClients:issued.key')}
            value={issued.key}
            readOnly
            ff="monospace"
            onFocus={(event) => event.currentTarget.select()}
            rightSection={
              <CopyButton value={issued.key}>
                {({ copied, copy }) => (
                  <Tooltip
                    label={copied ? t('apiClients:issued.copied') : t('apiClients:issued.copy')}
                  >
                    <ActionIcon
                      variant="subtle"
                      color={copied ? 'green' : 'gray'}
                      onClick={copy}
                      aria-label={t('apiClients:issued.copy')}
                    >
                      {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            }
          />
          <Text size="xs" c="dimmed">
            {t('apiClients:issued.usage')}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('apiClients:issued.done')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
