import { it } from 'vitest';
import { useTestApi, uid } from '../helpers/api.js';
import { buildActorAs, buildActionAs, signedIn } from '../factories/spaces.js';
const api = useTestApi();
it('times', async () => {
  const o = await signedIn(api);
  const parent = await buildActorAs(o);
  const a = await buildActorAs(o, { parents: [parent] });
  const festival = await buildActionAs(o);
  const queries: Record<string, string> = {
    actorsInParent: `query($p: ID!) { actors(filter: { partOfId: $p }) { totalCount } }`,
    actionsInFestival: `query($f: ID!) { actions(filter: { partOfId: $f }) { totalCount } }`,
    carried: `query($p: ID!) { actions(filter: { carriedById: $p }) { totalCount } }`,
    partyOf: `query($p: ID!) { partnerships(filter: { partyId: $p }) { totalCount } }`,
    byName: `query { partnerships(filter: { text: "zzz" }) { totalCount } }`,
    timeline: `query { actions(filter: { from: "2300-01-01", to: "2300-01-02" }) { totalCount } }`,
    bbox: `query { actors(filter: { bbox: {west: 1, south: 1, east: 2, north: 2} }) { totalCount } }`,
    plain: `query { actors { totalCount } }`,
  };
  for (let round = 0; round < 2; round++) for (const who of ['anon', 'admin', 'person'] as const) {
    for (const [name, q] of Object.entries(queries)) {
      const t = Date.now();
      const v = { p: parent.id, f: festival.id };
      const res = who === 'anon' ? await api.anon(q, v) : who === 'admin' ? await api.gql(q, v) : await o.gql(q, v);
      console.log(round, who, name, Date.now() - t, res.errors ? JSON.stringify(res.errors).slice(0, 100) : JSON.stringify(res.data));
    }
  }
  void a; void uid;
}, 300000);
