// Q8, hostile requests: how fast each arm refuses (or suffers) a 20-level query, 500 aliases and a
// 2 MB body. Not a Query: the bodies are sent over HTTP as they are, and nothing is compared.


/** The three hostile bodies; each must be refused (an error, no data). */
export function hostileBodies(): { name: string; body: string }[] {
  let inner = 'id';
  for (let i = 0; i < 10; i++) inner = `parents { actor { ${inner} } }`;
  const twenty = `query Deep { actor(slug: "x") { ${inner} } }`;
  const aliases = `query Aliases { ${Array.from({ length: 500 }, (_, i) => `a${i}: actors(first: 1) { totalCount }`).join(' ')} }`;
  const huge = `query Huge { actors(filter: { text: "${'x'.repeat(2 * 1024 * 1024)}" }) { totalCount } }`;
  return [
    { name: '20 levels', body: JSON.stringify({ query: twenty }) },
    { name: '500 aliases', body: JSON.stringify({ query: aliases }) },
    { name: '2 MB body', body: JSON.stringify({ query: huge }) },
  ];
}

