import { Alert } from '@mantine/core';

/** The form's error above its fields (what no field could show), when there is one. */
export function FormError({ message }: { message: string | null }) {
  return message ? (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  ) : null;
}
