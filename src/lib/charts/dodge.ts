/**
 * Direct labels must not overlap: given wanted vertical positions (px), returns positions at least
 * `gap` apart, each as close to its wish as possible, kept within [min, max] when they fit. Labels
 * keep their order (the line that ends higher keeps the higher label).
 */
export function dodge(wanted: readonly number[], gap: number, min = -Infinity, max = Infinity): number[] {
	const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
	const placed = order.map((o) => o.y);
	// Push down what overlaps the label above it, then pull back up from the bottom edge.
	for (let k = 0; k < placed.length; k++) {
		const floor = k === 0 ? min : placed[k - 1]! + gap;
		placed[k] = Math.max(placed[k]!, floor);
	}
	for (let k = placed.length - 1; k >= 0; k--) {
		const ceiling = k === placed.length - 1 ? max : placed[k + 1]! - gap;
		placed[k] = Math.min(placed[k]!, ceiling);
	}
	const result = new Array<number>(wanted.length);
	for (const [k, o] of order.entries()) result[o.i] = placed[k]!;
	return result;
}

export interface LabelSpot {
	dx: number;
	dy: number;
	anchor: 'start' | 'middle' | 'end';
	/** No spot overlaps nothing: the label is left out. */
	hidden: boolean;
}

export interface Box {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, bounds: Box) =>
	a.x0 >= bounds.x0 && a.x1 <= bounds.x1 && a.y0 >= bounds.y0 && a.y1 <= bounds.y1;

/**
 * Scatter labels: for each dot (px centre, radius, label width), the first of right / left / above /
 * below / the four diagonals that stays inside `bounds` and overlaps no label placed before it and no
 * dot. A label with no such spot is hidden: an overprinted label is worse than none.
 */
export function placeLabels(
	dots: readonly { x: number; y: number; r: number; width: number }[],
	lineHeight = 14,
	bounds: Box = { x0: -Infinity, x1: Infinity, y0: -Infinity, y1: Infinity },
	obstacles: readonly Box[] = []
): LabelSpot[] {
	const dotBoxes: Box[] = dots.map((d) => ({ x0: d.x - d.r, x1: d.x + d.r, y0: d.y - d.r, y1: d.y + d.r }));
	const placed: Box[] = [...obstacles];
	const h = lineHeight / 2;
	return dots.map((d, i) => {
		const right = d.x + d.r + 4;
		const left = d.x - d.r - 4;
		const above = d.y - d.r - h - 2;
		const below = d.y + d.r + h + 2;
		const candidates: [LabelSpot, Box][] = [
			[
				{ dx: d.r + 4, dy: 0, anchor: 'start', hidden: false },
				{ x0: right, x1: right + d.width, y0: d.y - h, y1: d.y + h }
			],
			[
				{ dx: -d.r - 4, dy: 0, anchor: 'end', hidden: false },
				{ x0: left - d.width, x1: left, y0: d.y - h, y1: d.y + h }
			],
			[
				{ dx: 0, dy: above - d.y, anchor: 'middle', hidden: false },
				{ x0: d.x - d.width / 2, x1: d.x + d.width / 2, y0: above - h, y1: above + h }
			],
			[
				{ dx: 0, dy: below - d.y, anchor: 'middle', hidden: false },
				{ x0: d.x - d.width / 2, x1: d.x + d.width / 2, y0: below - h, y1: below + h }
			],
			[
				{ dx: d.r + 2, dy: above - d.y, anchor: 'start', hidden: false },
				{ x0: d.x + d.r + 2, x1: d.x + d.r + 2 + d.width, y0: above - h, y1: above + h }
			],
			[
				{ dx: -d.r - 2, dy: above - d.y, anchor: 'end', hidden: false },
				{ x0: d.x - d.r - 2 - d.width, x1: d.x - d.r - 2, y0: above - h, y1: above + h }
			],
			[
				{ dx: d.r + 2, dy: below - d.y, anchor: 'start', hidden: false },
				{ x0: d.x + d.r + 2, x1: d.x + d.r + 2 + d.width, y0: below - h, y1: below + h }
			],
			[
				{ dx: -d.r - 2, dy: below - d.y, anchor: 'end', hidden: false },
				{ x0: d.x - d.r - 2 - d.width, x1: d.x - d.r - 2, y0: below - h, y1: below + h }
			]
		];
		const free = candidates.find(
			([, box]) =>
				inside(box, bounds) &&
				!placed.some((p) => overlaps(p, box)) &&
				!dotBoxes.some((b, k) => k !== i && overlaps(b, box))
		);
		if (!free) return { dx: 0, dy: 0, anchor: 'start', hidden: true };
		placed.push(free[1]);
		return free[0];
	});
}
