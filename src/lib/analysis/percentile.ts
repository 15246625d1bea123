/**
 * Where a place's value stands among the other places of its group: how many of them have a lower and
 * how many a higher value (ties count as neither), and the larger share as a whole percent rounded
 * down, so that "higher than in 62 % of the other 308" is never more than the data say.
 */
export interface Percentile {
	place: string;
	value: number;
	/** Other places with a lower value. */
	below: number;
	/** Other places with a higher value. */
	above: number;
	/** Other places with a comparable value (the place itself not counted). */
	n: number;
	/** `higher`: the value is higher than in `percent` % of the others; `lower`: lower than in `percent` %. */
	side: 'higher' | 'lower';
	percent: number;
}

export function percentileOf(values: readonly { city_id: string; value: number }[], place: string): Percentile | null {
	const own = values.find((v) => v.city_id === place);
	if (!own) return null;
	const others = values.filter((v) => v.city_id !== place);
	if (others.length === 0) return null;
	const below = others.filter((v) => v.value < own.value).length;
	const above = others.filter((v) => v.value > own.value).length;
	const side = below >= above ? 'higher' : 'lower';
	const count = side === 'higher' ? below : above;
	return {
		place,
		value: own.value,
		below,
		above,
		n: others.length,
		side,
		percent: Math.floor((100 * count) / others.length)
	};
}

/** Below this many others a share in % means little: the counts are said instead ("in 2 of the other 3"). */
export const FEW_OTHERS = 10;

/** "62 % of the other" or, for a few others, "2 of the other". */
export function shareWords(p: Percentile): string {
	const count = p.side === 'higher' ? p.below : p.above;
	return p.n < FEW_OTHERS ? `${count} of the other` : `${p.percent} % of the other`;
}
