// One action in a list: name as a link, kind, dates and a status badge when it is not as announced.
import type { ActionSummaryFragment } from '../gql/graphql';
import { useCommon } from '../i18n/common';
import { useContentLang } from '../i18n/i18n';
import { Link } from 'wouter';
import { entityPath } from '../routing/paths';
import { ActionDates } from '../shared/ActionDates';
import { StatusBadge } from '../shared/StatusBadge';

export function ActionItem({ action, asOf }: { action: ActionSummaryFragment; asOf?: string | null }) {
  const t = useCommon();
  const lang = useContentLang();
  return (
    <li className="item">
      <Link lang={lang} className="item-name" href={entityPath('action', action.slug, asOf)}>
        {action.name}
      </Link>
      <span className="item-meta">
        {t(`actionKind.${action.kind}`)} · <ActionDates action={action} /> <StatusBadge status={action.status} />
      </span>
    </li>
  );
}
