// A real <a href> that navigates inside the SPA on a plain click, and behaves as a link otherwise
// (new tab, copy address, middle click, modifier keys).
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './useRoute';

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (rest.target && rest.target !== '_self') return;
    const url = new URL(href, window.location.href);
    if (url.origin !== window.location.origin) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  }
  return <a href={href} onClick={handleClick} {...rest} />;
}
