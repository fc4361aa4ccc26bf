// The feeds an entity page advertises in its head (<link rel="alternate">), so a feed reader or a
// calendar app given the page's address finds them: a space's articles as RSS and Atom, an action's
// programme as iCalendar. Addresses are the diffusion routes' own (docs/diffusion.md).
import type { AlternatesOf } from '../serving/entity-head.js';

export const entityAlternates: AlternatesOf = (entity) => {
  const space = encodeURIComponent(entity.slug);
  const spaceFeeds = [
    { type: 'application/rss+xml', href: `/feeds/articles.rss?space=${space}`, title: `${entity.name} — articles (RSS)` },
    { type: 'application/atom+xml', href: `/feeds/articles.atom?space=${space}`, title: `${entity.name} — articles (Atom)` },
  ];
  switch (entity.type) {
    case 'Action':
      return [{ type: 'text/calendar', href: `/feeds/actions/${space}.ics`, title: `${entity.name} — agenda (iCalendar)` }, ...spaceFeeds];
    case 'Actor':
    case 'Partnership':
      return spaceFeeds;
    default:
      return [];
  }
};
