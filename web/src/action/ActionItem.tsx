// One action in a list: name as a link, kind, dates and a status badge when it is not as announced.
import type { ActionSummaryFragment } from '../gql/graphql';
import { useI18n } from '../i18n';
import { Link } from '../routing/Link';
import { entityHref } from '../routing/useRoute';
import { ActionDates } from '../shared/ActionDates';
import { StatusBadge } from '../shared/StatusBadge';

export function ActionItem({ action, asOf }: { action: ActionSummaryFragment; asOf?: string | null }) {
  const { t } = useI18n();
  return (
    <li className="item">
      <Link className="item-name" href={entityHref('action', action.slug, asOf)}>
        {action.name}
      </Link>
      <span className="item-meta">
        {t.actionKinds[action.kind]} · <ActionDates action={action} /> <StatusBadge status={action.status} />
      </span>
    </li>
  );
}
