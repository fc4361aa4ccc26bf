// One action in a list: name as a link, kind, dates and a status badge when it is not as announced.
import type { ActionSummaryFragment } from '../gql/graphql';
import { useCommon } from '../i18n/common';
import { Link } from 'wouter';
import { entityPath } from '../routing/paths';
import { ActionDates } from '../shared/ActionDates';
import { StatusBadge } from '../shared/StatusBadge';

export function ActionItem({ action, asOf }: { action: ActionSummaryFragment; asOf?: string | null }) {
  const t = useCommon();
  return (
    <li className="item">
      <Link className="item-name" href={entityPath('action', action.slug, asOf)}>
        {action.name}
      </Link>
      <span className="item-meta">
        {t(`actionKind.${action.kind}`)} · <ActionDates action={action} /> <StatusBadge status={action.status} />
      </span>
    </li>
  );
}
