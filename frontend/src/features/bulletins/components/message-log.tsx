import {
  Anchor,
  Badge,
  Button,
  Code,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataState } from '@/components/ui/data-state';
import { ScrollTable } from '@/components/ui/scroll-table';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/format';

import {
  type Message,
  type MessageKind,
  type MessageStatus,
  useMessageContent,
  useMessages,
} from '../api/bulletins';
import '../i18n';

const KINDS: MessageKind[] = ['CONFIRM', 'ISSUE', 'TEST'];
const STATUSES: MessageStatus[] = ['PENDING', 'SENT', 'HELD', 'FAILED', 'BOUNCED', 'CANCELLED'];
const STATUS_COLORS: Record<MessageStatus, string> = {
  PENDING: 'blue',
  SENT: 'green',
  HELD: 'gray',
  FAILED: 'red',
  BOUNCED: 'orange',
  CANCELLED: 'gray',
};

export type MessageLogProps = {
  /** Administrators see every kind, addresses in full and the messages themselves. */
  admin: boolean;
  /** Only the messages of this issue (from the delivery panel), or all. */
  issue: string | null;
  onClearIssue: () => void;
};

/** What the bulletin channel sent: newest first, filtered by kind, status, issue and (admins) address. */
export function MessageLog({ admin, issue, onClearIssue }: MessageLogProps) {
  const { t } = useTranslation('bulletins');
  const format = useFormat();
  const [kind, setKind] = useState<MessageKind | null>(null);
  const [status, setStatus] = useState<MessageStatus | null>(null);
  const [recipient, setRecipient] = useState('');
  const [page, setPage] = useState(0);
  const [shown, setShown] = useState<string | null>(null);
  const messages = useMessages({
    page,
    ...(kind ? { kind } : {}),
    ...(status ? { status } : {}),
    ...(issue ? { issue } : {}),
    ...(admin && recipient.trim() ? { recipient: recipient.trim() } : {}),
  });
  const pages = messages.data ? Math.max(1, Math.ceil(messages.data.total / 50)) : 1;
  return (
    <Stack gap="md">
      <Text maw={900}>{t('messages.intro')}</Text>
      <Fieldset legend={t('messages.filters')} maw={900}>
        <SimpleGrid cols={{ base: 1, sm: admin ? 3 : 2 }}>
          <Select
            label={t('messages.kind')}
            placeholder={t('messages.any')}
            data={(admin ? KINDS : KINDS.filter((k) => k !== 'CONFIRM')).map((k) => ({
              value: k,
              label: t(`messages.kinds.${k}`),
            }))}
            value={kind}
            onChange={(value) => {
              setKind(value as MessageKind | null);
              setPage(0);
            }}
            clearable
          />
          <Select
            label={t('messages.status')}
            placeholder={t('messages.any')}
            data={STATUSES.map((s) => ({ value: s, label: t(`messages.statuses.${s}`) }))}
            value={status}
            onChange={(value) => {
              setStatus(value as MessageStatus | null);
              setPage(0);
            }}
            clearable
          />
          {admin && (
            <TextInput
              type="email"
              label={t('messages.recipient')}
              description={t('messages.recipientHint')}
              value={recipient}
              onChange={(e) => {
                setRecipient(e.currentTarget.value);
                setPage(0);
              }}
            />
          )}
        </SimpleGrid>
        {issue && (
          <Group mt="sm">
            <Badge variant="light">{t('messages.issueFilter')}</Badge>
            <Button variant="subtle" size="xs" onClick={onClearIssue}>
              {t('messages.clearIssue')}
            </Button>
          </Group>
        )}
      </Fieldset>
      {shown && <MessageContent id={shown} onClose={() => setShown(null)} />}
      <DataState
        isLoading={messages.isLoading}
        error={messages.error}
        isEmpty={messages.data?.items.length === 0}
        emptyText={t('messages.empty')}
        onRetry={() => void messages.refetch()}
      >
        <ScrollTable label={t('messages.table')} minWidth={820}>
          <Table striped aria-label={t('messages.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('messages.createdAt')}</Table.Th>
                <Table.Th>{t('messages.kind')}</Table.Th>
                <Table.Th>{t('messages.status')}</Table.Th>
                <Table.Th>{t('messages.recipient')}</Table.Th>
                <Table.Th>{t('messages.subject')}</Table.Th>
                <Table.Th>{t('messages.sentAt')}</Table.Th>
                {admin && <Table.Th>{t('messages.content')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {messages.data?.items.map((message) => (
                <Row
                  key={message.id}
                  message={message}
                  admin={admin}
                  onShow={() => setShown(message.id)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
        {pages > 1 && (
          <Group>
            <Button variant="default" disabled={page === 0} onClick={() => setPage(page - 1)}>
              ←
            </Button>
            <Text aria-live="polite">
              {format.count(page + 1)} / {format.count(pages)}
            </Text>
            <Button
              variant="default"
              disabled={page + 1 >= pages}
              onClick={() => setPage(page + 1)}
            >
              →
            </Button>
          </Group>
        )}
      </DataState>
    </Stack>
  );
}

function Row({ message, admin, onShow }: { message: Message; admin: boolean; onShow: () => void }) {
  const { t } = useTranslation('bulletins');
  const format = useFormat();
  const created = format.dateTime(message.createdAt);
  const subject = message.subject ?? t(`messages.kinds.${message.kind}`);
  return (
    <Table.Tr>
      <Table.Td>{created}</Table.Td>
      <Table.Td>{t(`messages.kinds.${message.kind}`)}</Table.Td>
      <Table.Td>
        <Badge variant="light" color={STATUS_COLORS[message.status]}>
          {t(`messages.statuses.${message.status}`)}
        </Badge>
        {message.unsubscribed && (
          <Text size="xs" c="dimmed">
            {t('messages.unsubscribedMark')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {message.recipient ?? (
          <Text span c="dimmed" size="sm">
            {t('messages.erased')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {message.issueId ? (
          <Anchor component={Link} to={paths.bulletinEditor.getHref(message.issueId)}>
            {subject}
          </Anchor>
        ) : (
          subject
        )}
        {message.revision !== null && (
          <Text size="xs" c="dimmed">
            {t('messages.revision', { revision: message.revision })}
            {message.sections > 0 ? ` · ${t('messages.sections', { n: message.sections })}` : ''}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{message.sentAt ? format.dateTime(message.sentAt) : '—'}</Table.Td>
      {admin && (
        <Table.Td>
          <Button
            variant="light"
            size="xs"
            onClick={onShow}
            aria-label={t('messages.showFor', { subject, time: created })}
          >
            {t('messages.show')}
          </Button>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function MessageContent({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation('bulletins');
  const content = useMessageContent(id);
  return (
    <Fieldset legend={t('messages.content')} maw={900}>
      <DataState
        isLoading={content.isLoading}
        error={content.error}
        isEmpty={false}
        onRetry={() => void content.refetch()}
      >
        {content.data && (
          <Stack gap="xs">
            <Text fw={600}>{content.data.subject}</Text>
            {content.data.recipient && <Text size="sm">{content.data.recipient}</Text>}
            <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              {content.data.text}
            </Code>
          </Stack>
        )}
      </DataState>
      <Group mt="sm">
        <Button variant="default" size="xs" onClick={onClose}>
          {t('messages.close')}
        </Button>
      </Group>
    </Fieldset>
  );
}
