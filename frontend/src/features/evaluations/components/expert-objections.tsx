import { Anchor, Button, Group, SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { PagedData } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import { useSearchState } from '@/hooks/use-search-state';

import { useObjections } from '../api/objections';
import type { Objection, ObjectionStatus } from '../api/schema';

import { ObjectionItem } from './objection-item';
import { ResolveObjectionForm } from './resolve-objection-form';

const FILTERS = ['status'] as const;

/** Objections to the expert's evaluations, open ones first, a page at a time: accept with a new value, or reject. */
export function ExpertObjections() {
  const { t } = useTranslation('evaluations');
  const { values, paging, setFilters, setPaging } = useSearchState(FILTERS, 20);
  const status = (values.status || 'OPEN') as ObjectionStatus | 'ALL';
  const objections = useObjections({
    status: status === 'ALL' ? undefined : status,
    page: paging.page,
    size: paging.size,
  });

  return (
    <Stack>
      <PageHeader title={t('objections.title')} />
      <SegmentedControl
        aria-label={t('objections.filter')}
        value={status}
        onChange={(value) => setFilters({ status: value === 'OPEN' ? null : value })}
        data={(['OPEN', 'ACCEPTED', 'REJECTED', 'ALL'] as const).map((value) => ({
          value,
          label: value === 'ALL' ? t('objections.all') : t(`objectionStatus.${value}`),
        }))}
        w="fit-content"
      />
      <PagedData
        result={objections}
        emptyText={t('objections.empty')}
        paging={paging}
        setPaging={setPaging}
      >
        {(items) => (
          <Stack>
            {items.map((objection) => (
              <ExpertObjection key={objection.id} objection={objection} />
            ))}
          </Stack>
        )}
      </PagedData>
    </Stack>
  );
}

function ExpertObjection({ objection }: { objection: Objection }) {
  const { t } = useTranslation('evaluations');
  const [decision, setDecision] = useState<'accept' | 'reject' | null>(null);
  return (
    <ObjectionItem objection={objection} showAccount>
      <Anchor component={Link} to={paths.evaluationEdit.getHref(objection.evaluationId)} size="sm">
        {t('objections.openEvaluation')}
      </Anchor>
      {objection.status === 'OPEN' &&
        (decision ? (
          <ResolveObjectionForm
            objection={objection}
            decision={decision}
            onDone={() => setDecision(null)}
          />
        ) : (
          <Group>
            <Button color="green" variant="light" onClick={() => setDecision('accept')}>
              {t('resolve.accept')}
            </Button>
            <Button color="red" variant="light" onClick={() => setDecision('reject')}>
              {t('resolve.reject')}
            </Button>
          </Group>
        ))}
    </ObjectionItem>
  );
}
