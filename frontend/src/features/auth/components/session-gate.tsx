import { Center, Loader } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { refreshSession } from '@/lib/api-client';

/** Restores the session from the refresh cookie once, before the first screen renders. */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let active = true;
    void refreshSession().finally(() => active && setReady(true));
    return () => {
      active = false;
    };
  }, []);
  if (!ready) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('state.loading')} />
      </Center>
    );
  }
  return <>{children}</>;
}
