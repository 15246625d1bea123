/**
 * The trends chart's summary: the largest rise and the largest fall among the places drawn, each
 * measured within the place's current series (never across a break, a new level or a suspect value),
 * from the chosen year or the series' first value after it, to its latest comparable value.
 */
import { statement, type Statement } from './claims';
import { changeClaim, type NamedPlace, type PeriodChange, type StatementContext } from './place';
import { changeText } from './words';

export interface PlaceChange {
	place: NamedPlace;
	change: PeriodChange | null;
}

export function trendsSummary(
	ctx: StatementContext,
	changes: readonly PlaceChange[],
	since: number | null,
	drawn: number
): Statement {
	const measured = changes.filter((c): c is PlaceChange & { change: PeriodChange } => c.change !== null);
	const from = since === null ? 'its first comparable value' : `${since} or its first comparable value after it`;
	if (drawn === 0) return statement('summary', 'No chosen place has a value for this indicator.');
	if (measured.length < 2)
		return statement('summary', 'Too few of the places drawn have two comparable values to compare their changes.');
	const sorted = [...measured].sort((a, b) => b.change.change - a.change.change);
	const top = sorted[0]!;
	const bottom = sorted.at(-1)!;
	const said = (c: PlaceChange & { change: PeriodChange }) =>
		`${c.place.name} ${changeText(c.change.change, c.change.unit)} (${c.change.from.year}–${c.change.to.year})`;
	const words =
		top.change.change < 0
			? ['the smallest fall', 'the largest fall']
			: bottom.change.change > 0
				? ['the largest rise', 'the smallest rise']
				: ['the largest rise', 'the largest fall'];
	return statement(
		'summary',
		`Change from ${from} to the latest, for the places with two comparable values: ${words[0]}, ${said(top)}; ${words[1]}, ${said(bottom)}.`,
		[changeClaim(ctx, top.place, top.change), changeClaim(ctx, bottom.place, bottom.change)]
	);
}
