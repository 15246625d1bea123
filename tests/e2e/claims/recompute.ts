/**
 * The claims checker's own recomputation of docs/COMPARABILITY.md §1–§8, written apart from
 * src/lib/analysis (nothing under src/ is imported): the CSVs in datasets/ are read with native DuckDB,
 * every value is classified again here, and one function per claim `type` of §10 says what is wrong
 * with a claim (an empty list when it holds).
 *
 * Questions this checker raised on the specification, each now settled in docs/COMPARABILITY.md and
 * followed here and by the pages:
 *
 * Q1  The survey margin is 6.2 points (1.96 × √(2 × 0.25 / 500) × 100 = 6.198, stated rounded up).
 * Q2  Within a confirmed new-level run, a later value flagged `b` is a "break" (it starts the series again).
 * Q3  An empty `travel_tolerance` means no direction of travel (population change crosses zero).
 * Q4  The slope is taken as % of |mean|.
 * Q5  A status claim holds the status code of §8 (met, no-data, not-met-…), the target's value and,
 *     when there is a trend, the slope in the indicator's unit a year (shown with at least one decimal).
 * Q6  A target's own value and year may appear in the text of claims that name the target.
 * Q7  `comparison-year.of` is §4's n (places of the group with a comparable value in any year).
 * Q8  `correlation` names `x` and `y`; `indicator` is optional and, when present, one of them.
 * Q9  Regional and national indicators have no place series: claims about them are reported.
 * Q10 `status.year`/`status.value` are the place's latest comparable value (null without one).
 * Q11 "The last 3 years up to the reference year" are ref − 2 … ref.
 * Q12 A survey `rank` claim carries `rankTo` when the range spans more than one rank; absent = `rank`.
 * Q13 `change` checks both values in the current series and `to` the latest comparable.
 * Q14 `old_after` empty: a value is never old.
 * Q15 Ranks, medians, meeting counts and correlations use every value of comparable status in the year.
 * Q16 A target whose scope is a place applies to that place only.
 *
 * Questions raised by the peer groups (§4 groups, `percentile`), settled here (not yet in the spec):
 *
 * Q17 A size group's members are the places.csv rows whose `population` falls in the class's band by
 *     this checker's own bands; the `size_class` column is only compared with them. Every row whose column
 *     disagrees, where either side is the claim's class, is a finding on each claim of that size group
 *     (a row without population and without class is no member and no finding).
 * Q18 `list:<key>+<key>…`: a key is a member when it is the key of a places.csv row (`city_id` for a
 *     partner, else `place_code`). A partner's Urban Audit code (PL005C for Poznań) is not its key, so
 *     it names no member; keys naming no place are left out silently; a list naming no place at all is a
 *     finding (the pages fall back to the partners and must then say `partners`).
 * Q19 Group-independent checks (`value`, `change`, `travel`, `excluded`, `release`, `count`) still need a
 *     known group and, where they name a place, a place of that group; `count` keeps counting cities.csv
 *     and partners.csv whatever the group.
 * Q20 `status` and `board` take the reference year (§8) in the claim's group, and `board` counts the
 *     statuses of the group's members; the partners' monitor therefore stays as before.
 * Q21 `percentile` with fewer than one other place (n = 0) has no percent: a finding. With `norm` set it
 *     is taken over the normalised values (as `rank` is); without it over the values as published.
 * Q22 `composite` ranks the group's members that have values for two-thirds of the indicators;
 *     `profile-mean` takes z-scores among the group's values.
 * Q23 A non-partner place's units are the geo-europe.csv rows with its place_code, and only for a
 *     places.csv row without city_id (a partner's series stays its geo.csv units under its city_id).
 * Q24 §10 "names the group": a table cell (`data-statement="cell"`, e.g. a rank "3rd") names it through
 *     its table's caption ("… ranked among the places of your list …"); every other statement in its
 *     own text. Claims of the partners need no name. "European" for `europe` is matched as a word part,
 *     so "European cities" and "European greater cities" both name it.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isGroupError, placeKey, resolveGroup, type GroupError, type Place, type ResolvedGroup } from './groups';

export {
	SIZE_BANDS,
	groupNameWords,
	placeKey,
	resolveGroup,
	sizeClassOf,
	sizeClassProblems,
	type Place,
	type ResolvedGroup
} from './groups';

export const DATASETS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../datasets');

/** §5: the survey margin, in percentage points (see Q1). */
export const SURVEY_MARGIN = 6.2;

/** Floating-point slack for the bounds of §3 and §5, so a change of exactly 15 % or 6.2 points is "within". */
const EPSILON = 1e-9;

// ---------------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------------

export type Direction = 'higher-is-better' | 'lower-is-better' | 'neutral';

export interface InputRef {
	indicator: string;
	/** 0 for `id` (same year), 1 for `id@-1` (the year before). */
	lag: number;
}

export interface Indicator {
	id: string;
	label: string;
	shortLabel: string;
	unit: string;
	direction: Direction;
	spatialLevel: string;
	measure: string;
	frequency: string;
	decimals: number;
	plausibleChange: number | null;
	oldAfter: number | null;
	travelTolerance: number | null;
	derivedFrom: InputRef[];
	priceBasis: string;
	theme: string;
}

export interface Target {
	id: string;
	indicator: string;
	scope: string;
	comparator: 'le' | 'ge';
	value: number;
	targetYear: number | null;
	label: string;
}

/** One observation of a place's series (§2). */
export interface Observation {
	geo: string;
	year: number;
	value: number;
	flags: string;
	survey: string;
}

export type Status = 'not-comparable' | 'suspect' | 'start' | 'ok' | 'break' | 'new-level';
export type SuspectReason = 'input suspect' | 'unconfirmed jump' | 'temporary level';

export interface Classified extends Observation {
	status: Status;
	reason?: SuspectReason;
	/** For a suspect jump: the value it was compared with (`last`). */
	comparedWith?: Observation;
}

/** Everything the rules need, read from datasets/ once. */
export interface Reference {
	indicators: Map<string, Indicator>;
	/** The partners group: every city_id of cities.csv. */
	places: string[];
	/** Every row of places.csv (§4: the europe, size, country and list groups are drawn from it). */
	catalogue: Place[];
	targets: Map<string, Target>;
	/** §1: the data release year R. */
	releaseYear: number;
	/** Keyed by `${place}|${indicator}` (place: a partner's city_id, else the place_code), sorted by year. */
	series: Map<string, Observation[]>;
	/** Rows of partners.csv. */
	partners: number;
	/** Indicator × place pairs with a value of the place's own units or its regions' and country's. */
	pairsWithData: number;
	/** Indicators with at least one such pair. */
	indicatorsWithData: number;
	/** target_id → its set (the source that sets it, targets.csv source_id). */
	targetSets: Map<string, string>;
}

/** A claim as found in `data-claims` (JSON, so every field is checked before use). */
export type Claim = Readonly<Record<string, unknown>>;

/** A single year or a window `from … to` (§4). */
export interface Span {
	from: number;
	to: number;
}

// ---------------------------------------------------------------------------------------------------
// Loading datasets/ with DuckDB
// ---------------------------------------------------------------------------------------------------

function csvSource(fileOrGlob: string): string {
	const path = join(DATASETS_DIR, fileOrGlob).replaceAll("'", "''");
	// Every column as text: the checker decides the types itself instead of trusting detection.
	return `read_csv('${path}', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', union_by_name = true)`;
}

type Row = Record<string, unknown>;

async function rows(connection: DuckDBConnection, sql: string): Promise<Row[]> {
	return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Row[];
}

function text(row: Row, column: string): string {
	const value = row[column];
	return value === null || value === undefined ? '' : String(value).trim();
}

function optionalNumber(row: Row, column: string): number | null {
	const raw = text(row, column);
	return raw === '' ? null : Number(raw);
}

function parseDerivedFrom(raw: string): InputRef[] {
	return raw
		.split(/\s+/)
		.filter((part) => part !== '')
		.map((part) => {
			const [indicator = '', lag] = part.split('@');
			return { indicator, lag: lag === undefined ? 0 : -Number(lag) };
		});
}

function toIndicator(row: Row): Indicator {
	return {
		id: text(row, 'indicator_id'),
		label: text(row, 'label'),
		shortLabel: text(row, 'short_label'),
		unit: text(row, 'unit'),
		direction: text(row, 'direction') as Direction,
		spatialLevel: text(row, 'spatial_level'),
		measure: text(row, 'measure'),
		frequency: text(row, 'frequency'),
		decimals: Number(text(row, 'decimals')),
		plausibleChange: optionalNumber(row, 'plausible_change'),
		oldAfter: optionalNumber(row, 'old_after'),
		travelTolerance: optionalNumber(row, 'travel_tolerance'),
		derivedFrom: parseDerivedFrom(text(row, 'derived_from')),
		priceBasis: text(row, 'price_basis'),
		theme: text(row, 'theme')
	};
}

function toTarget(row: Row): Target {
	return {
		id: text(row, 'target_id'),
		indicator: text(row, 'indicator_id'),
		scope: text(row, 'scope'),
		comparator: text(row, 'comparator') === 'ge' ? 'ge' : 'le',
		value: Number(text(row, 'value')),
		targetYear: optionalNumber(row, 'target_year'),
		label: text(row, 'label')
	};
}

/**
 * §2: every observation of a unit of the place at the indicator's own spatial level. A partner's units
 * are its geo.csv rows (keyed by city_id); any other place's its geo-europe.csv rows with its place_code
 * (keyed by place_code, Q23). One query for every place, partners and Europe alike.
 */
const SERIES_SQL = `
	WITH units AS (
		SELECT city_id AS place, geo_code, level, coalesce(survey, '') AS survey
		FROM geo WHERE coalesce(city_id, '') <> ''
		UNION ALL
		SELECT e.place_code AS place, e.geo_code, e.level, coalesce(e.survey, '') AS survey
		FROM geo_europe e JOIN places p ON p.place_code = e.place_code
		WHERE coalesce(p.city_id, '') = ''
	)
	SELECT u.place, o.indicator_id AS indicator, o.geo_code AS geo,
		CAST(o.year AS INTEGER) AS year, CAST(o.value AS DOUBLE) AS value,
		coalesce(o.flags, '') AS flags, u.survey
	FROM obs o
	JOIN units u ON u.geo_code = o.geo_code
	JOIN ind i ON i.indicator_id = o.indicator_id
	WHERE u.level = i.spatial_level AND o.value IS NOT NULL
	ORDER BY place, indicator, year`;

/** Pairs of indicator × place with any value of the place's own units or of the regions and country containing it. */
const pairsSql = () => `
	WITH units AS (
		SELECT city_id, geo_code, level FROM geo WHERE city_id IS NOT NULL AND city_id <> ''
		UNION ALL SELECT city_id, geo_code, level FROM ${csvSource('place-regions.csv')}
		UNION ALL SELECT c.city_id, g.geo_code, g.level
		            FROM ${csvSource('cities.csv')} c JOIN geo g ON g.geo_code = c.country AND g.level = 'country'
	)
	SELECT count(DISTINCT (o.indicator_id, u.city_id)) AS pairs, count(DISTINCT o.indicator_id) AS indicators
	FROM obs o JOIN units u ON u.geo_code = o.geo_code JOIN ind i ON i.indicator_id = o.indicator_id AND i.spatial_level = u.level
	WHERE o.value IS NOT NULL`;

/** §1: R, the largest retrieved year among sources that have at least one observation. */
const RELEASE_YEAR_SQL = `
	SELECT max(CAST(left(trim(retrieved), 4) AS INTEGER)) AS release_year
	FROM src WHERE source_id IN (SELECT DISTINCT source_id FROM obs)`;

async function createViews(connection: DuckDBConnection): Promise<void> {
	// The observations (~150k rows with the Europe files) are read from disk once, then queried in memory.
	await connection.run(`CREATE TABLE obs AS SELECT * FROM ${csvSource('observations*.csv')}`);
	await connection.run(`CREATE VIEW geo AS SELECT * FROM ${csvSource('geo.csv')}`);
	await connection.run(`CREATE VIEW geo_europe AS SELECT * FROM ${csvSource('geo-europe.csv')}`);
	await connection.run(`CREATE VIEW places AS SELECT * FROM ${csvSource('places.csv')}`);
	await connection.run(`CREATE VIEW ind AS SELECT * FROM ${csvSource('indicators.csv')}`);
	await connection.run(`CREATE VIEW src AS SELECT * FROM ${csvSource('sources.csv')}`);
}

/** The series by place and indicator; throws when a series has more than one value a year (§2). */
function groupSeries(seriesRows: Row[]): Map<string, Observation[]> {
	const series = new Map<string, Observation[]>();
	const duplicates: string[] = [];
	for (const row of seriesRows) {
		const key = seriesKey(text(row, 'place'), text(row, 'indicator'));
		const list = series.get(key) ?? [];
		// §2 relies on the build for "at most one value per year"; rows come sorted by year.
		if (list.at(-1)?.year === Number(row.year)) duplicates.push(`${key}|${Number(row.year)}`);
		list.push({
			geo: text(row, 'geo'),
			year: Number(row.year),
			value: Number(row.value),
			flags: text(row, 'flags'),
			survey: text(row, 'survey')
		});
		series.set(key, list);
	}
	if (duplicates.length > 0) throw new Error(`more than one value a year in a series: ${duplicates.join(', ')}`);
	return series;
}

function toPlace(row: Row): Place {
	const population = optionalNumber(row, 'population');
	return {
		placeCode: text(row, 'place_code'),
		name: text(row, 'name'),
		country: text(row, 'country'),
		countryName: text(row, 'country_name'),
		level: text(row, 'level'),
		cityId: text(row, 'city_id'),
		population: population !== null && Number.isFinite(population) ? population : null,
		sizeClass: text(row, 'size_class')
	};
}

async function readReference(): Promise<Reference> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		await createViews(connection);
		const indicators = (await rows(connection, 'SELECT * FROM ind')).map(toIndicator);
		const places = (await rows(connection, `SELECT city_id FROM ${csvSource('cities.csv')}`)).map((r) =>
			text(r, 'city_id')
		);
		const targets = (await rows(connection, `SELECT * FROM ${csvSource('targets.csv')}`)).map(toTarget);
		const catalogue = (await rows(connection, 'SELECT * FROM places')).map(toPlace);
		const [release] = await rows(connection, RELEASE_YEAR_SQL);
		const [partners] = await rows(connection, `SELECT count(*) AS n FROM ${csvSource('partners.csv')}`);
		const [pairs] = await rows(connection, pairsSql());
		const targetRows = await rows(connection, `SELECT target_id, source_id FROM ${csvSource('targets.csv')}`);
		return {
			targetSets: new Map(targetRows.map((r) => [text(r, 'target_id'), text(r, 'source_id')])),
			partners: Number(partners?.n),
			pairsWithData: Number(pairs?.pairs),
			indicatorsWithData: Number(pairs?.indicators),
			indicators: new Map(indicators.map((i) => [i.id, i])),
			places,
			catalogue,
			targets: new Map(targets.map((t) => [t.id, t])),
			releaseYear: Number(release?.release_year),
			series: groupSeries(await rows(connection, SERIES_SQL))
		};
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}

let loading: Promise<Recomputation> | undefined;

/** The recomputation over datasets/, read once per process. */
export function loadRecomputation(): Promise<Recomputation> {
	loading ??= readReference().then((reference) => new Recomputation(reference));
	return loading;
}

export function seriesKey(place: string, indicator: string): string {
	return `${place}|${indicator}`;
}

// ---------------------------------------------------------------------------------------------------
// §3 Classification
// ---------------------------------------------------------------------------------------------------

/** §3 `within(a, c)`: the change from a to c stays inside the compounded plausible bound. */
export function within(a: Observation, c: Observation, plausibleChange: number | null): boolean {
	if (plausibleChange === null) return true;
	if (a.value <= 0 || c.value <= 0) return true;
	const bound = (c.year - a.year) * Math.log(1 + plausibleChange / 100);
	return Math.abs(Math.log(c.value / a.value)) <= bound + EPSILON;
}

export function isComparable(status: Status): boolean {
	return status === 'start' || status === 'ok' || status === 'break' || status === 'new-level';
}

function startsSeries(status: Status): boolean {
	return status === 'start' || status === 'break' || status === 'new-level';
}

function isSurveyNotComparable(observation: Observation): boolean {
	return observation.survey === 'national' || observation.survey === 'unknown';
}

/** The index of the last value of the run that starts at `start` (each value within the one before). */
function runEnd(values: readonly Observation[], start: number, plausibleChange: number | null): number {
	let end = start;
	while (end + 1 < values.length && within(values[end]!, values[end + 1]!, plausibleChange)) end++;
	return end;
}

/** §3 step 3, on the values left by steps 1 and 2 (in year order); returns one status per value. */
function applyJumpRule(values: readonly Observation[], plausibleChange: number | null): Classified[] {
	const out: Classified[] = values.map((v) => ({ ...v, status: 'ok' }));
	let last: Observation | undefined;
	let i = 0;
	while (i < values.length) {
		const v = values[i]!;
		if (last === undefined) {
			out[i]!.status = 'start';
			last = v;
			i++;
		} else if (within(last, v, plausibleChange)) {
			out[i]!.status = v.flags.includes('b') ? 'break' : 'ok';
			last = v;
			i++;
		} else {
			const end = runEnd(values, i, plausibleChange);
			const w = values[end + 1];
			if (end === i) {
				Object.assign(out[i]!, { status: 'suspect', reason: 'unconfirmed jump', comparedWith: last });
				i++;
			} else if (w !== undefined && within(last, w, plausibleChange)) {
				for (let k = i; k <= end; k++) {
					Object.assign(out[k]!, { status: 'suspect', reason: 'temporary level', comparedWith: last });
				}
				i = end + 1;
			} else {
				out[i]!.status = 'new-level';
				// Q2 (settled in the spec): the rest of the run is "ok", or "break" where flagged b.
				for (let k = i + 1; k <= end; k++) out[k]!.status = values[k]!.flags.includes('b') ? 'break' : 'ok';
				last = values[end]!;
				i = end + 1;
			}
		}
	}
	return out;
}

/**
 * §3: one status for every value of a series (sorted by year). `isInputSuspect` answers step 2 for
 * derived indicators; published indicators leave it out.
 */
export function classifySeries(
	series: readonly Observation[],
	plausibleChange: number | null,
	isInputSuspect: (observation: Observation) => boolean = () => false
): Classified[] {
	const early = new Map<Observation, Classified>();
	for (const observation of series) {
		if (isSurveyNotComparable(observation)) early.set(observation, { ...observation, status: 'not-comparable' });
		else if (isInputSuspect(observation))
			early.set(observation, { ...observation, status: 'suspect', reason: 'input suspect' });
	}
	const remaining = series.filter((o) => !early.has(o));
	const statuses = applyJumpRule(remaining, plausibleChange);
	const walked = new Map(remaining.map((o, k) => [o, statuses[k]!] as const));
	return series.map((o) => early.get(o) ?? walked.get(o)!);
}

/** §3: from the latest start, break or new level on, without suspect (or not comparable) values. */
export function currentSeries(classified: readonly Classified[]): Classified[] {
	const comparable = classified.filter((c) => isComparable(c.status));
	const start = comparable.findLastIndex((c) => startsSeries(c.status));
	return start < 0 ? [] : comparable.slice(start);
}

// ---------------------------------------------------------------------------------------------------
// §5, §7, §8 arithmetic
// ---------------------------------------------------------------------------------------------------

/** §5: is `a` better than `b` (neutral: the larger first)? */
export function isBetter(a: number, b: number, direction: Direction): boolean {
	return direction === 'lower-is-better' ? a < b : a > b;
}

/** §5 competition rank: 1 + the number of others strictly better (ties share the better rank). */
export function competitionRank(value: number, others: readonly number[], direction: Direction): number {
	return 1 + others.filter((o) => isBetter(o, value, direction)).length;
}

/** How much better `other` is than `value`, in the indicator's direction (negative = worse). */
function advantage(other: number, value: number, direction: Direction): number {
	return direction === 'lower-is-better' ? value - other : other - value;
}

/** §5 survey rank range: from = 1 + others at least M better; to = 1 + others not at least M worse. */
export function surveyRankRange(
	value: number,
	others: readonly number[],
	direction: Direction
): { from: number; to: number } {
	const atLeastMBetter = others.filter((o) => advantage(o, value, direction) >= SURVEY_MARGIN - EPSILON);
	const atLeastMWorse = others.filter((o) => -advantage(o, value, direction) >= SURVEY_MARGIN - EPSILON);
	return { from: 1 + atLeastMBetter.length, to: 1 + others.length - atLeastMWorse.length };
}

/** §5: the median; an even count takes the mean of the middle two. */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** §7: points for units starting with "%", else per cent of |from|. */
export function changeBetween(from: number, to: number, unit: string): { change: number; changeUnit: '%' | 'points' } {
	return unit.startsWith('%')
		? { change: to - from, changeUnit: 'points' }
		: { change: ((to - from) / Math.abs(from)) * 100, changeUnit: '%' };
}

export interface LineFit {
	slope: number;
	intercept: number;
	mean: number;
}

/** Ordinary least squares of value on year. */
export function leastSquares(points: readonly { year: number; value: number }[]): LineFit {
	const meanYear = points.reduce((sum, p) => sum + p.year, 0) / points.length;
	const mean = points.reduce((sum, p) => sum + p.value, 0) / points.length;
	const sxy = points.reduce((sum, p) => sum + (p.year - meanYear) * (p.value - mean), 0);
	const sxx = points.reduce((sum, p) => sum + (p.year - meanYear) ** 2, 0);
	const slope = sxy / sxx;
	return { slope, intercept: mean - slope * meanYear, mean };
}

/** §8 trend points: the last 5 values of the current series not flagged `l`. */
export function trendPoints(current: readonly Classified[]): Classified[] {
	return current.filter((c) => !c.flags.includes('l')).slice(-5);
}

export type Travel = 'stable' | 'rising' | 'falling' | 'improving' | 'worsening';

export interface TravelResult {
	fromYear: number;
	toYear: number;
	/** s: the slope as % of the points' mean, a year. */
	slope: number;
	/** The slope in the indicator's unit a year. */
	slopeInUnit: number;
	fit: LineFit;
	travel: Travel;
}

function travelWord(s: number, indicator: Indicator): Travel {
	if (Math.abs(s) <= (indicator.travelTolerance ?? 0)) return 'stable';
	const rising = s > 0;
	if (indicator.direction === 'neutral' || indicator.priceBasis === 'nominal') return rising ? 'rising' : 'falling';
	return rising === (indicator.direction === 'higher-is-better') ? 'improving' : 'worsening';
}

/** §8 direction of travel; undefined when fewer than 3 trend points. */
export function directionOfTravel(current: readonly Classified[], indicator: Indicator): TravelResult | undefined {
	const points = trendPoints(current);
	// Q3 (settled in the spec): an empty tolerance means no direction of travel at all.
	if (points.length < 3 || indicator.travelTolerance === null) return undefined;
	const fit = leastSquares(points);
	const s = (fit.slope / Math.abs(fit.mean)) * 100;
	return {
		fromYear: points[0]!.year,
		toYear: points.at(-1)!.year,
		slope: s,
		slopeInUnit: fit.slope,
		fit,
		travel: travelWord(s, indicator)
	};
}

/** Pearson's r; NaN when undefined (fewer than 2 pairs or no spread). */
export function pearson(pairs: readonly { x: number; y: number }[]): number {
	const n = pairs.length;
	if (n < 2) return Number.NaN;
	const mx = pairs.reduce((s, p) => s + p.x, 0) / n;
	const my = pairs.reduce((s, p) => s + p.y, 0) / n;
	const sxy = pairs.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
	const sxx = pairs.reduce((s, p) => s + (p.x - mx) ** 2, 0);
	const syy = pairs.reduce((s, p) => s + (p.y - my) ** 2, 0);
	return sxy / Math.sqrt(sxx * syy);
}

export function satisfies(value: number, target: Target): boolean {
	return target.comparator === 'le' ? value <= target.value : value >= target.value;
}

// ---------------------------------------------------------------------------------------------------
// The rules over the datasets
// ---------------------------------------------------------------------------------------------------

export interface PlaceValue {
	place: string;
	point: Classified;
}

export interface ComparisonYear {
	year: number;
	/** Places with a comparable value in that year. */
	n: number;
	/** §4's n: places with a comparable value in any year. */
	of: number;
}

export interface TargetStatus {
	/** The code of §8: met, no-data, not-met-no-trend, -stable, -away, -on-course, -too-slowly, -toward. */
	status: string;
	latest?: Classified;
	/** The trend's slope in the indicator's unit a year, when there is a trend. */
	slope?: number;
}

/** The id of the partners group (§4), every check's default. */
export const PARTNERS = 'partners';

export class Recomputation {
	private readonly classifiedCache = new Map<string, Classified[]>();
	private readonly groupCache = new Map<string, ResolvedGroup | GroupError>();
	private readonly groupValuesCache = new Map<string, PlaceValue[]>();

	constructor(readonly reference: Reference) {}

	/** §4: the group `id` names (its members keyed like series), or why it names none. */
	group(id: unknown): ResolvedGroup | GroupError {
		const key = typeof id === 'string' ? id : JSON.stringify(id);
		let resolved = this.groupCache.get(key);
		if (!resolved) {
			resolved = resolveGroup(id, this.reference.catalogue, this.reference.places);
			this.groupCache.set(key, resolved);
		}
		return resolved;
	}

	/** The member keys of a group; none for an id that names no group. */
	members(group: string): readonly string[] {
		const resolved = this.group(group);
		return isGroupError(resolved) ? [] : resolved.members;
	}

	/** The places.csv row of a member key (a partner's city_id or a place_code). */
	place(key: string): Place | undefined {
		return this.reference.catalogue.find((p) => placeKey(p) === key);
	}

	indicator(id: string): Indicator | undefined {
		return this.reference.indicators.get(id);
	}

	get releaseYear(): number {
		return this.reference.releaseYear;
	}

	/** §2: the raw series of a place. */
	series(place: string, indicator: string): Observation[] {
		return this.reference.series.get(seriesKey(place, indicator)) ?? [];
	}

	/** §3 for the place's series, with step 2 looking up each input's own classification. */
	classified(place: string, indicatorId: string): Classified[] {
		const key = seriesKey(place, indicatorId);
		const cached = this.classifiedCache.get(key);
		if (cached) return cached;
		const indicator = this.indicator(indicatorId);
		const result = indicator
			? classifySeries(this.series(place, indicatorId), indicator.plausibleChange, (o) =>
					this.hasSuspectInput(place, indicator, o)
				)
			: [];
		this.classifiedCache.set(key, result);
		return result;
	}

	private hasSuspectInput(place: string, indicator: Indicator, observation: Observation): boolean {
		return indicator.derivedFrom.some((input) =>
			this.classified(place, input.indicator).some(
				(c) => c.geo === observation.geo && c.year === observation.year - input.lag && c.status === 'suspect'
			)
		);
	}

	current(place: string, indicator: string): Classified[] {
		return currentSeries(this.classified(place, indicator));
	}

	/** §3: the last value of the current series. */
	latestComparable(place: string, indicator: string): Classified | undefined {
		return this.current(place, indicator).at(-1);
	}

	/** §4: the place's latest value of comparable status in the span (one year or a window). */
	valueInSpan(place: string, indicator: string, span: Span): Classified | undefined {
		return this.classified(place, indicator).findLast(
			(c) => isComparable(c.status) && c.year >= span.from && c.year <= span.to
		);
	}

	/**
	 * §4–5: the group's places with a comparable value in the span, and that value (remembered per
	 * group, indicator and span: the list is shared, callers must not change it).
	 */
	groupValues(indicator: string, span: Span, group: string = PARTNERS): readonly PlaceValue[] {
		const key = `${group}|${indicator}|${span.from}|${span.to}`;
		let values = this.groupValuesCache.get(key);
		if (!values) {
			values = this.members(group).flatMap((place) => {
				const point = this.valueInSpan(place, indicator, span);
				return point ? [{ place, point }] : [];
			});
			this.groupValuesCache.set(key, values);
		}
		return values;
	}

	/** §6 */
	isOld(indicator: Indicator, year: number): boolean {
		return indicator.oldAfter !== null && this.releaseYear - year > indicator.oldAfter;
	}

	/** §4: the comparison year of the group; undefined when no place has a comparable value. */
	comparisonYear(indicator: string, group: string = PARTNERS): ComparisonYear | undefined {
		const countByYear = new Map<number, number>();
		let of = 0;
		for (const place of this.members(group)) {
			const years = new Set(
				this.classified(place, indicator)
					.filter((c) => isComparable(c.status))
					.map((c) => c.year)
			);
			if (years.size > 0) of++;
			for (const year of years) countByYear.set(year, (countByYear.get(year) ?? 0) + 1);
		}
		if (of === 0) return undefined;
		const years = [...countByYear.entries()].sort(([a], [b]) => b - a);
		const qualifying = years.find(([, count]) => 3 * count >= 2 * of);
		const [year, n] = qualifying ?? years.reduce((best, entry) => (entry[1] > best[1] ? entry : best));
		return { year, n, of };
	}

	/** §8: the indicator's last year with a comparable value of a place of the group. */
	referenceYear(indicator: string, group: string = PARTNERS): number | undefined {
		let latest: number | undefined;
		for (const place of this.members(group)) {
			const year = this.classified(place, indicator).findLast((c) => isComparable(c.status))?.year;
			if (year !== undefined && (latest === undefined || year > latest)) latest = year;
		}
		return latest;
	}

	travel(place: string, indicatorId: string): TravelResult | undefined {
		const indicator = this.indicator(indicatorId);
		return indicator ? directionOfTravel(this.current(place, indicatorId), indicator) : undefined;
	}

	/** §8 status against a target, as its code (Q5), with the reference year of the group (Q20). */
	targetStatus(place: string, target: Target, group: string = PARTNERS): TargetStatus {
		const indicator = this.indicator(target.indicator);
		const reference = this.referenceYear(target.indicator, group);
		const latest = this.latestComparable(place, target.indicator);
		const travel = indicator ? directionOfTravel(this.current(place, indicator.id), indicator) : undefined;
		const slope = travel ? { slope: travel.slopeInUnit } : {};
		if (!indicator || reference === undefined || !latest || latest.year < reference - 2) {
			return { status: 'no-data', latest, ...slope };
		}
		if (satisfies(latest.value, target)) return { status: 'met', latest, ...slope };
		return { status: this.notMetStatus(travel, target, reference), latest, ...slope };
	}

	private notMetStatus(travel: TravelResult | undefined, target: Target, reference: number): string {
		if (!travel) return 'not-met-no-trend';
		if (travel.travel === 'stable') return 'not-met-stable';
		const movingToward = travel.slopeInUnit < 0 === (target.comparator === 'le');
		if (!movingToward) return 'not-met-away';
		if (target.targetYear !== null && target.targetYear > reference) {
			const projected = travel.fit.intercept + travel.fit.slope * target.targetYear;
			return satisfies(projected, target) ? 'not-met-on-course' : 'not-met-too-slowly';
		}
		return 'not-met-toward';
	}

	/** Q16: does the target apply to the place? */
	targetApplies(target: Target, place: string): boolean {
		return target.scope === 'all' || target.scope === place;
	}
}

// ---------------------------------------------------------------------------------------------------
// Reading claim fields
// ---------------------------------------------------------------------------------------------------

/** Collects what is wrong with one claim, prefixed with what the claim is about. */
class Findings {
	readonly list: string[] = [];
	constructor(private readonly claim: Claim) {}

	add(message: string): void {
		const { type, indicator, place, x, y } = this.claim;
		const about = [type, indicator ?? (x !== undefined ? `${String(x)}×${String(y)}` : undefined), place]
			.filter((part) => part !== undefined)
			.map(String)
			.join(' ');
		this.list.push(`${about}: ${message} — claim ${JSON.stringify(this.claim)}`);
	}

	number(field: string): number | undefined {
		const value = this.claim[field];
		if (typeof value === 'number' && Number.isFinite(value)) return value;
		this.add(`field "${field}" should be a finite number, found ${JSON.stringify(value)}`);
		return undefined;
	}

	integer(field: string): number | undefined {
		const value = this.number(field);
		if (value !== undefined && !Number.isInteger(value)) {
			this.add(`field "${field}" should be an integer, found ${value}`);
			return undefined;
		}
		return value;
	}

	string(field: string): string | undefined {
		const value = this.claim[field];
		if (typeof value === 'string' && value !== '') return value;
		this.add(`field "${field}" should be a non-empty string, found ${JSON.stringify(value)}`);
		return undefined;
	}

	boolean(field: string): boolean | undefined {
		const value = this.claim[field];
		if (typeof value === 'boolean') return value;
		this.add(`field "${field}" should be true or false, found ${JSON.stringify(value)}`);
		return undefined;
	}

	/** `year`, or `from` and `to` for a window. */
	span(): Span | undefined {
		if (this.claim.year !== undefined) {
			const year = this.integer('year');
			return year === undefined ? undefined : { from: year, to: year };
		}
		const from = this.integer('from');
		const to = this.integer('to');
		if (from === undefined || to === undefined) return undefined;
		if (from > to) this.add(`window from ${from} is after to ${to}`);
		return { from, to };
	}

	expectEqual(field: string, found: unknown, expected: unknown): void {
		if (found !== expected) {
			this.add(`${field} is ${JSON.stringify(found)}, recomputed ${JSON.stringify(expected)}`);
		}
	}

	expectClose(field: string, found: number | undefined, expected: number): void {
		if (found !== undefined && !isClose(found, expected)) this.add(`${field} is ${found}, recomputed ${expected}`);
	}
}

/** Claim values are "as used before formatting": equal up to floating-point noise. */
export function isClose(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The claim's group (§4), known to the checker; its places.csv problems (Q17) are findings. Returns the
 * group id, or undefined when it names no group.
 */
function claimGroup(model: Recomputation, findings: Findings, claim: Claim): string | undefined {
	const resolved = model.group(claim.group);
	if (isGroupError(resolved)) {
		findings.add(resolved.error);
		return undefined;
	}
	for (const problem of resolved.problems) findings.add(`group ${resolved.id}: ${problem}`);
	return resolved.id;
}

/** The claim's indicator, known and with a place series (Q9). */
function claimIndicator(model: Recomputation, findings: Findings, field = 'indicator'): Indicator | undefined {
	const id = findings.string(field);
	if (id === undefined) return undefined;
	const indicator = model.indicator(id);
	if (!indicator) findings.add(`unknown indicator ${id}`);
	else if (indicator.spatialLevel !== 'city' && indicator.spatialLevel !== 'greater_city') {
		findings.add(`${id} is ${indicator.spatialLevel} context, not in any place's series (§2)`);
		return undefined;
	}
	return indicator;
}

/** The claim's place, a member of the claim's group (a partner's city_id or another place's place_code). */
function claimPlace(model: Recomputation, findings: Findings, group: string | undefined): string | undefined {
	const place = findings.string('place');
	if (place === undefined || group === undefined) return undefined;
	const resolved = model.group(group);
	if (!isGroupError(resolved) && !resolved.memberSet.has(place)) {
		findings.add(`place ${place} is not in the group ${group}`);
		return undefined;
	}
	return place;
}

function claimTarget(model: Recomputation, findings: Findings, indicator: Indicator | undefined): Target | undefined {
	const id = findings.string('target');
	if (id === undefined) return undefined;
	const target = model.reference.targets.get(id);
	if (!target) findings.add(`unknown target ${id}`);
	else if (indicator && target.indicator !== indicator.id) {
		findings.add(`target ${id} is for ${target.indicator}, not ${indicator.id}`);
	}
	return target;
}

function describeSpan(span: Span): string {
	return span.from === span.to ? `${span.from}` : `${span.from}–${span.to}`;
}

function describeClassified(c: Classified): string {
	return `${c.value} (${c.year}, ${c.status}${c.reason ? `: ${c.reason}` : ''})`;
}

// ---------------------------------------------------------------------------------------------------
// One check per claim type (§10). Each returns the mismatches; [] when the claim holds.
// ---------------------------------------------------------------------------------------------------

/** `value`: comparable, of that year; `latest` means no later comparable value; `old` per §6. */
export function checkValueClaim(model: Recomputation, claim: Claim): string[] {
	const findings = new Findings(claim);
	const group = claimGroup(model, findings, claim);
	const indicator = claimIndicator(model, findings);
	const place = claimPlace(model, findings, group);
	const year = findings.integer('year');
	const value = findings.number('value');
	const latest = findings.boolean('latest');
	const old = findings.boolean('old');
	if (!indicator || place === undefined || year === undefined) return findings.list;
	const point = model.classified(place, indicator.id).find((c) => c.year === year);
	if (!point) findings.add(`no value in ${year}`);
	else {
		if (!isComparable(point.status)) findings.add(`the ${year} value is not comparable: ${describeClassified(point)}`);
		findings.expectClose('value', value, point.value);
	}
	const latestComparable = model.latestComparable(place, indicator.id);
	if (latest === true && latestComparable && latestComparable.year !== year) {
		findings.add(`latest is true but the latest comparable value is ${describeClassified(latestComparable)}`);
	}
	if (latest === true && !latestComparable) findings.add('latest is true but there is no comparable value');
	findings.expectEqual('old', old, model.isOld(indicator, year));
	return findings.list;
}

/** `rank`: competition rank (or survey range) and n over the group's comparable values in the span. */
export function checkRankClaim(model: Recomputation, claim: Claim): string[] {
	const findings = new Findings(claim);
	const group = claimGroup(model, findings, claim);
	const indicator = claimIndicator(model, findings);
	const place = claimPlace(model, findings, group);
	const span = findings.span();
	const rank = findings.integer('rank');
	const n = findings.integer('n');
	if (!indicator || place === undefined || !span) return findings.list;
	const ranked = normalised(model, indicator, model.groupValues(indicator.id, span, group), claim.norm);
	const own = ranked.find((r) => r.place === place);
	findings.expectEqual('n', n, ranked.length);
	if (!own) {
		findings.add(`${place} has no comparable value in ${describeSpan(span)}`);
		return findings.list;
	}
	const others = ranked.filter((r) => r.place !== place).map((r) => r.point.value);
	if (indicator.frequency === 'survey-wave') {
		const range = surveyRankRange(own.point.value, others, indicator.direction);
		findings.expectEqual('rank', rank, range.from);
		// Q12 (settled in the spec): rankTo only when the range is more than one rank.
		findings.expectEqual('rankTo', claim.rankTo === undefined ? range.from : findings.integer('rankTo'), range.to);
	} else {
		findings.expectEqual('rank', rank, competitionRank(own.point.value, others, indicator.direction));
		if (claim.rankTo !== undefined) findings.add('rankTo is only for survey indicators');
	}
	// From the other end: 1 + the places strictly worse ("the 2nd smallest").
	findings.expectEqual(
		'rankFromEnd',
		claim.rankFromEnd,
		1 + others.filter((o) => isBetter(own.point.value, o, indicator.direction)).length
	);
	return findings.list;
}

/**
 * A ranking shown normalised: per 1,000 inhabitants divides by the comparable population of the same
 * unit and year (a place without one drops out); min–max, z-score and the median index keep the order.
 */
function normalised(
	model: Recomputation,
	indicator: Indicator,
	values: readonly PlaceValue[],
	norm: unknown
): readonly PlaceValue[] {
	if (norm !== 'per1000') return values;
	const populationId = indicator.spatialLevel === 'greater_city' ? 'population_greater_city' : 'population';
	return values.flatMap((v) => {
		const population = model
			.classified(v.place, populationId)
			.find((c) => c.geo === v.point.geo && c.year === v.point.year && isComparable(c.status));
		return population && population.value > 0
			? [{ place: v.place, point: { ...v.point, value: (v.point.value / population.value) * 1000 } }]
			: [];
	});
}

/** The group's values in the span, normalised as the page shows them (per1000, minmax, zscore, median-index). */
export function normalisedValues(
	model: Recomputation,
	indicator: Indicator,
	span: Span,
	norm: string,
	group: string = PARTNERS
): PlaceValue[] {
	const values = normalised(model, indicator, model.groupValues(indicator.id, span, group), norm);
	const xs = values.map((v) => v.point.value);
	const transform = (x: number): number => {
		if (norm === 'minmax') {
			const lo = Math.min(...xs);
			const hi = Math.max(...xs);
			return hi === lo ? 50 : ((x - lo) / (hi - lo)) * 100;
		}
		if (norm === 'zscore') {
			const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
			const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
			return sd === 0 ? 0 : (x - mean) / sd;
		}
		if (norm === 'median-index') return (x / median(xs)) * 100;
		return x;
	};
	return values.map((v) => ({ place: v.place, point: { ...v.point, value: transform(v.point.value) } }));
}

/** `normalised`: a place's normalised value, or the normalised median, in the span. */
export function checkNormalisedClaim(model: Recomputation, claim: Claim): string[] {
	const findings = new Findings(claim);
	const group = claimGroup(model, findings, claim);
	const indicator = claimIndicator(model, findings);
	const span = findings.span();
	const norm = findings.string('norm');
	const stat = findings.string('stat');
	const value = findings.number('value');
	if (!indicator || !span || norm === undefined || group === undefined) return findings.list;
	const values = normalisedValues(model, indicator, span, norm, group);
	if (stat === 'median') findings.expectClose('value', value, median(values.map((v) => v.point.value)));
	else {
		const own = values.find((v) => v.place === claim.place);
		if (!own) findings.add(`${String(claim.place)} has no normalised value in ${describeSpan(span)}`);
		else findings.expectClose('value', value, own.point.value);
	}
	return findings.list;
}

/** `median`: of the ranked values in the span. */
export function checkMedianClaim(model: Recomputation, claim: Claim): string[] {
	const findings = new Findings(claim);
	const group = claimGroup(model, findings, claim);
	const indicator = claimIndicator(model, findings);
	const span = findings.span();
	const value = findings.number('value');
	const n = findings.integer('n');
	if (!indicator || !span || group === undefined) return findings.list;
	const values = model.groupValues(indicator.id, span, group).map((r) => r.point.value);
	findings.expectEqual('n', n, values.length);
	if (values.length === 0) findings.add(`no comparable value in ${describeSpan(span)}`);
	else findings.expectClose('value', value, median(values));
	return findings.list;
}

export interface PercentileResult {
	value: number;
	below: number;
	above: number;
	n: number;
	side: 'higher' | 'lower';
	/** undefined when there is no other place (n = 0, Q21). */
	percent: number | undefined;
}

/**
 * §10 `percentile`: where `place`'s value stands among the other places of `values` — how many are
 * strictly lower (`below`) and strictly higher (`above`), `n` others in all, `side` = higher when
 * below ≥ above, `percent` = ⌊100 × (below or above) / n⌋. Undefined when the place has no value.
 */
export function percentileAmong(values: readonly PlaceValue[], place: string): PercentileResult | undefined {
	const own = values.find((v) => v.place === place);
	if (!own) return undefined;
	const others = values.filter((v) => v.place !== place).map((v) => v.point.value);
	const below = others.filter((o) => o < own.point.value).length;
	const above = others.filter((o) => o > own.point.value).length;
	const side = below >= above ? 'higher' : 'lower';
	const count = side === 'higher' ? below : above;
	return {
		value: own.point.value,
		below,
		above,
		n: others.length,
		side,
		// Integers: the quotient is exact when whole, and otherwise at least 1/n away from the next whole.
		percent: others.length > 0 ? Math.floor((100 * count) / others.length) : undefined
	};
}

/** `percentile`: the place's comparable value in the span against the group's other places with one. */
export function checkPercentileClaim(model: Recomputation, claim: Claim): string[] {
	const findings = new Findings(claim);
	const group = claimGroup(model, findings, claim);
	const indicator = claimIndicator(model, findings);
	const place = claimPlace(model, findings, group);
	const span = findings.span();
	const value = findings.number('value');
	const below = findings.integer('below');
	const above = findings.integer('above');
	const n = findings.integer('n');
	const side = findings.string('side');
	const percent = findings.integer('percent');
	if (side !== undefined && side !== 'higher' && side !== 'lower') findings.add('side should be "higher" or "lower"');
	if (!indicator || place === undefined || group === undefined || !span) return findings.list;
	// Q21: normalised values when the claim says so, else the values as published.
	const values =
		typeof claim.norm === 'string'
			? normalisedValues(model, indicator, span, claim.norm, group)
			: model.groupValues(indicator.id, span, group);
	const expected = percentileAmong(values, place);
	if (!expected) {
		findings.add(`${place} has no comparable value in ${describeSpan(span)}`);
		return findings.list;
	}
	findings.expectClose('value', value, expected.value);
	findings.expectEqual('below', below, expected.below);
	findings.expectEqual('above', above, expected.above);
	findings.expectEqual('n', n, expected.n);
	findings.expectEqual('side', side, expected.side);
	if (expected.percent === undefined) findings.add('no other place has a comparable value: no percentile');
	else findings.expectEqual('percent', percent, expected.percent);
	return findings.list;
}

/** `change`: both values in the current series, `to` the latest comparable, change per §7. */
export function checkChangeClaim(model: Recomputation, claim: Claim): string[] {
	const findings = new Findings(claim);
	const group = claimGroup(model, findings, claim);
	const indicator = claimIndicator(model, findings);
	const place = claimPlace(model, findings, group);
	const fromYear = findings.integer('fromYear');
	const fromValue = findings.number('fromValue');
	const toYear = findings.integer('toYear');
	const toValue = findings.number('toValue');
	const change = findings.number('change');
	const changeUnit = findings.string('changeUnit');
	if (!indicator || place === undefined || fromYear === undefined || toYear === undefined) return findings.list;
	const current = model.current(place, indicator.id);
	const from = current.find((c) => c.year === fromYear);
	const to = current.find((c) => c.year === toYear);
	if (!from) findings.add(`${fromYear} is not in the current series (${describeYears(current)})`);
	else findings.expectClose('fromValue', fromValue, from.value);
	if (!to) findings.add(`${toYear} is not in the current series (${describeYears(current)})`);
	else findings.expectClose('toValue', toValue, to.value);
	const latest = current.at(-1);
	if (latest && latest.year !== toYear)
		findings.add(`toYear ${toYear} is not the latest comparable year ${latest.year}`);
	if (from && to) {
		const expected = changeBetween(from.value, to.value, indicator.unit);
		findings.expectClose('change', change, expected.change);
		findings.expectEqual('changeUnit', changeUnit, expected.changeUnit);
	}
	return findings.list;
}

function describeYears(current: readonly Classified[]): string {
	return current.length === 0 ? 'empty' : `${current[0]!.year}–${current.at(-1)!.year}`;
}

/** `travel`: §8 over the last 5 non-`l` values of the current series. */
export function checkTravelClaim(model: Recomputation, claim: Claim): string[] {
	const findings = new Findings(claim);
	const group = claimGroup(model, findings, claim);
	const indicator = claimIndicator(model, findings);
	const place = claimPlace(model, findings, group);
	const fromYear = findings.integer('fromYear');
	const toYear = findings.integer('toYear');
	const slope = findings.number('slope');
	const travel = findings.string('travel');
	if (!indicator || place === undefined) return findings.list;
	const expected = model.travel(place, indicator.id);
	if (!expected) {
		findings.add('fewer than 3 trend points: no direction of travel');
		return findings.list;
	}
	findings.expectEqual('fromYear', fromYear, expected.fromYear);
	findings.expectEqual('toYear', toYear, expected.toYear);
	findings.expectClose('slope', slope, expected.slope);
	findings.expectEqual('travel', travel, expected.travel);
	return findings.list;
}

/** `meeting`: places of the group whose comparable value in the span satisfies the target. */
export function checkMeetingClaim(model: Recomputation, claim: Claim): string[] {
	const findings = new Findings(claim);
	const group = claimGroup(model, findings, claim);
	const indicator = claimIndicator(model, findings);
	const target = claimTarget(model, findings, indicator);
	const span = findings.span();
	const meeting = findings.integer('meeting');
	const n = findings.integer('n');
	if (!indicator || !target || !span || group === undefined) return findings.list;
	const values = model.groupValues(indicator.id, span, group).filter((r) => model.targetApplies(target, r.place));
	findings.expectClose('targetValue', findings.number('targetValue'), target.value);
	findings.expectEqual('n', n, values.length);
	findings.expectEqual('meeting', meeting, values.filter((r) => satisfies(r.point.value, target)).length);
	return findings.list;
}

/** `status`: §8 words, and the latest comparable value they rest on (Q5, Q10). */
export function checkStatusClaim(model: Recomputation, claim: Claim): string[] {
	const findings = new Findings(claim);
	const group = claimGroup(model, findings, claim);
	const indicator = claimIndicator(model, findings);
	const place = claimPlace(model, findings, group);
	const target = claimTarget(model, findings, indicator);
	const status = findings.string('status');
	if (!indicator || place === undefined || !target) return findings.list;
	if (!model.targetApplies(target, place)) findings.add(`target ${target.id} does not apply to ${place}`);
	const expected = model.targetStatus(place, target, group);
	findings.expectEqual('status', status, expected.status);
	if (expected.latest) {
		findings.expectEqual('year', claim.year, expected.latest.year);
		findings.expectClose('value', findings.number('value'), expected.latest.value);
	} else if ((claim.year ?? null) !== null || (claim.value ?? null) !== null) {
		findings.add('year and value should be null: there is no comparable value');
	}
	findings.expectClose('targetValue', findings.number('targetValue'), target.value);
	if (claim.slope !== undefined) {
		if (expected.slope === undefined) findings.add('slope given but there is no trend');
		else findings.expectClose('slope', findings.number('slope'), expected.slope);
	}
	return findings.list;
}

/** `correlation`: Pearson r over places with comparable values of both in the span. */
export function checkCorrelationClaim(model: Recomputation, claim: Claim): string[] {
	const findings = new Findings(claim);
	const group = claimGroup(model, findings, claim);
	const x = claimIndicator(model, findings, 'x');
	const y = claimIndicator(model, findings, 'y');
	if (claim.indicator !== undefined && claim.indicator !== claim.x && claim.indicator !== claim.y) {
		findings.add('indicator should be x or y'); // Q8
	}
	const span = findings.span();
	const r = findings.number('r');
	const n = findings.integer('n');
	if (!x || !y || !span || group === undefined) return findings.list;
	for (const indicator of [x, y]) {
		if (indicator.measure === 'count') findings.add(`${indicator.id} is a count: never correlated raw (§7)`);
	}
	const ys = new Map(model.groupValues(y.id, span, group).map((v) => [v.place, v.point.value]));
	const pairs = model
		.groupValues(x.id, span, group)
		.filter((v) => ys.has(v.place))
		.map((v) => ({ x: v.point.value, y: ys.get(v.place)! }));
	findings.expectEqual('n', n, pairs.length);
	const expected = pearson(pairs);
	if (Number.isNaN(expected)) findings.add(`r is not defined over ${pairs.length} pairs`);
	else findings.expectClose('r', r, expected);
	return findings.list;
}

const EXCLUDED_REASONS = ['suspect', 'not-comparable', 'old'] as const;

/** `excluded`: the value's status is the reason given. */
export function checkExcludedClaim(model: Recomputation, claim: Claim): string[] {
	const findings = new Findings(claim);
	const group = claimGroup(model, findings, claim);
	const indicator = claimIndicator(model, findings);
	const place = claimPlace(model, findings, group);
	const year = findings.integer('year');
	const value = findings.number('value');
	const reason = findings.string('reason');
	if (reason !== undefined && !(EXCLUDED_REASONS as readonly string[]).includes(reason)) {
		findings.add(`reason should be one of ${EXCLUDED_REASONS.join(', ')}`);
	}
	if (!indicator || place === undefined || year === undefined) return findings.list;
	const point = model.classified(place, indicator.id).find((c) => c.year === year);
	if (!point) {
		findings.add(`no value in ${year}`);
		return findings.list;
	}
	findings.expectClose('value', value, point.value);
	const actual =
		point.status === 'suspect' || point.status === 'not-comparable'
			? point.status
			: model.isOld(indicator, year)
				? 'old'
				: `comparable and not old (${point.status})`;
	findings.expectEqual('reason', reason, actual);
	if (claim.againstYear !== undefined) {
		const against = point.comparedWith;
		if (!against) findings.add('againstYear given, but the value was not compared with another');
		else {
			findings.expectEqual('againstYear', claim.againstYear, against.year);
			findings.expectClose('againstValue', findings.number('againstValue'), against.value);
			findings.expectClose('changePercent', findings.number('changePercent'), (point.value / against.value - 1) * 100);
			findings.expectEqual('bound', claim.bound, indicator.plausibleChange);
		}
	}
	return findings.list;
}

/** `comparison-year`: §4's year, places with a value in it (n) and places with any value (of, Q7). */
export function checkComparisonYearClaim(model: Recomputation, claim: Claim): string[] {
	const findings = new Findings(claim);
	const group = claimGroup(model, findings, claim);
	const indicator = claimIndicator(model, findings);
	const year = findings.integer('year');
	const n = findings.integer('n');
	const of = findings.integer('of');
	if (!indicator || group === undefined) return findings.list;
	const expected = model.comparisonYear(indicator.id, group);
	if (!expected) {
		findings.add('no place has a comparable value');
		return findings.list;
	}
	findings.expectEqual('year', year, expected.year);
	findings.expectEqual('n', n, expected.n);
	findings.expectEqual('of', of, expected.of);
	return findings.list;
}

/** `release`: the data release year R (§1) and the indicator's `old_after` (§6). */
export function checkReleaseClaim(model: Recomputation, claim: Claim): string[] {
	const findings = new Findings(claim);
	claimGroup(model, findings, claim);
	const indicator = claimIndicator(model, findings);
	findings.expectEqual('year', claim.year, model.releaseYear);
	if (indicator) findings.expectEqual('oldAfter', claim.oldAfter, indicator.oldAfter);
	return findings.list;
}

/** `coverage`: how many places of the group have a comparable value in the year. */
export function checkCoverageClaim(model: Recomputation, claim: Claim): string[] {
	const findings = new Findings(claim);
	const group = claimGroup(model, findings, claim);
	const indicator = claimIndicator(model, findings);
	const year = findings.integer('year');
	const n = findings.integer('n');
	if (!indicator || year === undefined || group === undefined) return findings.list;
	findings.expectEqual('n', n, model.groupValues(indicator.id, { from: year, to: year }, group).length);
	return findings.list;
}

/** The verdict of a value against the group's median: by direction, "equal" within the survey margin. */
export function verdictOf(value: number, med: number, indicator: Indicator): string {
	if (indicator.direction === 'neutral') return 'neutral';
	if (value === med || (indicator.frequency === 'survey-wave' && Math.abs(value - med) < SURVEY_MARGIN - EPSILON))
		return 'equal';
	return isBetter(value, med, indicator.direction) ? 'better' : 'worse';
}

/** `benchmark`: the place's value, the median of the group in the span, n and the verdict. */
export function checkBenchmarkClaim(model: Recomputation, claim: Claim): string[] {
	const findings = new Findings(claim);
	const group = claimGroup(model, findings, claim);
	const indicator = claimIndicator(model, findings);
	const place = claimPlace(model, findings, group);
	const span = findings.span();
	if (!indicator || place === undefined || !span) return findings.list;
	if (indicator.measure === 'count') findings.add(`${indicator.id} is a count: never benchmarked raw (§7)`);
	const values = model.groupValues(indicator.id, span, group);
	const own = values.find((v) => v.place === place);
	findings.expectEqual('n', findings.integer('n'), values.length);
	if (!own) {
		findings.add(`${place} has no comparable value in ${describeSpan(span)}`);
		return findings.list;
	}
	const med = median(values.map((v) => v.point.value));
	findings.expectClose('value', findings.number('value'), own.point.value);
	findings.expectClose('median', findings.number('median'), med);
	findings.expectEqual('verdict', findings.string('verdict'), verdictOf(own.point.value, med, indicator));
	return findings.list;
}

/** A claim's per-indicator periods: `spans` maps each indicator to `{year}` or `{from, to}`. */
function claimSpans(findings: Findings, claim: Claim, ids: readonly string[]): Map<string, Span> | undefined {
	const raw = claim.spans;
	if (typeof raw !== 'object' || raw === null) {
		findings.add('field "spans" should map each indicator to its year or window');
		return undefined;
	}
	const spans = new Map<string, Span>();
	for (const id of ids) {
		const s = (raw as Record<string, Record<string, unknown>>)[id];
		if (s && typeof s.year === 'number') spans.set(id, { from: s.year, to: s.year });
		else if (s && typeof s.from === 'number' && typeof s.to === 'number') spans.set(id, { from: s.from, to: s.to });
		else findings.add(`no span for ${id}`);
	}
	return spans;
}

function claimIds(findings: Findings, claim: Claim): string[] {
	const ids = claim.indicators;
	if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
		findings.add('field "indicators" should be a list of indicator ids');
		return [];
	}
	return ids as string[];
}

/** z-scores (population SD) of the group's values, turned so that positive is better; neutral keeps its sign. */
function directedZ(values: readonly PlaceValue[], direction: Direction): Map<string, number> {
	const xs = values.map((v) => v.point.value);
	const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
	const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
	return new Map(
		values.map((v) => {
			const z = sd === 0 ? 0 : (v.point.value - mean) / sd;
			return [v.place, direction === 'lower-is-better' ? -z : z];
		})
	);
}

/** `profile-mean`: the place's mean directed z-score over the indicators, each in its span; half needed. */
export function checkProfileMeanClaim(model: Recomputation, claim: Claim): string[] {
	const findings = new Findings(claim);
	const group = claimGroup(model, findings, claim);
	const place = claimPlace(model, findings, group);
	const ids = claimIds(findings, claim);
	const spans = claimSpans(findings, claim, ids);
	findings.expectEqual('total', claim.total, ids.length);
	if (place === undefined || group === undefined || !spans) return findings.list;
	const scores = ids.flatMap((id) => {
		const indicator = model.indicator(id);
		const span = spans.get(id);
		if (!indicator || !span) return [];
		const z = directedZ(model.groupValues(id, span, group), indicator.direction).get(place);
		return z === undefined ? [] : [z];
	});
	findings.expectEqual('covered', findings.integer('covered'), scores.length);
	if (scores.length < ids.length / 2) findings.add(`covers ${scores.length} of ${ids.length}: no mean below half`);
	else findings.expectClose('mean', findings.number('mean'), scores.reduce((a, b) => a + b, 0) / scores.length);
	return findings.list;
}

/**
 * `composite`: places with values for at least two-thirds of the indicators are ranked; each indicator
 * min–max scored among them (100 = best), averaged per theme, themes averaged with the weights.
 */
export function checkCompositeClaim(model: Recomputation, claim: Claim): string[] {
	const findings = new Findings(claim);
	const group = claimGroup(model, findings, claim);
	const place = claimPlace(model, findings, group);
	const ids = claimIds(findings, claim);
	const spans = claimSpans(findings, claim, ids);
	const weights = (typeof claim.weights === 'object' && claim.weights !== null ? claim.weights : {}) as Record<
		string,
		number
	>;
	findings.expectEqual('total', claim.total, ids.length);
	if (place === undefined || group === undefined || !spans) return findings.list;
	const valueOf = new Map<string, Map<string, number>>();
	for (const id of ids) {
		const span = spans.get(id);
		valueOf.set(
			id,
			new Map(span ? model.groupValues(id, span, group).map((v) => [v.place, v.point.value] as const) : [])
		);
	}
	// Q22: the group's members with values for two-thirds of the indicators.
	const eligible = model
		.members(group)
		.filter((p) => ids.length > 0 && ids.filter((id) => valueOf.get(id)!.has(p)).length / ids.length >= 2 / 3);
	// Each indicator's range among the eligible places, computed once (a Europe group has ~900 places).
	const bounds = new Map(
		ids.map((id) => {
			const values = eligible.flatMap((e) => (valueOf.get(id)!.has(e) ? [valueOf.get(id)!.get(e)!] : []));
			return [id, { lo: Math.min(...values), hi: Math.max(...values) }] as const;
		})
	);
	const themes = [...new Set(ids.map((id) => model.indicator(id)?.theme ?? ''))];
	const score = (p: string): number | null => {
		let sum = 0;
		let weightSum = 0;
		for (const theme of themes) {
			const themeScores = ids
				.filter((id) => model.indicator(id)?.theme === theme)
				.flatMap((id) => {
					const v = valueOf.get(id)!.get(p);
					if (v === undefined) return [];
					const { lo, hi } = bounds.get(id)!;
					const s = hi === lo ? 50 : ((v - lo) / (hi - lo)) * 100;
					return [model.indicator(id)?.direction === 'lower-is-better' ? 100 - s : s];
				});
			if (themeScores.length === 0) continue;
			const w = weights[theme] ?? 1;
			sum += w * (themeScores.reduce((a, b) => a + b, 0) / themeScores.length);
			weightSum += w;
		}
		return weightSum > 0 ? sum / weightSum : null;
	};
	const scored = eligible.flatMap((p) => {
		const s = score(p);
		return s === null ? [] : [{ p, s }];
	});
	const own = scored.find((x) => x.p === place);
	findings.expectEqual('n', findings.integer('n'), scored.length);
	if (!own) {
		findings.add(`${place} is not ranked (values for under two-thirds of the indicators)`);
		return findings.list;
	}
	findings.expectClose('score', findings.number('score'), own.s);
	findings.expectEqual('rank', findings.integer('rank'), 1 + scored.filter((x) => x.s > own.s).length);
	return findings.list;
}

/** `count`: places, partners, or the coverage matrix's pairs, counted from the CSVs. */
export function checkCountClaim(model: Recomputation, claim: Claim): string[] {
	const findings = new Findings(claim);
	// Q19: counts are of cities.csv and partners.csv whatever the group; the group must still be known.
	claimGroup(model, findings, claim);
	const what = findings.string('what');
	const value = findings.integer('value');
	const ref = model.reference;
	const expected: Record<string, number> = {
		places: ref.places.length,
		partners: ref.partners,
		'pairs-with-data': ref.pairsWithData,
		pairs: ref.indicatorsWithData * ref.places.length
	};
	if (what === undefined || !(what in expected)) findings.add(`unknown count ${JSON.stringify(what)}`);
	else findings.expectEqual('value', value, expected[what]);
	return findings.list;
}

/** `board`: the monitoring board's cells for a target set (all monitored indicators, or one). */
export function checkBoardClaim(model: Recomputation, claim: Claim): string[] {
	const findings = new Findings(claim);
	const group = claimGroup(model, findings, claim);
	const set = findings.string('set');
	if (set === undefined || group === undefined) return findings.list;
	const targets = [...model.reference.targets.values()];
	const monitored = [...new Set(targets.map((t) => t.indicator))].filter(
		(id) => claim.indicator === undefined || id === claim.indicator
	);
	const counts: Record<string, number> = { met: 0, 'on-course': 0, 'not-met': 0, 'no-data': 0 };
	for (const indicator of monitored)
		for (const place of model.members(group)) {
			const of = targets.filter((t) => t.indicator === indicator && setOf(model, t) === set);
			const target = of.find((t) => t.scope === place) ?? of.find((t) => t.scope === 'all');
			if (!target) continue;
			const status = model.targetStatus(place, target, group).status;
			const key =
				status === 'met' || status === 'no-data' ? status : status === 'not-met-on-course' ? 'on-course' : 'not-met';
			counts[key]! += 1;
		}
	for (const [key, n] of Object.entries(counts)) findings.expectEqual(key, claim[key], n);
	return findings.list;
}

function setOf(model: Recomputation, target: Target): string {
	return model.reference.targetSets.get(target.id) ?? '';
}

export const CLAIM_CHECKS: Readonly<Record<string, (model: Recomputation, claim: Claim) => string[]>> = {
	value: checkValueClaim,
	rank: checkRankClaim,
	median: checkMedianClaim,
	change: checkChangeClaim,
	travel: checkTravelClaim,
	meeting: checkMeetingClaim,
	status: checkStatusClaim,
	correlation: checkCorrelationClaim,
	excluded: checkExcludedClaim,
	'comparison-year': checkComparisonYearClaim,
	coverage: checkCoverageClaim,
	release: checkReleaseClaim,
	normalised: checkNormalisedClaim,
	percentile: checkPercentileClaim,
	benchmark: checkBenchmarkClaim,
	'profile-mean': checkProfileMeanClaim,
	composite: checkCompositeClaim,
	count: checkCountClaim,
	board: checkBoardClaim,
	// A tally counts the benchmark claims beside it: checked per statement (claims.spec.ts).
	tally: () => []
};

/** Any claim: dispatched on its `type`. */
export function checkClaim(model: Recomputation, claim: Claim): string[] {
	const check = typeof claim.type === 'string' ? CLAIM_CHECKS[claim.type] : undefined;
	if (!check) return [`unknown claim type ${JSON.stringify(claim.type)} — claim ${JSON.stringify(claim)}`];
	return check(model, claim);
}
