import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { SignInForm } from '@/features/auth/components/sign-in-form';
import { afterSignIn } from '@/features/auth/utils/landing';
import { getSession, useSession } from '@/lib/session';

export function SignInRoute() {
  const { t } = useTranslation(['auth', 'common']);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const redirectTo = params.get('redirectTo');
  useDocumentTitle(`${t('auth:signIn.title')} — ${t('common:appName')}`);

  // a forced sign-in returns to the page that asked for it; otherwise each role starts at its work
  if (session) return <Navigate to={afterSignIn(redirectTo, session.user.roles)} replace />;

  return (
    <Center py="xl">
      <Paper withBorder shadow="sm" p="xl" w={420} maw="100%">
        <Stack>
          <Title order={2}>{t('auth:signIn.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('auth:signIn.subtitle')}
          </Text>
          <SignInForm
            onSuccess={() =>
              navigate(afterSignIn(redirectTo, getSession()?.user.roles ?? []), { replace: true })
            }
          />
        </Stack>
      </Paper>
    </Center>
  );
}
