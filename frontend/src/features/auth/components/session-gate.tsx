import { type ReactNode, useEffect, useState } from 'react';

import { PageLoader } from '@/components/ui/page-loader';
import { refreshSession } from '@/lib/api-client';

/** Restores the session from the refresh cookie once, before the first screen renders. */
export function SessionGate({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let active = true;
    void refreshSession().finally(() => active && setReady(true));
    return () => {
      active = false;
    };
  }, []);
  if (!ready) return <PageLoader />;
  return <>{children}</>;
}
