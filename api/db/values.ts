// Turns Neo4j values (integers, temporal types, points, nodes) into plain JSON-friendly values, in one place.
import neo4j, { isDate, isDateTime, isInt, isLocalDateTime, isPoint, type Integer } from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  // Not from the driver, but from code that hands its values on (a change record's states).
  if (value instanceof Date) return value.toISOString();
  if (isInt(value)) {
    const i = value as Integer;
    return i.inSafeRange() ? i.toNumber() : i.toString();
  }
  if (typeof value === 'bigint') return Number(value);
  if (isDateTime(value as object)) return instantOf(value as neo4j.DateTime<Integer | number>);
  if (isLocalDateTime(value as object)) return (value as neo4j.LocalDateTime).toString();
  if (isDate(value as object)) return (value as neo4j.Date).toString();
  if (isPoint(value as object)) {
    const p = value as neo4j.Point;
    return { longitude: p.x, latitude: p.y };
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    // Node or Relationship: keep only its properties.
    if ('properties' in v && ('labels' in v || 'type' in v) && 'elementId' in v) return toPlain(v.properties);
    const out: Record<string, Plain> = {};
    // An absent property stays absent (as JSON.stringify leaves it), not null.
    for (const [k, inner] of Object.entries(v)) if (inner !== undefined) out[k] = toPlain(inner);
    return out;
  }
  return value as Plain;
}

const num = (x: Integer | number): number => (typeof x === 'number' ? x : x.toNumber());

/**
 * A DateTime as an ISO-8601 instant in UTC (milliseconds). With an offset (how the stores write
 * instants) it is computed from the fields directly: the driver's toStandardDate() goes through its
 * 64-bit Integer arithmetic, a tenth of the Node CPU of a list request. Zone ids take the driver's path.
 */
function instantOf(d: neo4j.DateTime<Integer | number>): string {
  const offset = d.timeZoneOffsetSeconds;
  const year = num(d.year);
  if (offset === undefined || offset === null || year < 1000 || year > 9999) return d.toStandardDate().toISOString();
  const ms = Date.UTC(year, num(d.month) - 1, num(d.day), num(d.hour), num(d.minute), num(d.second), Math.floor(num(d.nanosecond) / 1_000_000));
  return new Date(ms - num(offset) * 1000).toISOString();
}

/** An ISO-8601 instant as a Neo4j DateTime in UTC, for parameters compared with stored instants. */
export function dateTimeParam(iso: string | Date): neo4j.DateTime {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return neo4j.types.DateTime.fromStandardDate(d) as unknown as neo4j.DateTime;
}
