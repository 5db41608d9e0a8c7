import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Messages from the server that belong to no field of a form. */
export function FormProblems({ messages, title }: { messages: string[]; title?: string }) {
  const { t } = useTranslation('evaluations');
  if (messages.length === 0) return null;
  return (
    <Alert color="red" role="alert" title={title ?? t('actions.notSaved')}>
      {messages.length === 1 ? (
        messages[0]
      ) : (
        <List size="sm">
          {messages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
