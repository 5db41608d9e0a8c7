import { useParams, useSearchParams } from 'react-router';

import { IssueView } from '@/features/bulletins/components/issue-view';

export function BulletinIssueRoute() {
  const { series = '', number = '' } = useParams();
  const [search] = useSearchParams();
  const revision = Number(search.get('revision'));
  return (
    <IssueView
      key={`${series}/${number}`}
      series={series}
      number={Number(number)}
      revision={Number.isInteger(revision) && revision > 0 ? revision : undefined}
    />
  );
}
