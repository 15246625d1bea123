/**
 * Old Urban Audit codes (`CC999C1`, `CC999K1`, … in cities.dic) → the current unit, for the older
 * label-only exports (the 2018 population release, the 2021 waste export). Eurostat renumbered many
 * places (Padova IT028C1 → IT027C, Daugavpils LV501C1 → LV004C), so the match is by name: the one
 * current unit of the same country with the same name (without "(greater city)" / "Greater") and the
 * same level (names compared without accents: the dictionary's old names are often plain ASCII) — K codes and "Greater …" labels are greater cities, other C codes cities. A match is then
 * confirmed or refused by the data: where the old unit's population (2018 release) and the current
 * unit's (2025 release) share years, every shared year must agree exactly. A refused match leaves the
 * old unit out (Rennes FR013C2, an older delimitation). For the partners the result must equal the
 * hand-checked crosswalk OLD_TO_CURRENT (tested).
 */
import { baseName, type Level, type UnitRegistry } from './units';
import { plainName } from './who-match';

export interface OldUnit {
	code: string;
	name: string;
	level: Level;
}

export const OLD_CODE = /^([A-Z]{2})\d{3}(C|K)\d$/;

/** The old city (C1, C2, …) and greater-city (K1, …) codes of cities.dic. */
export function oldUnits(dictionaryText: string): OldUnit[] {
	return dictionaryText
		.split(/\r?\n/)
		.map((line) => line.split('\t') as [string, string | undefined])
		.filter((p): p is [string, string] => !!p[1] && OLD_CODE.test(p[0]))
		.map(([code, name]) => ({
			code,
			name: name.trim(),
			level: OLD_CODE.exec(code)![2] === 'K' || /^Greater |\(greater city\)$/.test(name.trim()) ? 'greater_city' : 'city'
		}));
}

export type CrosswalkEntry =
	| { old: string; current: string; evidence: 'name' | 'name and population' }
	| { old: string; current: null; reason: string };

/**
 * `population(code)` gives a unit's population by year (old units: the 2018 release; current units:
 * the 2025 release).
 */
export function crosswalk(
	old: readonly OldUnit[],
	units: UnitRegistry,
	population: (code: string) => ReadonlyMap<number, string> | undefined
): Map<string, CrosswalkEntry> {
	const current = units.all();
	const out = new Map<string, CrosswalkEntry>();
	for (const o of old) {
		const named = current.filter((u) => u.country === o.code.slice(0, 2) && plainName(baseName(u.name)) === plainName(baseName(o.name)));
		const sameLevel = named.filter((u) => u.level === o.level);
		// Another level is taken only when the population proves the unit the same (an old French "C2"
		// is today's greater city).
		const candidates = sameLevel.length ? sameLevel : named;
		if (candidates.length !== 1) {
			out.set(o.code, {
				old: o.code,
				current: null,
				reason: candidates.length ? `several current units named ${baseName(o.name)}` : `no current unit named ${baseName(o.name)}`
			});
			continue;
		}
		const unit = candidates[0]!;
		const before = population(o.code);
		const after = population(unit.code);
		const shared = [...(before?.keys() ?? [])].filter((y) => after?.has(y)).sort();
		const differs = shared.find((y) => Number(before!.get(y)) !== Number(after!.get(y)));
		if (differs !== undefined) {
			out.set(o.code, {
				old: o.code,
				current: null,
				reason: `named like ${unit.code}, but its population differs in ${differs} (${before!.get(differs)} vs ${after!.get(differs)}): another delimitation`
			});
			continue;
		}
		if (unit.level !== o.level && shared.length === 0) {
			out.set(o.code, { old: o.code, current: null, reason: `named like ${unit.code}, a ${unit.level.replace('_', ' ')}, with no population year to prove it the same unit` });
			continue;
		}
		out.set(o.code, { old: o.code, current: unit.code, evidence: shared.length ? 'name and population' : 'name' });
	}
	return out;
}
