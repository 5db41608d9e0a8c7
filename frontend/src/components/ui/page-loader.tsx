import { Center, Loader } from '@mantine/core';

import { i18n } from '@/lib/i18n';

/** Shown while a screen's code or the session is loading. */
export function PageLoader() {
  return (
    <Center h="60vh">
      <Loader aria-label={i18n.t('common:state.loading')} />
    </Center>
  );
}
