/**
 * Ratios derived from published counts: count ÷ population of the same unit and year × factor.
 * Only where both inputs are published; the flags of both travel with the ratio.
 */
import { DERIVED_RATIOS, LEVELS, levelId, URB_SERIES, urbSourceId } from './eurostat-urb';

export interface Observation {
	geo_code: string;
	indicator_id: string;
	year: number;
	/** As published, or for a derived value rounded to 4 decimals; text so it is written unchanged. */
	value: string;
	flags: string;
	source_id: string;
	note: string;
}

const key = (geo: string, year: number) => `${geo}|${year}`;

function mergeFlags(a: string, b: string): string {
	return [...new Set([...a, ...b])].sort().join('');
}

export function deriveRatios(published: readonly Observation[]): Observation[] {
	const out: Observation[] = [];
	for (const level of LEVELS) {
		const population = new Map(
			published.filter((o) => o.indicator_id === levelId('population', level)).map((o) => [key(o.geo_code, o.year), o])
		);
		for (const ratio of DERIVED_RATIOS) {
			const series = URB_SERIES.find((s) => s.id === ratio.numerator)!;
			for (const count of published.filter((o) => o.indicator_id === levelId(ratio.numerator, level))) {
				const denominator = population.get(key(count.geo_code, count.year));
				if (!denominator || Number(denominator.value) <= 0) continue;
				const value = (Number(count.value) / Number(denominator.value)) * ratio.factor;
				out.push({
					geo_code: count.geo_code,
					indicator_id: levelId(ratio.id, level),
					year: count.year,
					value: String(Number(value.toFixed(4))),
					flags: mergeFlags(count.flags, denominator.flags),
					source_id: urbSourceId(series.dataset),
					note: `Derived: ${series.code} ${count.value} / DE1001V ${denominator.value} × ${ratio.factor}`
				});
			}
		}
	}
	return out;
}
