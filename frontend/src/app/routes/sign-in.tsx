import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { paths } from '@/config/paths';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { useSession } from '@/lib/session';

/** Only same-site paths are followed after sign-in. */
function safeRedirect(target: string | null): string {
  return target && target.startsWith('/') && !target.startsWith('//')
    ? target
    : paths.home.getHref();
}

export function SignInRoute() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const redirectTo = safeRedirect(params.get('redirectTo'));

  if (session) return <Navigate to={redirectTo} replace />;

  return (
    <Center py="xl">
      <Paper withBorder shadow="sm" p="xl" w={420} maw="100%">
        <Stack>
          <Title order={2}>{t('signIn.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('signIn.subtitle')}
          </Text>
          <SignInForm onSuccess={() => navigate(redirectTo, { replace: true })} />
        </Stack>
      </Paper>
    </Center>
  );
}
