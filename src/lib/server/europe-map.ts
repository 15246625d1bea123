/**
 * The partner map's shapes, drawn at build time (server only, so the 750 kB world-atlas file never
 * reaches the browser): Natural Earth 1:50m country outlines (world-atlas, public domain) projected
 * with a conformal conic for Europe, clipped to the frame, as SVG path strings; and each place's
 * position from its catalogue coordinates.
 */
import { geoPath } from 'd3';
import { mapProjection, PARTNER_MAP, type MapFrame } from '$lib/charts/projection';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };

export const MAP_WIDTH = PARTNER_MAP.width;
export const MAP_HEIGHT = PARTNER_MAP.height;

export interface MapShape {
	id: string;
	name: string;
	d: string;
}

/** The country outlines projected for `frame` (the partner map by default), as SVG path strings. */
export function europeShapes(frame: MapFrame = PARTNER_MAP): MapShape[] {
	const topology = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
	const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
	const path = geoPath(mapProjection(frame)).digits(1);
	return countries.features.flatMap((f) => {
		const d = path(f);
		return d ? [{ id: String(f.id ?? f.properties.name), name: f.properties.name, d }] : [];
	});
}

/** [x, y] of a longitude/latitude on the map. */
export function mapPosition(lon: number, lat: number): [number, number] {
	const xy = mapProjection(PARTNER_MAP)([lon, lat]);
	if (!xy) throw new Error(`(${lon}, ${lat}) is outside the map.`);
	return [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10];
}
