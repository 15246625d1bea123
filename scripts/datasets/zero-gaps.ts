/**
 * A published count of zero in a unit whose other years of the same indicator are positive is a gap
 * written as zero (Kaiserslautern: 262,638 tourist nights in 2015, 236,770 in 2017, "0.00" in 2018,
 * 154,706 in 2020): it is left out and listed, never treated as a real zero. A unit whose every value
 * is zero keeps them (a town without a higher-education institution has no students). Road deaths
 * are exempt: a year without one is common in a small place.
 */
import type { Observation } from './derive';

export function dropZeroGaps(
	observations: readonly Observation[],
	countIds: ReadonlySet<string>
): { kept: Observation[]; excluded: string[] } {
	const positive = new Set<string>();
	for (const o of observations) if (countIds.has(o.indicator_id) && Number(o.value) > 0) positive.add(`${o.geo_code}|${o.indicator_id}`);
	const kept: Observation[] = [];
	const excluded: string[] = [];
	for (const o of observations) {
		if (countIds.has(o.indicator_id) && Number(o.value) === 0 && positive.has(`${o.geo_code}|${o.indicator_id}`)) {
			excluded.push(`\`${o.geo_code}\` ${o.indicator_id} ${o.year}: ${o.value}${o.flags ? ` (${o.flags})` : ''} left out — zero in a year between positive ones: a gap written as zero.`);
			continue;
		}
		kept.push(o);
	}
	return { kept, excluded };
}
