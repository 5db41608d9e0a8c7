import { Alert, Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { DetailList } from '@/components/ui/detail-list';
import { apiUrl } from '@/lib/api-client';
import { useFormat } from '@/lib/format';

import type { PublicCertificate } from '../api/get-verification';

export type CertificateCardProps = { certificate: PublicCertificate };

/** Every public field of a certificate, its status and, when revoked, the date and reason. */
export function CertificateCard({ certificate: c }: CertificateCardProps) {
  const { t } = useTranslation('certificates');
  const format = useFormat();
  const revoked = c.status === 'REVOKED';
  return (
    <Stack gap="md">
      {revoked ? (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('verify.revoked')}>
          {t('verify.revokedDetail', {
            date: format.date(c.revokedOn),
            reason: c.revocationReason ?? '',
          })}
          {c.replacedByNumber && (
            <Text size="sm" mt="xs">
              {t('verify.replacedBy', { number: c.replacedByNumber })}
            </Text>
          )}
        </Alert>
      ) : (
        <Alert color="green" icon={<IconCircleCheck aria-hidden />} title={t('verify.valid')}>
          {t('verify.validDetail')}
        </Alert>
      )}
      <Card withBorder padding="lg">
        <Group justify="space-between" mb="md">
          <Title order={3}>{c.fullName}</Title>
          <Badge color={revoked ? 'red' : 'green'} variant="light">
            {t(`status.${c.status}`)}
          </Badge>
        </Group>
        <DetailList
          items={[
            { label: t('fields.number'), value: c.number },
            { label: t('fields.issueDate'), value: format.date(c.issueDate) },
            { label: t('fields.programme'), value: c.programmeTitle },
            { label: t('fields.programmeVersion'), value: c.programmeVersion },
            { label: t('fields.hours'), value: format.count(c.hours) },
            {
              label: t('fields.period'),
              value: `${format.date(c.studyStart)} — ${format.date(c.studyEnd)}`,
            },
            { label: t('fields.issuer'), value: c.issuer.name },
            { label: t('fields.inn'), value: c.issuer.inn },
            {
              label: t('fields.licence'),
              value: t('fields.licenceValue', {
                number: c.issuer.licenceNumber,
                date: format.date(c.issuer.licenceDate),
              }),
            },
            { label: t('fields.replaces'), value: c.replacesNumber },
            { label: t('fields.sha256'), value: <code>{c.pdfSha256}</code> },
          ]}
        />
        <Group mt="lg" gap="md">
          <Anchor href={apiUrl(c.pdfUrl)} target="_blank" rel="noopener">
            {t('verify.pdf')}
          </Anchor>
          <Anchor href={apiUrl(c.credentialUrl)} download>
            {t('verify.credential')}
          </Anchor>
        </Group>
      </Card>
    </Stack>
  );
}
