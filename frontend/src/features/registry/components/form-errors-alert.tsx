import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type FormErrorsAlertProps = { title?: string; messages: string[] };

/** Messages from the server that belong to no field of the form. */
export function FormErrorsAlert({ title, messages }: FormErrorsAlertProps) {
  const { t } = useTranslation('registry');
  if (messages.length === 0) return null;
  return (
    <Alert color="red" role="alert" title={title ?? t('form.notSaved')}>
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
