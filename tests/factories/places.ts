// Places for tests, created through createPlace by `who`, by default at random points of the Atlantic
// far from real data; and boxes of the ocean of a test's own.
import { graphql } from '../gql/index.js';
import { send, uniqueName, type Built, type Writer } from './write.js';

const CREATE_PLACE = graphql(`
  mutation FactoryCreatePlace($input: CreatePlaceInput!) {
    createPlace(input: $input) {
      place {
        id
        slug
        name
      }
    }
  }
`);

export interface PlaceOptions {
  name?: string;
  slug?: string;
  /** Defaults to a random point in the middle of the Atlantic, far from any other test's data. */
  latitude?: number;
  longitude?: number;
  /** INSEE code of an imported commune. */
  communeCode?: string;
  address?: { street?: string; postalCode?: string; city?: string };
  accessibility?: { wheelchair?: boolean; hearing?: boolean; sight?: boolean; intellectual?: boolean };
}

export async function buildPlace(who: Writer, o: PlaceOptions = {}): Promise<Built> {
  const data = await send(who, CREATE_PLACE, {
    input: {
      name: uniqueName(o.name, 'Lieu'),
      slug: o.slug,
      location: { latitude: o.latitude ?? 30 + Math.random() * 5, longitude: o.longitude ?? -40 + Math.random() * 5 },
      communeCode: o.communeCode,
      address: o.address,
      accessibility: o.accessibility,
    },
  });
  return data.createPlace.place;
}

/**
 * A random box of 0.01° (about 1 km) in an empty stretch of the Atlantic (lat 40–45, lon -35 – -30),
 * one of 250,000 cells so that tests and runs sharing a database do not meet; with a point inside
 * it and one just outside. Default places (lat 30–35, lon -40 – -35) never fall in it.
 */
export function oceanBox(): {
  bbox: { west: number; south: number; east: number; north: number };
  inside: { latitude: number; longitude: number };
  outside: { latitude: number; longitude: number };
} {
  const cell = (n: number) => Math.floor(Math.random() * n) / 100;
  const south = 40 + cell(500);
  const west = -35 + cell(499);
  const bbox = { west, south, east: west + 0.01, north: south + 0.01 };
  return {
    bbox,
    inside: { latitude: south + 0.005, longitude: west + 0.005 },
    outside: { latitude: south + 0.005, longitude: west + 0.015 },
  };
}
