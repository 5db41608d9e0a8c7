import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';

import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { MainErrorBoundary } from '@/components/errors/main-error-fallback';
import { SessionGate } from '@/features/auth/components/session-gate';
import { i18n } from '@/lib/i18n';
import { makeQueryClient } from '@/lib/query-client';

import { cssVariablesResolver, makeTheme } from './theme';

export type AppProviderProps = { children: ReactNode; queryClient?: QueryClient };

export function AppProvider({ children, queryClient }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? makeQueryClient());
  const { t } = useTranslation();
  const closeLabel = t('common:ui.close');
  const theme = useMemo(() => makeTheme(closeLabel), [closeLabel]);

  useEffect(() => {
    // names of sectors, platforms and problem texts come from the server in the UI language
    const refetch = () => void client.invalidateQueries();
    i18n.on('languageChanged', refetch);
    return () => i18n.off('languageChanged', refetch);
  }, [client]);

  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="top-right" />
      <MainErrorBoundary>
        <QueryClientProvider client={client}>
          <SessionGate>{children}</SessionGate>
        </QueryClientProvider>
      </MainErrorBoundary>
    </MantineProvider>
  );
}
