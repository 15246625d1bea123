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

/** The flags of two inputs, each letter once, sorted: what a derived value carries. */
export function mergeFlags(a: string, b: string): string {
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

/** Year-on-year change of the population of each unit, for consecutive years only. */
export function derivePopulationChange(published: readonly Observation[]): Observation[] {
	const out: Observation[] = [];
	for (const level of LEVELS) {
		const population = published.filter((o) => o.indicator_id === levelId('population', level));
		const byKey = new Map(population.map((o) => [key(o.geo_code, o.year), o]));
		for (const current of population) {
			const previous = byKey.get(key(current.geo_code, current.year - 1));
			if (!previous || Number(previous.value) <= 0) continue;
			const change = (Number(current.value) / Number(previous.value) - 1) * 100;
			out.push({
				geo_code: current.geo_code,
				indicator_id: levelId('population_change', level),
				year: current.year,
				value: String(Number(change.toFixed(4))),
				flags: mergeFlags(current.flags, previous.flags),
				source_id: current.source_id,
				note: `Derived: DE1001V ${current.value} (${current.year}) / ${previous.value} (${current.year - 1})`
			});
		}
	}
	return out;
}

/**
 * A published count of residents in a subgroup (unemployed, employed, foreign-born) larger than the
 * whole population of the same unit and year is plainly for another area: it is left out, never
 * corrected, and listed. Returns the rows to keep and one line per row left out.
 */
export function dropImpossibleSubgroups(
	published: readonly Observation[],
	subgroupIds: readonly string[]
): { kept: Observation[]; excluded: string[] } {
	const populations = new Map<string, Observation>();
	for (const level of LEVELS) {
		for (const o of published.filter((x) => x.indicator_id === levelId('population', level))) {
			populations.set(key(o.geo_code, o.year), o);
		}
	}
	const subgroups = new Set(LEVELS.flatMap((level) => subgroupIds.map((id) => levelId(id, level))));
	const kept: Observation[] = [];
	const excluded: string[] = [];
	for (const o of published) {
		const whole = subgroups.has(o.indicator_id) ? populations.get(key(o.geo_code, o.year)) : undefined;
		if (whole && Number(o.value) > Number(whole.value)) {
			excluded.push(
				`\`${o.geo_code}\` ${o.indicator_id} ${o.year}: ${o.value}${o.flags ? ` (${o.flags})` : ''} left out — more than the whole population of the unit that year (${whole.value}), so plainly for another area.`
			);
			continue;
		}
		kept.push(o);
	}
	return { kept, excluded };
}
