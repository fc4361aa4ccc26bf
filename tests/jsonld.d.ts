// jsonld (digitalbazaar/jsonld.js) ships no types: the calls the tests make, typed.
declare module 'jsonld' {
  export interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  export type DocumentLoader = (url: string) => Promise<RemoteDocument>;
  export type ExpandedNode = Record<string, unknown>;
  const jsonld: {
    expand(input: unknown, options?: { documentLoader?: DocumentLoader; safe?: boolean }): Promise<ExpandedNode[]>;
  };
  export default jsonld;
}
