import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';

import { i18n } from '@/lib/i18n';

type State = { error: Error | null };

/** Last-resort boundary: something in rendering failed; offer a reload instead of a blank page. */
export class MainErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <Center h="100vh">
        <Stack align="center">
          <Title order={2}>{i18n.t('common:errors.crashTitle')}</Title>
          <Text c="dimmed">{i18n.t('common:errors.crashText')}</Text>
          <Button onClick={() => window.location.reload()}>
            {i18n.t('common:actions.reload')}
          </Button>
        </Stack>
      </Center>
    );
  }
}
