// One actor in a list: its name as a link to its page, and its kind.
import type { ActorSummaryFragment } from '../gql/graphql';
import { useI18n } from '../i18n';
import { Link } from '../routing/Link';
import { entityHref } from '../routing/useRoute';

export function ActorItem({ actor, asOf }: { actor: ActorSummaryFragment; asOf?: string | null }) {
  const { t } = useI18n();
  return (
    <li className="item">
      <Link className="item-name" href={entityHref('actor', actor.slug, asOf)}>
        {actor.name}
      </Link>
      <span className="item-meta">{t.actorKinds[actor.kind]}</span>
    </li>
  );
}
