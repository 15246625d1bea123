/**
 * The partner map's shapes, drawn at build time (server only, so the 750 kB world-atlas file never
 * reaches the browser): Natural Earth 1:50m country outlines (world-atlas, public domain) projected
 * with a conformal conic for Europe, clipped to the frame, as SVG path strings; and each place's
 * position from its catalogue coordinates.
 */
import { geoConicConformal, geoPath, type GeoProjection } from 'd3';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 560;

export interface MapShape {
	id: string;
	name: string;
	d: string;
}

/** Europe from Ireland to Latvia, Spain to Lithuania: the partners' extent with some sea around it. */
function projection(): GeoProjection {
	const frame = {
		type: 'Feature' as const,
		properties: {},
		geometry: {
			type: 'MultiPoint' as const,
			coordinates: [
				[-11, 36],
				[30, 36],
				[-11, 59],
				[30, 59]
			]
		}
	};
	return geoConicConformal()
		.rotate([-10, 0])
		.parallels([40, 60])
		.fitExtent(
			[
				[8, 8],
				[MAP_WIDTH - 8, MAP_HEIGHT - 8]
			],
			frame
		)
		.clipExtent([
			[0, 0],
			[MAP_WIDTH, MAP_HEIGHT]
		]);
}

export function europeShapes(): MapShape[] {
	const topology = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
	const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
	const path = geoPath(projection()).digits(1);
	return countries.features.flatMap((f) => {
		const d = path(f);
		return d ? [{ id: String(f.id ?? f.properties.name), name: f.properties.name, d }] : [];
	});
}

/** [x, y] of a longitude/latitude on the map. */
export function mapPosition(lon: number, lat: number): [number, number] {
	const xy = projection()([lon, lat]);
	if (!xy) throw new Error(`(${lon}, ${lat}) is outside the map.`);
	return [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10];
}
