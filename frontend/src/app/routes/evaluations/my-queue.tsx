import { MyQueue } from '@/features/evaluations/components/my-queue';

export function MyQueueRoute() {
  return <MyQueue />;
}
