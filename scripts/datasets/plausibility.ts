/**
 * Checks every observation before anything is written: a value outside the plausible range of its
 * measure and unit, or an unknown flag, stops the build with the row named. Bounds are wide on
 * purpose — they catch a value in the wrong unit (×1,000) or a sign error, not an unusual city.
 */
import type { Observation } from './derive';

/** Eurostat flags (PROVENANCE.md) plus `l`, WHO years under 75 % temporal coverage. */
export const FLAG_VOCABULARY = new Set(['b', 'd', 'e', 'p', 'r', 'u', 'c', 'l']);

interface Indicator {
	indicator_id: string;
	measure: string;
	unit: string;
}

/** [min, max] inclusive for an indicator, from its measure and unit. */
export function plausibleRange(i: Indicator): [number, number] {
	// A change computed from a broken population (Eurostat's 2024 German values) can exceed +100 %:
	// kept and marked suspect by the comparability rule, never compared.
	if (i.unit === '% per year') return [-100, 1000];
	if (i.measure === 'share' || i.unit === '%') return [0, 100];
	// Fleet registrations push a few places past 1,000 cars per 1,000 residents (real, published).
	if (i.unit.startsWith('cars per 1,000')) return [0, 10000];
	if (i.unit.startsWith('per 1,000')) return [0, 1000];
	if (i.unit === 'nights per resident') return [0, 500];
	if (i.unit === 'kg per resident') return [0, 5000];
	if (i.unit === 'µg/m³') return [0, 1000];
	if (i.unit === 'years') return [0, 120];
	if (i.unit === '°C') return [-50, 50];
	if (i.unit === 'hours per day') return [0, 24];
	if (i.unit === 'minutes') return [0, 300];
	if (i.unit === 'per 10,000 residents') return [0, 10000];
	// Zero counts between positive years are gaps, left out before this check (zero-gaps.ts).
	if (i.measure === 'count') return [0, 1e9];
	return [0, Number.MAX_SAFE_INTEGER];
}

export function assertPlausible(observations: readonly Observation[], indicators: readonly Indicator[]): void {
	const byId = new Map(indicators.map((i) => [i.indicator_id, i]));
	const problems: string[] = [];
	for (const o of observations) {
		const where = `${o.geo_code} ${o.indicator_id} ${o.year} (source ${o.source_id})`;
		const indicator = byId.get(o.indicator_id);
		if (!indicator) {
			problems.push(`${where}: unknown indicator`);
			continue;
		}
		const value = Number(o.value);
		const [min, max] = plausibleRange(indicator);
		if (!Number.isFinite(value) || value < min || value > max) {
			problems.push(`${where}: value ${o.value} ${indicator.unit} is outside ${min}…${max}`);
		}
		for (const flag of o.flags) if (!FLAG_VOCABULARY.has(flag)) problems.push(`${where}: unknown flag "${flag}"`);
		if (!Number.isInteger(o.year) || o.year < 1950 || o.year > 2100) problems.push(`${where}: year ${o.year}`);
	}
	if (problems.length > 0) throw new Error(`Implausible observations:\n${problems.slice(0, 20).join('\n')}`);
}
