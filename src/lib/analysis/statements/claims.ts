/**
 * What a generated statement claims, in machine-readable form (docs/COMPARABILITY.md §10): every
 * sentence, takeaway, summary, note, status and table cell with a rank or a change carries its claims
 * beside its text, and the claims checker (tests/e2e/claims/) recomputes each one from the CSVs.
 */
import type { Period } from '../panel';
import type { GroupId } from '../peer-group';

/** The group compared with (peer-group.ts): 'partners', 'europe', 'size:S', 'country:LV', 'list:…'. */
export type Group = GroupId;

export type PeriodFields = { year: number } | { from: number; to: number };

interface Base {
	indicator: string;
	group: Group;
}

export type Claim =
	| (Base & { type: 'value'; place: string; year: number; value: number; latest: boolean; old: boolean })
	| (Base &
			PeriodFields & {
				type: 'rank';
				place: string;
				rank: number;
				/** Survey ranges: the other end (absent when the range is one rank). */
				rankTo?: number;
				/** The rank from the other end (1 = the last place): "the 2nd smallest". */
				rankFromEnd: number;
				n: number;
				/** A normalised ranking (per1000, minmax, zscore, median-index); absent = as published. */
				norm?: string;
			})
	| (Base &
			PeriodFields & {
				/** A normalised value of a place (`stat` value) or the normalised median (`stat` median). */
				type: 'normalised';
				norm: string;
				stat: 'value' | 'median';
				place?: string;
				value: number;
			})
	| (Base & PeriodFields & { type: 'median'; value: number; n: number })
	| (Base &
			PeriodFields & {
				/**
				 * A place's value against the other places of the group (percentile.ts): `below` and `above`
				 * count the others with a lower and a higher value, `n` all others with a value; `percent`
				 * is the larger share, rounded down, on `side`.
				 */
				type: 'percentile';
				place: string;
				value: number;
				below: number;
				above: number;
				n: number;
				side: 'higher' | 'lower';
				percent: number;
			})
	| (Base & {
			type: 'change';
			place: string;
			fromYear: number;
			fromValue: number;
			toYear: number;
			toValue: number;
			change: number;
			changeUnit: '%' | 'points';
	  })
	| (Base & {
			type: 'travel';
			place: string;
			fromYear: number;
			toYear: number;
			/** % of the level a year. */
			slope: number;
			travel: string;
	  })
	| (Base & PeriodFields & { type: 'meeting'; target: string; targetValue: number; meeting: number; n: number })
	| (Base & {
			type: 'status';
			place: string;
			target: string;
			targetValue: number;
			/** monitoring.ts's Status code, e.g. "not-met-too-slowly". */
			status: string;
			year: number | null;
			value: number | null;
			/** The trend's slope in the indicator's unit a year (shown with one more decimal than the value). */
			slope?: number;
	  })
	| (Base & {
			type: 'excluded';
			place: string;
			year: number;
			value: number;
			reason: 'suspect' | 'not-comparable';
			/** A suspect jump: the value it was compared with, the change in % and the bound in % a year. */
			againstYear?: number;
			againstValue?: number;
			changePercent?: number;
			bound?: number;
	  })
	| (Base & { type: 'comparison-year'; year: number; n: number; of: number })
	/** The data release year and the indicator's age limit that make a value "old" (§6). */
	| (Base & { type: 'release'; year: number; oldAfter: number })
	/** How many places of the group have a comparable value in the year (e.g. too few to rank). */
	| (Base & { type: 'coverage'; year: number; n: number })
	| (Base &
			PeriodFields & {
				type: 'benchmark';
				place: string;
				value: number;
				median: number;
				n: number;
				/** better | worse | equal (about the same within a survey margin) | neutral */
				verdict: string;
			})
	| {
			/** A place's mean directed z-score over a theme's indicators (profile.ts), each in its comparison period. */
			type: 'profile-mean';
			group: Group;
			place: string;
			indicators: string[];
			/** Each indicator's year or window. */
			spans: Record<string, PeriodFields>;
			/** How many indicators the profile has (the length of `indicators`). */
			total: number;
			mean: number;
			covered: number;
	  }
	| {
			/** A place's composite score and rank (composite.ts) over `indicators`, each in its comparison year. */
			type: 'composite';
			group: Group;
			place: string;
			indicators: string[];
			/** Each indicator's year or window. */
			spans: Record<string, PeriodFields>;
			/** How many indicators the index has (the length of `indicators`). */
			total: number;
			weights: Record<string, number>;
			score: number;
			rank: number;
			n: number;
	  }
	| {
			/**
			 * The monitoring board for a target set (a source_id), all indicators or one: how many place ×
			 * indicator cells are met, not met but on course, not met otherwise, or without a recent value.
			 */
			type: 'board';
			group: Group;
			set: string;
			indicator?: string;
			met: number;
			'on-course': number;
			'not-met': number;
			'no-data': number;
	  }
	| {
			/** A count from the catalogue: places, partners, or place–indicator pairs with at least one value. */
			type: 'count';
			group: Group;
			what: 'places' | 'partners' | 'pairs' | 'pairs-with-data';
			value: number;
	  }
	| {
			/** How many of the statement's benchmark claims say better, worse, or neither. */
			type: 'tally';
			group: Group;
			place: string;
			better: number;
			worse: number;
			other: number;
			of: number;
	  }
	| {
			type: 'correlation';
			group: Group;
			x: string;
			y: string;
			/** null: fewer than 3 places, or no variation. */
			r: number | null;
			n: number;
			year?: number;
			from?: number;
			to?: number;
	  };

/** A generated statement: its text as shown and what it claims. */
export interface Statement {
	/** What kind of statement (sentence, summary, takeaway, note, status, cell …), for the page's data-statement. */
	kind: string;
	text: string;
	claims: Claim[];
}

/** A period as claim fields. */
export const periodFields = (period: Period): PeriodFields =>
	period.kind === 'year' ? { year: period.year } : { from: period.from, to: period.to };

/** "in 2024" or "in 2019–2023". */
export const periodWords = (period: Period): string =>
	period.kind === 'year' ? `in ${period.year}` : `in ${period.from}–${period.to}`;

export const statement = (kind: string, text: string, claims: Claim[] = []): Statement => ({ kind, text, claims });
