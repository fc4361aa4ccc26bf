// negotiator 1.x (jshttp, Express's own content negotiation) ships no types, and @types/negotiator
// (0.6) lacks the `preferred` option used here: the one call this project makes, typed.
declare module 'negotiator' {
  class Negotiator {
    constructor(request: { headers: Record<string, string | string[] | undefined> });
    /** Encodings from `available` the client accepts, best first: q-values, then `preferred` order. */
    encodings(available: readonly string[], options?: { preferred?: readonly string[] }): string[];
  }
  export = Negotiator;
}
