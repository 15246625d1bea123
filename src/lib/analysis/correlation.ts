/** Pearson's correlation of two indicators over the places that have both values. */

export interface Correlation {
	/** Pearson's r; null when either variable does not vary or fewer than 3 places have both values. */
	r: number | null;
	n: number;
}

export function pearson(pairs: readonly (readonly [number | null, number | null])[]): Correlation {
	const both = pairs.filter((p): p is readonly [number, number] => p[0] !== null && p[1] !== null);
	const n = both.length;
	if (n < 3) return { r: null, n };
	const mx = both.reduce((a, [x]) => a + x, 0) / n;
	const my = both.reduce((a, [, y]) => a + y, 0) / n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (const [x, y] of both) {
		sxy += (x - mx) * (y - my);
		sxx += (x - mx) ** 2;
		syy += (y - my) ** 2;
	}
	return { r: sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy), n };
}

/** Strength of r in words (Cohen's conventions), for the chart's summary. */
export function describeCorrelation(r: number): string {
	const size = Math.abs(r);
	const strength = size >= 0.5 ? 'strong' : size >= 0.3 ? 'moderate' : size >= 0.1 ? 'weak' : 'no clear';
	if (strength === 'no clear') return 'no clear linear relation';
	return `a ${strength} ${r > 0 ? 'positive' : 'negative'} relation`;
}
