/**
 * The composite index on /compare (method in the page text): each indicator min–max normalised among
 * the places with data, turned so 100 is best; averaged within each theme; themes averaged with the
 * user's weights (0–5, as in the OECD Better Life Index). A place needs values for at least a share
 * (default 2/3) of the indicators to be ranked; below that it is listed as excluded, never ranked on
 * what little it has.
 */
import { directedScores } from './normalise';

export interface CompositeIndicator {
	indicator_id: string;
	theme: string;
	direction: string;
}

export interface CompositeInput {
	indicators: readonly CompositeIndicator[];
	places: readonly string[];
	/** value of `place` on `indicator`, or null */
	value: (place: string, indicatorId: string) => number | null;
	/** theme → weight 0–5; a theme not listed weighs 1. */
	weights: Readonly<Record<string, number>>;
	/** Share of the indicators a place must have to be ranked. */
	threshold?: number;
}

export interface CompositeRow {
	place: string;
	score: number;
	rank: number;
	covered: number;
	/** Rank under equal weights minus rank under these weights: positive = these weights lift it. */
	movedBy: number;
}

export interface CompositeResult {
	ranked: CompositeRow[];
	excluded: { place: string; covered: number }[];
	total: number;
	threshold: number;
}

export const DEFAULT_THRESHOLD = 2 / 3;

function scoreAll(input: CompositeInput, weights: Readonly<Record<string, number>>) {
	const scores = new Map<string, Map<string, number | null>>();
	for (const indicator of input.indicators) {
		const values = input.places.map((p) => input.value(p, indicator.indicator_id));
		const directed = directedScores(values, indicator.direction);
		input.places.forEach((p, i) => {
			const row = scores.get(p) ?? new Map<string, number | null>();
			row.set(indicator.indicator_id, directed[i] ?? null);
			scores.set(p, row);
		});
	}
	const themes = [...new Set(input.indicators.map((i) => i.theme))];
	const result = new Map<string, number | null>();
	for (const place of input.places) {
		let weighted = 0;
		let weightSum = 0;
		for (const theme of themes) {
			const themeScores = input.indicators
				.filter((i) => i.theme === theme)
				.map((i) => scores.get(place)?.get(i.indicator_id))
				.filter((s): s is number => s !== null && s !== undefined);
			if (themeScores.length === 0) continue;
			const weight = weights[theme] ?? 1;
			weighted += weight * (themeScores.reduce((a, b) => a + b, 0) / themeScores.length);
			weightSum += weight;
		}
		result.set(place, weightSum > 0 ? weighted / weightSum : null);
	}
	return result;
}

function ranks(scores: Map<string, number | null>, places: readonly string[]): Map<string, number> {
	const sorted = places.filter((p) => scores.get(p) != null).sort((a, b) => scores.get(b)! - scores.get(a)!);
	const out = new Map<string, number>();
	sorted.forEach((p, i) => {
		const previous = sorted[i - 1];
		out.set(p, previous !== undefined && scores.get(previous) === scores.get(p) ? out.get(previous)! : i + 1);
	});
	return out;
}

export function compositeIndex(input: CompositeInput): CompositeResult {
	const threshold = input.threshold ?? DEFAULT_THRESHOLD;
	const total = input.indicators.length;
	const coveredOf = (place: string) =>
		input.indicators.filter((i) => input.value(place, i.indicator_id) !== null).length;
	const eligible = input.places.filter((p) => total > 0 && coveredOf(p) / total >= threshold);
	const excluded = input.places
		.filter((p) => !eligible.includes(p))
		.map((place) => ({ place, covered: coveredOf(place) }));
	// Normalise among the ranked places only, so an excluded place cannot set the scale.
	const scoped = { ...input, places: eligible };
	const weighted = scoreAll(scoped, input.weights);
	const equal = scoreAll(scoped, {});
	const weightedRanks = ranks(weighted, eligible);
	const equalRanks = ranks(equal, eligible);
	const ranked = eligible
		.filter((p) => weighted.get(p) != null)
		.map((place) => ({
			place,
			score: weighted.get(place)!,
			rank: weightedRanks.get(place)!,
			covered: coveredOf(place),
			movedBy: equalRanks.get(place)! - weightedRanks.get(place)!
		}))
		.sort((a, b) => a.rank - b.rank || a.place.localeCompare(b.place));
	return { ranked, excluded, total, threshold };
}
