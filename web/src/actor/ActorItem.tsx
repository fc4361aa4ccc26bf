// One actor in a list: its name as a link to its page, and its kind.
import type { ActorSummaryFragment } from '../gql/graphql';
import { useCommon } from '../i18n/common';
import { useContentLang } from '../i18n/i18n';
import { Link } from 'wouter';
import { entityPath } from '../routing/paths';

export function ActorItem({ actor, asOf }: { actor: ActorSummaryFragment; asOf?: string | null }) {
  const t = useCommon();
  const lang = useContentLang();
  return (
    <li className="item">
      <Link lang={lang} className="item-name" href={entityPath('actor', actor.slug, asOf)}>
        {actor.name}
      </Link>
      <span className="item-meta">{t(`actorKind.${actor.kind}`)}</span>
    </li>
  );
}
