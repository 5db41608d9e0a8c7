import { Image, Skeleton, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { paths } from '@/config/paths';

import '../i18n';

/** The learner's check-in page with the code filled in: what the QR code opens. */
export function checkInUrl(code: string, origin = window.location.origin): string {
  return `${origin}${paths.myTraining.getHref()}?checkin=${encodeURIComponent(code)}`;
}

/** The QR code of a URL as an SVG data URL: drawn without a canvas, sharp at any size on a projector. */
async function qrImage(url: string): Promise<string> {
  // loaded only when a code is shown: its own chunk, never in the start bundle
  const qrcode = await import('qrcode');
  const svg = await qrcode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * The short-lived check-in code as a QR code that opens the learner's check-in page with the code filled in.
 */
export function CheckInQr({ code }: { code: string }) {
  const { t } = useTranslation('training');
  const url = checkInUrl(code);
  const image = useQuery({
    queryKey: ['training', 'check-in-qr', url],
    queryFn: () => qrImage(url),
    staleTime: Infinity,
    retry: false,
  });

  if (image.isError) return <Text c="dimmed">{url}</Text>;
  if (!image.data) return <Skeleton width={240} height={240} aria-hidden />;
  return (
    <Image
      src={image.data}
      w={240}
      h={240}
      alt={t('checkIn.qrAlt', { code })}
      data-testid="check-in-qr"
      data-url={url}
    />
  );
}
