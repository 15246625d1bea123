/**
 * A deterministic beeswarm: dots keep their x (the value) and move up or down just enough not to
 * overlap, each taking the free position nearest the axis, in order of x. No simulation, so the
 * same data always draws the same picture (prerendered and live alike).
 */
export function beeswarm(xs: readonly number[], radius: number, padding = 0.5): number[] {
	// The last layout is kept: switching the highlighted place or the group back redraws the same dots.
	const key = `${radius}|${padding}|${xs.join(',')}`;
	if (last?.key === key) return [...last.ys];
	const ys = layout(xs, radius, padding);
	last = { key, ys };
	return [...ys];
}

let last: { key: string; ys: readonly number[] } | null = null;

function layout(xs: readonly number[], radius: number, padding: number): number[] {
	const diameter = 2 * radius + padding;
	const reach = diameter ** 2 - 1e-9;
	const order = xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]! || a - b);
	const ys = new Array<number>(xs.length).fill(0);
	// Placed dots in order of x, as two number arrays: a swarm of ~900 dots is redrawn on every change
	// of group, and per-dot objects and closures were most of its cost (garbage collection).
	const px: number[] = [];
	const py: number[] = [];
	const candidates: number[] = [];
	let first = 0;
	for (const i of order) {
		const x = xs[i]!;
		// Only dots less than a diameter to the left can touch this one.
		while (first < px.length && px[first]! < x - diameter) first++;
		const free = (y: number) => {
			for (let k = first; k < px.length; k++) if ((px[k]! - x) ** 2 + (py[k]! - y) ** 2 < reach) return false;
			return true;
		};
		candidates.length = 0;
		candidates.push(0);
		for (let k = first; k < px.length; k++) {
			const dy = Math.sqrt(Math.max(0, diameter ** 2 - (px[k]! - x) ** 2));
			candidates.push(py[k]! + dy, py[k]! - dy);
		}
		candidates.sort((a, b) => Math.abs(a) - Math.abs(b) || b - a);
		const y = candidates.find(free) ?? 0;
		ys[i] = y;
		px.push(x);
		py.push(y);
	}
	return ys;
}
