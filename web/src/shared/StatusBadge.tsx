// A visible mark on actions that will not take place as announced; scheduled ones carry none.
import type { ActionStatus } from '../gql/graphql';
import { useCommon } from '../i18n/common';

export function StatusBadge({ status }: { status: ActionStatus }) {
  const t = useCommon();
  if (status === 'SCHEDULED') return null;
  return <span className={`badge badge-${status.toLowerCase()}`}>{t(`status.${status}`)}</span>;
}
