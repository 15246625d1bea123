/**
 * A deterministic beeswarm: dots keep their x (the value) and move up or down just enough not to
 * overlap, each taking the free position nearest the axis, in order of x. No simulation, so the
 * same data always draws the same picture (prerendered and live alike).
 */
export function beeswarm(xs: readonly number[], radius: number, padding = 0.5): number[] {
	const diameter = 2 * radius + padding;
	const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const ys = new Array<number>(xs.length).fill(0);
	const placed: { x: number; y: number }[] = [];
	let first = 0;
	for (const [x, i] of order) {
		// Only dots less than a diameter to the left can touch this one.
		while (first < placed.length && placed[first]!.x < x - diameter) first++;
		const near = placed.slice(first);
		const free = (y: number) => near.every((p) => (p.x - x) ** 2 + (p.y - y) ** 2 >= diameter ** 2 - 1e-9);
		const candidates = [0];
		for (const p of near) {
			const dy = Math.sqrt(Math.max(0, diameter ** 2 - (p.x - x) ** 2));
			candidates.push(p.y + dy, p.y - dy);
		}
		candidates.sort((a, b) => Math.abs(a) - Math.abs(b) || b - a);
		const y = candidates.find(free) ?? 0;
		ys[i] = y;
		placed.push({ x, y });
	}
	return ys;
}
