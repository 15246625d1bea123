/**
 * The monitoring board: for a set of targets (one source: a directive, the WHO guidelines, a city's own
 * file), every place × monitored indicator with its status and direction of travel. Pure; the /monitor
 * page and the city report cards read it.
 */
import {
	assess,
	directionOfTravel,
	type Assessment,
	type DirectionOfTravel,
	type Observation,
	type Target,
	type TravelIndicator
} from './monitoring';

export interface BoardTarget extends Target {
	target_id: string;
	indicator_id: string;
	/** 'all' or the city_id the target is for. */
	scope: string;
	source_id: string;
	label: string;
}

export interface BoardCell {
	city_id: string;
	indicator_id: string;
	target: BoardTarget | null;
	assessment: Assessment | null;
	travel: DirectionOfTravel | null;
}

export interface TargetSet {
	id: string;
	label: string;
}

/** The sets of targets in the data (named by their first target's label), in the order given. */
export function targetSets(targets: readonly { source_id: string; label: string }[]): TargetSet[] {
	const seen = new Map<string, string>();
	for (const t of targets) if (!seen.has(t.source_id)) seen.set(t.source_id, t.label);
	return [...seen].map(([id, label]) => ({ id, label }));
}

/** The target of a set that applies to a place: its own (scope = city) before the general one. */
export function targetFor<T extends BoardTarget>(
	targets: readonly T[],
	set: string,
	indicatorId: string,
	cityId: string
): T | null {
	const of = targets.filter((t) => t.source_id === set && t.indicator_id === indicatorId);
	return of.find((t) => t.scope === cityId) ?? of.find((t) => t.scope === 'all') ?? null;
}

/**
 * Every place × indicator of the board. `current` gives a place's current series (its comparable
 * values since the latest break or new level: comparability.ts); `referenceYear` the indicator's last
 * year with a comparable value in the group.
 */
export function boardCells(
	places: readonly { city_id: string }[],
	indicators: readonly ({ indicator_id: string } & TravelIndicator)[],
	current: (indicatorId: string, cityId: string) => readonly Observation[],
	referenceYear: (indicatorId: string) => number,
	targets: readonly BoardTarget[],
	set: string
): BoardCell[] {
	return places.flatMap((p) =>
		indicators.map((i) => {
			const observations = current(i.indicator_id, p.city_id);
			const target = targetFor(targets, set, i.indicator_id, p.city_id);
			return {
				city_id: p.city_id,
				indicator_id: i.indicator_id,
				target,
				assessment: target ? assess(observations, target, referenceYear(i.indicator_id), i) : null,
				travel: directionOfTravel(observations, i)
			};
		})
	);
}
