// What a place holds, shown in the map's popup: its actors and actions with links to their pages, as
// the API lets this visitor see them (members-only items are left out by the API itself).
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { graphql } from '../gql';
import { useCommon } from '../i18n/common';
import { useT } from '../i18n/i18n';
import { entityPath } from '../routing/paths';
import { formatAddress } from '../shared/format';
import { mapMessages } from './messages';


const PlacePopupQuery = graphql(`
  query MapPlacePopup($id: ID!) {
    place(id: $id) {
      id
      name
      address {
        street
        postalCode
        city
      }
      actors(first: 100) {
        actor {
          id
          slug
          name
          kind
        }
      }
      actions(first: 100) {
        action {
          id
          slug
          name
          kind
          status
        }
      }
    }
  }
`);

export function PlacePopup({ id, onClose }: { id: string; onClose(): void }) {
  const t = useT(mapMessages);
  const c = useCommon();
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, error, refetch } = useQuery(PlacePopupQuery, { variables: { id } });
  const place = data?.place;

  // Opened by keyboard or pointer, the popup takes the focus so it is read and Escape closes it.
  useEffect(() => heading.current?.focus(), [id]);

  const actors = place?.actors.map((link) => link.actor) ?? [];
  const actions = place?.actions.map((link) => link.action) ?? [];
  return (
    <div
      className="map-popup"
      role="dialog"
      aria-labelledby={`map-popup-${id}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="map-popup-head">
        <h2 id={`map-popup-${id}`} ref={heading} tabIndex={-1}>
          {place?.name ?? c('loading')}
        </h2>
        <button type="button" className="map-popup-close" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </div>
      {place && formatAddress(place.address) && <address className="item-meta">{formatAddress(place.address)}</address>}
      {error && (
        <p className="error" role="alert">
          {c('loadFailed')}{' '}
          <button type="button" className="link-button" onClick={() => void refetch().catch(() => {})}>
            {c('retry')}
          </button>
        </p>
      )}
      {place && !actors.length && !actions.length && <p>{t('popupEmpty')}</p>}
      {actors.length > 0 && (
        <>
          <h3>{t('popupActors')}</h3>
          <ul>
            {actors.map((actor) => (
              <li key={actor.id}>
                <Link href={entityPath('actor', actor.slug)}>{actor.name}</Link> <span className="item-meta">{c(`actorKind.${actor.kind}`)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {actions.length > 0 && (
        <>
          <h3>{t('popupActions')}</h3>
          <ul>
            {actions.map((action) => (
              <li key={action.id}>
                <Link href={entityPath('action', action.slug)}>{action.name}</Link>{' '}
                <span className="item-meta">
                  {c(`actionKind.${action.kind}`)}
                  {action.status !== 'SCHEDULED' && ` · ${c(`status.${action.status}`)}`}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
