/**
 * The report card's sentences in plain English, generated from the headline numbers and formatted by
 * the app's one en-GB number rule. At most six: the population's change and rank, up to three other
 * headline indicators with their rank, and air quality against the standards.
 */
import { formatNumber, formatSigned, formatValue, ordinal } from '$lib/data/format';
import type { Headline } from './city-report';
import { isBreak } from './trends';

const MAX_SENTENCES = 6;

/** The relative change from `from` to `to`, e.g. "−8.7 %". */
export function signedPercent(from: number, to: number): string {
	const p = ((to - from) / Math.abs(from)) * 100;
	return `${formatSigned(p, 1)} %`;
}

const value = (h: Headline, v: number) => formatValue(v, h.indicator.decimals, h.indicator.unit);

/** "Population fell from 86,435 in 2015 to 78,942 in 2024 (−8.7 %)." */
export function changeSentence(h: Headline): string | null {
	if (!h.first || !h.latest || h.first.value === 0) return null;
	const verb = h.latest.value > h.first.value ? 'rose' : h.latest.value < h.first.value ? 'fell' : 'was unchanged';
	const label = h.indicator.short_label;
	if (verb === 'was unchanged')
		return `${label} was unchanged at ${value(h, h.latest.value)} from ${h.first.year} to ${h.latest.year}.`;
	return `${label} ${verb} from ${formatNumber(h.first.value, h.indicator.decimals)} in ${h.first.year} to ${formatNumber(h.latest.value, h.indicator.decimals)} in ${h.latest.year} (${signedPercent(h.first.value, h.latest.value)}).`;
}

/** "the 3rd lowest of 11 places with data" (best first), "the largest" for a count. */
export function rankPhrase(h: Headline): string | null {
	if (!h.rank) return null;
	const word =
		h.indicator.direction === 'lower-is-better'
			? 'lowest'
			: h.indicator.direction === 'higher-is-better'
				? 'highest'
				: 'largest';
	return `the ${h.rank.rank === 1 ? '' : `${ordinal(h.rank.rank)} `}${word} of ${h.rank.of} places with data`;
}

/** "Unemployment rate was 5.1 % in 2021, the 3rd lowest of 11 places with data." (Not-comparable survey values are not ranked in words.) */
export function levelSentence(h: Headline): string | null {
	if (!h.latest) return null;
	const rank = rankPhrase(h);
	return `${h.indicator.short_label} was ${value(h, h.latest.value)} in ${h.latest.year}${rank ? `, ${rank}` : ''}.`;
}

/** "PM2.5 was 14.2 µg/m³ in 2022: within the EU limit value (25), above the WHO 2021 guideline (5)." */
export function targetSentence(h: Headline): string | null {
	if (!h.latest || h.statuses.length === 0) return null;
	const parts = h.statuses
		.filter((s) => s.target.target_year === null || s.target.target_year <= h.latest!.year)
		.map((s) => {
			const met = s.target.comparator === 'le' ? h.latest!.value <= s.target.value : h.latest!.value >= s.target.value;
			const word = met ? 'within' : s.target.comparator === 'le' ? 'above' : 'below';
			return `${word} the ${s.target.label} (${formatNumber(s.target.value, h.indicator.decimals)})`;
		});
	if (parts.length === 0) return null;
	return `${h.indicator.short_label} was ${value(h, h.latest.value)} in ${h.latest.year}: ${parts.join(', ')}.`;
}

/** " (a break in the series that year: not comparable with earlier years)" when the latest value starts a new series. */
function breakNote(h: Headline): string {
	return h.latest && isBreak(h.latest) && !h.first
		? ' (a break in the series that year: not comparable with earlier years)'
		: '';
}

export function reportSentences(headlines: readonly Headline[]): string[] {
	const sentences: string[] = [];
	const [population, ...rest] = headlines;
	if (population?.latest) {
		const change = changeSentence(population);
		const rank = rankPhrase(population);
		const level = levelSentence(population)!;
		sentences.push(change ?? `${level.slice(0, -1)}${breakNote(population)}.`);
		if (change && rank) sentences.push(`It is ${rank}.`);
	}
	const targeted = rest.find((h) => h.statuses.length > 0 && h.latest);
	for (const h of rest.filter((x) => x.statuses.length === 0 && x.latest && x.rank).slice(0, 3)) {
		sentences.push(levelSentence(h)!);
	}
	const target = targeted ? targetSentence(targeted) : null;
	if (target) sentences.push(target);
	// Too little recent data for ranks: say what there is, and which way the population is going.
	for (const h of rest.filter((x) => x.latest && !x.rank && x.statuses.length === 0)) {
		if (sentences.length >= 3) break;
		sentences.push(`${levelSentence(h)!.slice(0, -1)} (no partner values of the last five years to compare).`);
	}
	const travel = population?.travel;
	if (sentences.length < 3 && population && travel) {
		sentences.push(
			`From ${travel.from} to ${travel.to} the ${population.indicator.short_label.toLowerCase()} was ${travel.travel === 'stable' ? 'stable' : travel.travel}.`
		);
	}
	return sentences.slice(0, MAX_SENTENCES);
}
