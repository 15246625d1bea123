/**
 * A report card's opening sentences: the facts that matter most for the place, each with its year.
 * First its population (the change over its whole comparable series, and where it stands), then the
 * indicators where it ranks at either end of the group, then its largest comparable changes, then
 * its air against the targets. Every sentence comes with its claims.
 */
import type { Headline } from '../city-report';
import { isSurvey } from '../comparison';
import type { Statement } from './claims';
import { targetSentence } from './monitor';
import { changeStatement, levelStatement, valueClause, type NamedPlace, type StatementContext } from './place';

export const MAX_SENTENCES = 6;
/** Ranks at either end are news only among enough places. */
const MIN_FOR_END_RANK = 5;
/** A change over a year or two says little about where a place is heading. */
const MIN_CHANGE_YEARS = 3;

/**
 * How strong a change is, for choosing which to say: its yearly rate (log change, % a year) over
 * the indicator's own tolerance for "stable". Rates in % are taken relative to their level too.
 */
export function changeStrength(h: Headline): number {
	const c = h.change;
	const tolerance = h.indicator.travel_tolerance;
	if (!c || !tolerance || !(c.from.value > 0) || !(c.to.value > 0)) return 0;
	const years = c.to.year - c.from.year;
	if (years < MIN_CHANGE_YEARS) return 0;
	return ((Math.abs(Math.log(c.to.value / c.from.value)) / years) * 100) / tolerance;
}

const atAnEnd = (h: Headline) =>
	!!h.ranked &&
	!!h.comparison &&
	h.comparison.ranked.length >= MIN_FOR_END_RANK &&
	h.ranked.rankTo === h.ranked.rank &&
	(h.ranked.rank === 1 || h.ranked.rankFromEnd === 1);

export function reportBrief(
	headlines: readonly Headline[],
	place: NamedPlace,
	context: (h: Headline) => StatementContext,
	countries: (h: Headline) => number
): Statement[] {
	const out: Statement[] = [];
	const said = new Set<string>();
	const say = (h: Headline, s: Statement) => {
		out.push(s);
		said.add(h.indicator.indicator_id);
	};
	const [population, ...rest] = headlines;
	if (population?.latest) {
		const ctx = context(population);
		if (population.seriesChange) out.push(changeStatement(ctx, place, population.seriesChange));
		say(population, levelStatement(ctx, place, population.comparison, population.latest, countries(population)));
	}
	const ends = rest.filter((h) => h.latest && atAnEnd(h));
	for (const h of ends.slice(0, 2)) say(h, levelStatement(context(h), place, h.comparison, h.latest!, countries(h)));
	const changes = rest
		.filter((h) => h.latest && !isSurvey(h.indicator) && changeStrength(h) > 1)
		.sort((a, b) => changeStrength(b) - changeStrength(a));
	for (const h of changes.slice(0, 2)) say(h, changeStatement(context(h), place, h.change!));
	const monitored = rest.find((h) => h.latest && h.statuses.length > 0 && !said.has(h.indicator.indicator_id));
	const status = monitored?.statuses.find((s) => s.target.target_year !== null) ?? monitored?.statuses[0];
	if (monitored && status) {
		const ctx = context(monitored);
		const value = valueClause(ctx, place, monitored.latest!, true);
		const sentence = targetSentence(ctx, place, status.target, status.assessment, value.text);
		say(monitored, { ...sentence, claims: [...value.claims, ...sentence.claims] });
	}
	// Too little to rank or compare: say what there is, each with its year.
	for (const h of rest) {
		if (out.length >= 3) break;
		if (!h.latest || said.has(h.indicator.indicator_id)) continue;
		say(h, levelStatement(context(h), place, h.comparison, h.latest, countries(h)));
	}
	return out.slice(0, MAX_SENTENCES);
}
