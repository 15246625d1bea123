/**
 * The maps' projection, shared by the build (which draws the country shapes once, server side) and
 * the page (which places each city's dot): a conformal conic for Europe fitted to a frame. The partner
 * map frames Ireland to Latvia, Spain to Lithuania; the indicator map every Urban Audit country from
 * Portugal to eastern Türkiye and from Malta to northern Finland. Places outside a frame (Iceland,
 * the Canaries, the outermost regions) are listed, not drawn.
 */
import { geoConicConformal, type GeoProjection } from 'd3';

export interface MapFrame {
	width: number;
	height: number;
	/** [west, south, east, north] in degrees. */
	bounds: [number, number, number, number];
	/** The central meridian. */
	centre: number;
	/** Fit the middle of the northern edge too (a conic's top edge bows outwards over a wide frame). */
	fitTopMiddle: boolean;
}

export const PARTNER_MAP: MapFrame = {
	width: 640,
	height: 560,
	bounds: [-11, 36, 30, 59],
	centre: 10,
	fitTopMiddle: false
};
export const INDICATOR_MAP: MapFrame = {
	width: 640,
	height: 520,
	bounds: [-10, 35, 44, 66.5],
	centre: 17,
	fitTopMiddle: true
};

export function mapProjection(frame: MapFrame): GeoProjection {
	const [w, s, e, n] = frame.bounds;
	const corners = {
		type: 'Feature' as const,
		properties: {},
		geometry: {
			type: 'MultiPoint' as const,
			coordinates: [[w, s], [e, s], [w, n], [e, n], ...(frame.fitTopMiddle ? [[frame.centre, n]] : [])]
		}
	};
	return geoConicConformal()
		.rotate([-frame.centre, 0])
		.parallels([40, 60])
		.fitExtent(
			[
				[8, 8],
				[frame.width - 8, frame.height - 8]
			],
			corners
		)
		.clipExtent([
			[0, 0],
			[frame.width, frame.height]
		]);
}

/** [x, y] of a place on the map (0.1 px), or null outside the frame. */
export function mapPoint(
	projection: GeoProjection,
	frame: MapFrame,
	lon: number,
	lat: number
): [number, number] | null {
	const [w, s, e, n] = frame.bounds;
	if (lon < w || lon > e || lat < s || lat > n) return null;
	const xy = projection([lon, lat]);
	if (!xy) return null;
	return [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10];
}
