// Configuration is parsed once; a bad value stops the start with the list of what is wrong.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../api/config.js';

describe('configuration', () => {
  it('starts with defaults: port 4000, embedded Neo4j in data/neo4j, demo on', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.neo4j.dataDir).toMatch(/data\/neo4j$/);
    expect(c.loadDemo).toBe(true);
    expect(c.introspection).toBe(true);
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'http', NEO4J_HEAP: 'lots', NEO4J_URI: 'not a url', LOAD_DEMO: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'NEO4J_HEAP', 'NEO4J_URI', 'LOAD_DEMO']) expect(message).toContain(name);
  });

  it('asks for a password when NEO4J_URI names a remote server, and turns introspection off in production', () => {
    expect(() => loadConfig({ NEO4J_URI: 'neo4j+s://abcd.databases.neo4j.io' })).toThrow(/NEO4J_PASSWORD/);
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).introspection).toBe(true);
  });
});
