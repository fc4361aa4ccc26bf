// A navigation link that says when it is the current page (aria-current), for screen readers and CSS.
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';

export function NavLink({ to, end, children }: { to: string; end?: boolean; children: ReactNode }) {
  const [pathname] = useLocation();
  const path = to.split('?')[0]!;
  const current = end || path === '/' ? pathname === path : pathname === path || pathname.startsWith(`${path}/`);
  return (
    <Link href={to} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}
