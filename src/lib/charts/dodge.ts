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
}

interface Box {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Scatter labels: for each dot (px centre, radius, label width), the first of right / left / above /
 * below that overlaps no label placed before it and no dot; right when none is free.
 */
export function placeLabels(
	dots: readonly { x: number; y: number; r: number; width: number }[],
	lineHeight = 14
): LabelSpot[] {
	const dotBoxes: Box[] = dots.map((d) => ({ x0: d.x - d.r, x1: d.x + d.r, y0: d.y - d.r, y1: d.y + d.r }));
	const placed: Box[] = [];
	return dots.map((d, i) => {
		const h = lineHeight / 2;
		const candidates: [LabelSpot, Box][] = [
			[
				{ dx: d.r + 4, dy: 0, anchor: 'start' },
				{ x0: d.x + d.r + 4, x1: d.x + d.r + 4 + d.width, y0: d.y - h, y1: d.y + h }
			],
			[
				{ dx: -d.r - 4, dy: 0, anchor: 'end' },
				{ x0: d.x - d.r - 4 - d.width, x1: d.x - d.r - 4, y0: d.y - h, y1: d.y + h }
			],
			[
				{ dx: 0, dy: -d.r - h - 2, anchor: 'middle' },
				{ x0: d.x - d.width / 2, x1: d.x + d.width / 2, y0: d.y - d.r - 2 - 2 * h, y1: d.y - d.r - 2 }
			],
			[
				{ dx: 0, dy: d.r + h + 2, anchor: 'middle' },
				{ x0: d.x - d.width / 2, x1: d.x + d.width / 2, y0: d.y + d.r + 2, y1: d.y + d.r + 2 + 2 * h }
			]
		];
		const free = candidates.find(
			([, box]) => !placed.some((p) => overlaps(p, box)) && !dotBoxes.some((b, k) => k !== i && overlaps(b, box))
		);
		const [spot, box] = free ?? candidates[0]!;
		placed.push(box);
		return spot;
	});
}
