/**
 * The report card's "Among European cities like <place>": for each headline indicator (at the level
 * the card shows it), where the place stands among the European cities of its size class and among
 * the cities of its country — each group in its own comparison year, under the same comparability
 * rule as the partners. One sentence per indicator names both groups, their sizes and the years.
 * Computed where every city's data is at hand (prerendering), so the card needs no download.
 */
import { compare } from '$lib/analysis/comparison';
import { choosePeriod, type Panel, type Period } from '$lib/analysis/panel';
import { percentileOf, shareWords, type Percentile } from '$lib/analysis/percentile';
import { groupWords, type PeerGroup } from '$lib/analysis/peer-group';
import { periodWords, statement, type Statement } from '$lib/analysis/statements/claims';
import { percentileClaim, type StatementContext } from '$lib/analysis/statements/place';
import { placeLabel, valuePhrase } from '$lib/analysis/statements/words';
import { DEFAULT_WINDOW } from '$lib/data/defaults';
import type { CatalogueRow } from '$lib/db/europe-queries';
import type { IndicatorRow, PlaceRow } from '$lib/db/queries';
import { peersFrom } from '$lib/ui/peers';
import { statementContext } from '$lib/ui/ranking';

export interface EuropeSection {
	/** The size class's range, e.g. "50,000–100,000 inhabitants"; null without a population. */
	sizeRange: string | null;
	country: string;
	rows: { indicator: IndicatorRow; text: Statement }[];
}

interface Standing {
	ctx: StatementContext;
	group: PeerGroup;
	p: Percentile;
	period: Period;
	year: number;
}

function standing(
	indicator: IndicatorRow,
	panel: Panel,
	kind: 'size' | 'country',
	place: PlaceRow,
	partners: readonly PlaceRow[],
	catalogue: readonly CatalogueRow[],
	releaseYear: number
): Standing | null {
	const peers = peersFrom(kind, place.city_id, [], partners, catalogue);
	if (peers.fallback || peers.group.kind !== kind) return null;
	const members = peers.group.members;
	const chosen = choosePeriod(panel, members, null, DEFAULT_WINDOW);
	if (!chosen) return null;
	const comparison = compare(panel, members, chosen.period, indicator);
	const own = comparison.ranked.find((r) => r.city_id === place.city_id);
	const p = own ? percentileOf(comparison.ranked, place.city_id) : null;
	if (!own || !p) return null;
	return {
		ctx: statementContext(indicator, releaseYear, peers.group),
		group: peers.group,
		p,
		period: chosen.period,
		year: own.year
	};
}

const moreWords = (indicator: IndicatorRow, p: Percentile) =>
	indicator.measure === 'count' ? (p.side === 'higher' ? 'more' : 'fewer') : p.side;

function part(s: Standing, indicator: IndicatorRow): string {
	return `${moreWords(indicator, s.p)} than in ${shareWords(s.p)} ${groupWords(s.group, indicator.spatial_level, s.p.n)} with a value ${periodWords(s.period)}`;
}

export function europeSection(input: {
	place: PlaceRow;
	partners: readonly PlaceRow[];
	catalogue: readonly CatalogueRow[];
	indicators: readonly IndicatorRow[];
	panels: ReadonlyMap<string, Panel>;
	ids: readonly string[];
	releaseYear: number;
}): EuropeSection {
	const { place, partners, catalogue, releaseYear } = input;
	const own = catalogue.find((c) => c.city_id === place.city_id);
	const byId = new Map(input.indicators.map((i) => [i.indicator_id, i]));
	const rows = input.ids.flatMap((id) => {
		const indicator = byId.get(id);
		const panel = input.panels.get(id);
		if (!indicator || !panel) return [];
		const size = standing(indicator, panel, 'size', place, partners, catalogue, releaseYear);
		const country = standing(indicator, panel, 'country', place, partners, catalogue, releaseYear);
		const first = size ?? country;
		if (!first) return [];
		const value = `${placeLabel(indicator, place.name)} had ${valuePhrase(indicator, first.p.value)} in ${first.year}`;
		const second = size && country ? country : null;
		const again =
			second && (second.year !== first.year || second.p.value !== first.p.value)
				? ` (${valuePhrase(indicator, second.p.value)} in ${second.year})`
				: '';
		const text = `${indicator.short_label}: ${value}, ${part(first, indicator)}${second ? `, and ${part(second, indicator)}${again}` : ''}.`;
		return [
			{
				indicator,
				text: statement('sentence', text, [
					percentileClaim(first.ctx, first.p, first.period),
					...(second ? [percentileClaim(second.ctx, second.p, second.period)] : [])
				])
			}
		];
	});
	return {
		sizeRange: own?.size_class
			? (peersFrom('size', place.city_id, [], partners, catalogue).group.sizeClass?.range ?? null)
			: null,
		country: own?.country_name ?? place.country,
		rows
	};
}
