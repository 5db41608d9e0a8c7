import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';

import { createTheme, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';

import { MainErrorBoundary } from '@/components/errors/main-error-fallback';
import { SessionGate } from '@/features/auth/components/session-gate';
import { i18n } from '@/lib/i18n';
import { makeQueryClient } from '@/lib/query-client';

const theme = createTheme({
  primaryColor: 'blue',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'md',
});

export type AppProviderProps = { children: ReactNode; queryClient?: QueryClient };

export function AppProvider({ children, queryClient }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? makeQueryClient());

  useEffect(() => {
    // names of sectors, platforms and problem texts come from the server in the UI language
    const refetch = () => void client.invalidateQueries();
    i18n.on('languageChanged', refetch);
    return () => i18n.off('languageChanged', refetch);
  }, [client]);

  return (
    <MantineProvider theme={theme}>
      <Notifications position="top-right" />
      <MainErrorBoundary>
        <QueryClientProvider client={client}>
          <SessionGate>{children}</SessionGate>
        </QueryClientProvider>
      </MainErrorBoundary>
    </MantineProvider>
  );
}
