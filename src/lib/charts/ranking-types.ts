/** What RankingChart draws: the indicator, the ranked bars and the reference lines. */
import type { Claim } from '$lib/analysis/statements/claims';

export interface RankingIndicator {
	indicator_id: string;
	label: string;
	short_label: string;
	unit: string;
	decimals: number;
	source: string;
}

export interface RankingBar {
	city_id: string;
	/** As shown: the place, or the unit it was published for ("Dublin (greater city)"). */
	label: string;
	value: number;
	/** The value's year; null where a bar has none (a composite score). */
	year: number | null;
	flags: string;
	rank: number;
	/** Survey estimates: the rank range's other end. */
	rankTo: number;
	/** A short remark, e.g. "8 of 11 indicators". */
	detail?: string;
	/** What the rank cell claims (null: a rank that is not a claim of the data, e.g. a composite). */
	claims?: Claim[] | null;
}

export interface ReferenceLine {
	key: string;
	value: number;
	label: string;
}
