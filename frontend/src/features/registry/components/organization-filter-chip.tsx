import { Badge, CloseButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useOrganization } from '../api/get-organization';

export type OrganizationFilterChipProps = { id: string; onClear: () => void };

/** Shows that the list is limited to one organization, with a button to lift that limit. */
export function OrganizationFilterChip({ id, onClear }: OrganizationFilterChipProps) {
  const { t } = useTranslation('registry');
  const organization = useOrganization(id);
  return (
    <Badge
      size="lg"
      variant="light"
      tt="none"
      rightSection={
        <CloseButton size="xs" aria-label={t('filters.clearOrganization')} onClick={onClear} />
      }
    >
      {t('filters.organization', { name: organization.data?.name ?? '…' })}
    </Badge>
  );
}
