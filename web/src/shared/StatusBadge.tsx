// A visible mark on actions that will not take place as announced; scheduled ones carry none.
import type { ActionStatus } from '../gql/graphql';
import { useI18n } from '../i18n';

export function StatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useI18n();
  if (status === 'SCHEDULED') return null;
  return <span className={`badge badge-${status.toLowerCase()}`}>{t.statuses[status]}</span>;
}
