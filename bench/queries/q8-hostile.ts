// Q8, hostile requests: how fast each arm refuses (or suffers) a 21-level query, 500 aliases and a
// 2 MB body, sent over HTTP exactly as an attacker would. Arm C is our API (its limits refuse them);
// arm B is @neo4j/graphql behind Apollo Server's standalone HTTP server with its defaults (no depth,
// alias or cost limit; a 50 MB body limit), which is what a user of the library gets unless they add
// limits themselves. Arm A has no request layer to send them to: hand-written Cypher has nothing to
// refuse, so the table says n/a.

export interface HostileBody {
  name: string;
  body: string;
}

/** The three hostile bodies for our API (arm C); each must be refused (an error, no data). */
export function hostileBodiesC(): HostileBody[] {
  let inner = 'id';
  for (let i = 0; i < 10; i++) inner = `parents { actor { ${inner} } }`;
  const deep = `query Deep { actor(slug: "x") { ${inner} } }`;
  const aliases = `query Aliases { ${Array.from({ length: 500 }, (_, i) => `a${i}: actors(first: 1) { totalCount }`).join(' ')} }`;
  const huge = `query Huge { actors(filter: { text: "${'x'.repeat(2 * 1024 * 1024)}" }) { totalCount } }`;
  return [
    { name: '21 levels', body: JSON.stringify({ query: deep }) },
    { name: '500 aliases', body: JSON.stringify({ query: aliases }) },
    { name: '2 MB body', body: JSON.stringify({ query: huge }) },
  ];
}

/** The same three attacks in arm B's schema (bench/arms/neo4j-graphql.ts). */
export function hostileBodiesB(): HostileBody[] {
  let inner = 'id';
  for (let i = 0; i < 20; i++) inner = `parents { ${inner} }`;
  const deep = `query Deep { actors(where: { id: { eq: "x" } }) { ${inner} } }`;
  const aliases = `query Aliases { ${Array.from({ length: 500 }, (_, i) => `a${i}: actors(limit: 1) { id }`).join(' ')} }`;
  const huge = `query Huge { actors(where: { name: { contains: "${'x'.repeat(2 * 1024 * 1024)}" } }) { id } }`;
  return [
    { name: '21 levels', body: JSON.stringify({ query: deep }) },
    { name: '500 aliases', body: JSON.stringify({ query: aliases }) },
    { name: '2 MB body', body: JSON.stringify({ query: huge }) },
  ];
}

/** Sends one body; refused means an HTTP error status or a GraphQL error without data. */
export async function sendHostile(url: string, body: string): Promise<{ ms: number; refused: boolean; status: number }> {
  const t = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  const ms = performance.now() - t;
  let refused = res.status >= 400;
  if (!refused) {
    try {
      const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
      refused = (parsed.errors?.length ?? 0) > 0 && (parsed.data === undefined || parsed.data === null);
    } catch {
      refused = true;
    }
  }
  return { ms, refused, status: res.status };
}
