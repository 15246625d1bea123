/**
 * The statements of a page (`[data-statement]` with `data-claims`, docs/COMPARABILITY.md §10) and the
 * check of their text: every number shown must be one of the claims' values, formatted per §10.
 *
 * Reads only datasets/ (with d3's CSV parser) and never src/. Choices beyond §10's words (see the report):
 * - fixed texts also include the phrase file's `subject` and `noun` (§9 builds sentences from them);
 * - a target's own value and year are allowed for claims that name the target (recompute.ts Q6);
 * - the survey margin 6.2 is allowed when a claim is on a survey-wave indicator;
 * - a change must carry its sign (§10 "with a sign"), a slope may be shown without it ("falling 1.3 % a year");
 * - numbers of statements nested inside a statement may match the nested statements' claims;
 * - a statement with a claim of a group other than the partners names the group (§4's words, §10): the
 *   size class's range, the country's places.csv name, "European", "your list"; the size ranges are fixed
 *   texts only as those whole phrases (not inside a longer number).
 */
import type { Page } from '@playwright/test';
import { csvParse } from 'd3';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { groupNameWords, SIZE_BANDS } from './groups';
import type { Claim } from './recompute';

const DATASETS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../datasets');

/** Numbers inside these are never claims (§10 "Numbers inside fixed text"). */
const FIXED_TOKENS = [
	'PM2.5',
	'PM10',
	'NO₂',
	'WHO 2021',
	'per 1,000',
	'per 100,000',
	// The meaning of WHO's flag "l", written out beside a value.
	'under 75 % temporal coverage',
	// §4: a size group named by its class's range ("European cities of 50,000–100,000 inhabitants").
	...SIZE_BANDS.map((band) => band.range)
];

const SURVEY_MARGIN_TEXT = 6.2;

export interface Statement {
	kind: string;
	claims: Claim[];
	/** Claims of statements nested inside this one (their numbers are part of this text too). */
	nestedClaims: Claim[];
	text: string;
	/** A table cell's: the caption of its table (which names the group for every cell, Q24). */
	caption?: string;
	/** Set when `data-claims` is missing, not JSON, or not an array of objects. */
	claimsError?: string;
}

// ---------------------------------------------------------------------------------------------------
// Reading the page
// ---------------------------------------------------------------------------------------------------

interface ParsedClaims {
	claims: Claim[];
	error?: string;
}

function isClaimObject(item: unknown): item is Claim {
	return typeof item === 'object' && item !== null && !Array.isArray(item);
}

/** `data-claims` as a list of claim objects; a missing attribute is an empty list. */
export function parseClaims(json: string | null): ParsedClaims {
	if (json === null) return { claims: [] };
	let parsed: unknown;
	try {
		parsed = JSON.parse(json);
	} catch (error) {
		return { claims: [], error: `data-claims is not JSON (${(error as Error).message}): ${json}` };
	}
	if (!Array.isArray(parsed) || !parsed.every(isClaimObject)) {
		return { claims: [], error: `data-claims is not an array of objects: ${json}` };
	}
	return { claims: parsed };
}

/** What one `[data-statement]` element holds, read in the page in one go. */
interface RawStatement {
	kind: string;
	claims: string | null;
	nested: (string | null)[];
	text: string;
	caption: string | null;
}

/**
 * Every `[data-statement]` of the page, read in one `evaluateAll` so that the reading is one snapshot:
 * a chart that redraws between two reads can neither mix two states nor leave a read waiting for an
 * element that is gone. `evaluateAll` runs in Playwright's own script world, so it also works in a
 * context with JavaScript disabled.
 */
export async function collectStatements(page: Page): Promise<Statement[]> {
	const raw: RawStatement[] = await page.locator('[data-statement]').evaluateAll((elements) =>
		elements.map((element) => {
			const kind = element.getAttribute('data-statement') ?? '';
			// A cell names its group through its table's caption (also when the table is folded away).
			const caption =
				kind === 'cell' ? (element.closest('table')?.querySelector(':scope > caption')?.textContent ?? null) : null;
			return {
				kind,
				claims: element.getAttribute('data-claims'),
				nested: [...element.querySelectorAll('[data-statement]')].map((n) => n.getAttribute('data-claims')),
				text: (element as HTMLElement).innerText,
				caption
			};
		})
	);
	return raw.map((r) => {
		const parsed = parseClaims(r.claims);
		return {
			kind: r.kind,
			claims: parsed.claims,
			nestedClaims: r.nested.flatMap((json) => parseClaims(json).claims),
			text: r.text,
			...(r.caption !== null ? { caption: r.caption } : {}),
			...(parsed.error ? { claimsError: parsed.error } : {})
		};
	});
}

// ---------------------------------------------------------------------------------------------------
// What the text check needs from datasets/
// ---------------------------------------------------------------------------------------------------

export interface TextRules {
	/** Texts whose numbers are not claims, longest first. */
	fixedTexts: string[];
	indicators: Map<string, { decimals: number; surveyWave: boolean }>;
	targets: Map<string, { value: number; valueDecimals: number; targetYear: number | null }>;
	/** places.csv: country code → country_name (a country group is named by it). */
	countryNames: Map<string, string>;
}

function readCsv(file: string): Record<string, string>[] {
	return csvParse(readFileSync(join(DATASETS_DIR, file), 'utf8')).map((row) => ({ ...row }) as Record<string, string>);
}

/** The text around `{value}` in a phrase template: "{value} registered cars per 1,000 residents" → one part. */
function templateParts(template: string): string[] {
	return template.split('{value}').map((part) => part.trim());
}

function hasDigit(text: string): boolean {
	return /\d/.test(text);
}

function decimalsOf(numberText: string): number {
	return numberText.split('.')[1]?.length ?? 0;
}

export function buildTextRules(
	indicatorRows: Record<string, string>[],
	phraseRows: Record<string, string>[],
	targetRows: Record<string, string>[],
	placeRows: Record<string, string>[] = []
): TextRules {
	const fixed = [
		...indicatorRows.flatMap((r) => [r.label ?? '', r.short_label ?? '', r.unit ?? '']),
		...phraseRows.flatMap((r) => [...templateParts(r.value ?? ''), r.subject ?? '', r.noun ?? '']),
		...targetRows.map((r) => r.label ?? ''),
		...FIXED_TOKENS
	];
	// Only texts with a digit can hide a number; longest first so "per 1,000 residents" goes before "per 1,000".
	const fixedTexts = [...new Set(fixed.map(normaliseSpaces).filter(hasDigit))].sort((a, b) => b.length - a.length);
	return {
		fixedTexts,
		countryNames: new Map(
			placeRows.filter((r) => r.country && r.country_name).map((r) => [r.country ?? '', r.country_name ?? ''])
		),
		indicators: new Map(
			indicatorRows.map((r) => [
				r.indicator_id ?? '',
				{ decimals: Number(r.decimals), surveyWave: r.frequency === 'survey-wave' }
			])
		),
		targets: new Map(
			targetRows.map((r) => [
				r.target_id ?? '',
				{
					value: Number(r.value),
					valueDecimals: decimalsOf(r.value ?? ''),
					targetYear: r.target_year ? Number(r.target_year) : null
				}
			])
		)
	};
}

let rules: TextRules | undefined;

/** The text rules from datasets/, read once. */
export function loadTextRules(): TextRules {
	rules ??= buildTextRules(
		readCsv('indicators.csv'),
		readCsv('indicator-phrases.csv'),
		readCsv('targets.csv'),
		readCsv('places.csv')
	);
	return rules;
}

// ---------------------------------------------------------------------------------------------------
// Numbers in a text
// ---------------------------------------------------------------------------------------------------

export interface NumberToken {
	text: string;
	/** The number with its sign. */
	value: number;
	decimals: number;
	/** '+', '−' (U+2212), '-' (hyphen-minus used as a sign, itself a formatting fault) or ''. */
	sign: '+' | '−' | '-' | '';
	grouped: boolean;
	ordinal: boolean;
	/** The letters right after the digits ("rd" of "3rd"). */
	suffix: string;
	/** Digits before the decimal point, without separators. */
	integerDigits: number;
}

/** Non-breaking and thin spaces, line breaks: one plain space, so fixed texts match however the page wraps. */
function normaliseSpaces(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A fixed text as a pattern: one that begins or ends with a digit only matches as a whole number there,
 * so "50,000–100,000 inhabitants" is not taken out of "150,000–100,000 inhabitants".
 */
function fixedPattern(fixed: string): RegExp {
	const before = /^\d/.test(fixed) ? '(?<![\\d.,])' : '';
	const after = /\d$/.test(fixed) ? '(?![\\d]|[.,]\\d)' : '';
	return new RegExp(`${before}${escapeRegExp(fixed)}${after}`, 'giu');
}

function stripFixedTexts(text: string, fixedTexts: readonly string[]): string {
	let rest = normaliseSpaces(text);
	for (const fixed of fixedTexts) rest = rest.replace(fixedPattern(fixed), ' ');
	return rest;
}

/** Sign, digits (with separators and decimals), and the letters right after ("3rd", "1990s"). */
const NUMBER = /([+\u2212-]?)((?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?)(\p{L}*)/gu;

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

function toToken(match: RegExpMatchArray, text: string): NumberToken {
	const [, rawSign = '', digits = '', letters = ''] = match;
	const ordinal = ORDINAL_SUFFIXES.has(letters);
	const before = text[(match.index ?? 0) - 1] ?? ' ';
	// A hyphen after a letter or digit joins words or years ("COVID-19", "2015-2019"); it is no sign.
	const sign = (rawSign === '-' && /[\p{L}\p{N}]/u.test(before) ? '' : rawSign) as NumberToken['sign'];
	const unsigned = Number(digits.replaceAll(',', ''));
	return {
		text: `${sign}${digits}${ordinal ? letters : ''}`,
		value: sign === '−' || sign === '-' ? -unsigned : unsigned,
		decimals: decimalsOf(digits),
		sign,
		grouped: digits.includes(','),
		ordinal,
		suffix: letters,
		integerDigits: (digits.split('.')[0] ?? '').replaceAll(',', '').length
	};
}

/**
 * The number tokens of a text once fixed texts are taken out: integers with comma thousands
 * separators (545,045), decimals (16.1), signed numbers (−8.7, +1.2), ordinals (3rd), years.
 */
export function numbersIn(text: string, fixedTexts: readonly string[]): NumberToken[] {
	const rest = stripFixedTexts(text, fixedTexts);
	return [...rest.matchAll(NUMBER)].map((match) => toToken(match, rest));
}

// ---------------------------------------------------------------------------------------------------
// The numbers a statement may show
// ---------------------------------------------------------------------------------------------------

type FieldKind = 'value' | 'year' | 'rank' | 'count' | 'change' | 'slope' | 'r' | 'margin' | 'target' | 'score';

/** One number a claim allows in the text, with how §10 formats it. */
export interface AllowedNumber {
	value: number;
	decimals: number;
	kind: FieldKind;
	/** `type.field`, for the report. */
	source: string;
}

const FIELD_KINDS: Readonly<Record<string, FieldKind>> = {
	value: 'value',
	fromValue: 'value',
	toValue: 'value',
	median: 'value',
	againstValue: 'value',
	againstYear: 'year',
	targetValue: 'target',
	// "82.7 % below 545,045": a change in %, shown without its sign beside words that say the direction.
	changePercent: 'slope',
	bound: 'count',
	better: 'count',
	worse: 'count',
	other: 'count',
	covered: 'count',
	oldAfter: 'count',
	total: 'count',
	met: 'count',
	'on-course': 'count',
	'not-met': 'count',
	'no-data': 'count',
	// percentile: "more than in 62 % of the other 308 …" (n is below, with the other counts).
	percent: 'count',
	below: 'count',
	above: 'count',
	score: 'score',
	mean: 'r',
	year: 'year',
	from: 'year',
	to: 'year',
	fromYear: 'year',
	toYear: 'year',
	rank: 'rank',
	rankTo: 'rank',
	rankFromEnd: 'rank',
	n: 'count',
	of: 'count',
	meeting: 'count',
	change: 'change',
	slope: 'slope',
	r: 'r'
};

function fixedDecimals(kind: FieldKind): number | undefined {
	if (kind === 'change' || kind === 'slope' || kind === 'margin' || kind === 'score') return 1;
	if (kind === 'r') return 2;
	if (kind === 'year' || kind === 'rank' || kind === 'count') return 0;
	return undefined;
}

function indicatorsOf(claim: Claim): string[] {
	return [claim.indicator, claim.x, claim.y].filter((id): id is string => typeof id === 'string');
}

function fieldNumbers(claim: Claim, rules: TextRules): AllowedNumber[] {
	const decimals = typeof claim.indicator === 'string' ? rules.indicators.get(claim.indicator)?.decimals : undefined;
	return Object.entries(FIELD_KINDS).flatMap(([field, fieldKind]) => {
		const value = claim[field];
		// A status's slope is in the indicator's unit ("falling about 1.1 µg/m³ a year", at least one
		// decimal); a count claim's value is a count.
		const kind: FieldKind = claim.type === 'count' && field === 'value' ? 'count' : fieldKind;
		// Normalised values are shown with 2 decimals (z-scores) or 1 (per 1,000, min–max, index).
		const normalised = claim.type === 'normalised' && field === 'value' ? (claim.norm === 'zscore' ? 2 : 1) : undefined;
		const places =
			claim.type === 'status' && field === 'slope'
				? Math.max(1, decimals ?? 1)
				: (normalised ?? fixedDecimals(kind) ?? decimals);
		if (typeof value !== 'number' || places === undefined) return [];
		return [{ value, decimals: places, kind, source: `${String(claim.type)}.${field}` }];
	});
}

function targetNumbers(claim: Claim, rules: TextRules): AllowedNumber[] {
	const target = typeof claim.target === 'string' ? rules.targets.get(claim.target) : undefined;
	if (!target) return [];
	const value = {
		value: target.value,
		decimals: target.valueDecimals,
		kind: 'target' as const,
		source: 'target value'
	};
	if (target.targetYear === null) return [value];
	return [value, { value: target.targetYear, decimals: 0, kind: 'year', source: 'target year' }];
}

function marginNumbers(claim: Claim, rules: TextRules): AllowedNumber[] {
	const survey = indicatorsOf(claim).some((id) => rules.indicators.get(id)?.surveyWave);
	return survey ? [{ value: SURVEY_MARGIN_TEXT, decimals: 1, kind: 'margin', source: 'survey margin' }] : [];
}

/** Every number the claims allow, each with its §10 format. */
export function allowedNumbers(claims: readonly Claim[], rules: TextRules): AllowedNumber[] {
	return claims.flatMap((claim) => [
		...fieldNumbers(claim, rules),
		...targetNumbers(claim, rules),
		...marginNumbers(claim, rules)
	]);
}

/** The claim value rounded to the token's decimals is the token (ties either way). */
function roundsTo(claimValue: number, shown: number, decimals: number): boolean {
	return Math.abs(claimValue - shown) <= 0.5 * 10 ** -decimals + 1e-9 * Math.max(1, Math.abs(claimValue));
}

/** The English ordinal suffix of n: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinalSuffix(n: number): string {
	if (n % 100 >= 11 && n % 100 <= 13) return 'th';
	return { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
}

function isPlainInteger(token: NumberToken): boolean {
	return token.sign === '' && !token.grouped;
}

/** §10: values carry thousands separators from 1,000 up. */
function groupedAsFormatted(token: NumberToken): boolean {
	return token.grouped === token.integerDigits >= 4;
}

export function matchesAllowed(token: NumberToken, allowed: AllowedNumber): boolean {
	if (token.decimals !== allowed.decimals) return false;
	if (token.ordinal && allowed.kind !== 'rank') return false;
	switch (allowed.kind) {
		case 'rank':
			if (token.ordinal && token.suffix !== ordinalSuffix(token.value)) return false;
			return isPlainInteger(token) && token.value === allowed.value;
		case 'year':
		case 'count':
			return isPlainInteger(token) && token.value === allowed.value;
		case 'value':
		case 'target':
			return groupedAsFormatted(token) && roundsTo(allowed.value, token.value, token.decimals);
		case 'change':
			// "with a sign": only a change that rounds to zero may be shown without one.
			return (token.sign !== '' || token.value === 0) && roundsTo(allowed.value, token.value, token.decimals);
		case 'slope':
			return (
				roundsTo(allowed.value, token.value, token.decimals) ||
				(token.sign === '' && roundsTo(Math.abs(allowed.value), token.value, token.decimals))
			);
		case 'r':
		case 'margin':
		case 'score':
			return roundsTo(allowed.value, token.value, token.decimals);
	}
}

function describeAllowed(allowed: readonly AllowedNumber[]): string {
	if (allowed.length === 0) return 'no numbers allowed';
	return allowed.map((a) => `${a.source}=${a.value} (${a.decimals} dp)`).join(', ');
}

/**
 * §10 on a statement's text: a digit needs a claim; every number (outside fixed texts) is a claim value
 * formatted per §10; a true minus; §6: an old value only with "(the latest available)".
 */
export function checkText(statement: Statement, textRules: TextRules = loadTextRules()): string[] {
	const quoted = `[${statement.kind}] "${normaliseSpaces(statement.text)}"`;
	const problems: string[] = [];
	if (statement.claimsError) problems.push(`${quoted}: ${statement.claimsError}`);
	if (hasDigit(statement.text) && statement.claims.length === 0) {
		problems.push(`${quoted}: has a digit but no claims`);
	}
	const allowed = allowedNumbers([...statement.claims, ...statement.nestedClaims], textRules);
	for (const token of numbersIn(statement.text, textRules.fixedTexts)) {
		if (token.sign === '-') problems.push(`${quoted}: "${token.text}" uses a hyphen-minus; §10 wants − (U+2212)`);
		if (!allowed.some((a) => matchesAllowed(token, a))) {
			problems.push(
				`${quoted}: "${token.text}" is none of its claims' numbers as formatted [${describeAllowed(allowed)}]`
			);
		}
	}
	problems.push(...groupNameProblems(statement, textRules).map((problem) => `${quoted}: ${problem}`));
	const quotesOld = statement.claims.some((c) => c.type === 'value' && c.old === true);
	if (quotesOld && !statement.text.includes('the latest available')) {
		problems.push(`${quoted}: quotes an old value without "the latest available" (§6)`);
	}
	return problems;
}

/**
 * §10: a statement with a claim of a group other than the partners names the group as §4's table says
 * ("European", the size class's range, the country's name, "your list"). One problem per group. A table
 * cell ("3rd") is named by its table's caption (Q24 in recompute.ts).
 */
export function groupNameProblems(statement: Statement, textRules: TextRules = loadTextRules()): string[] {
	const text = normaliseSpaces(`${statement.text} ${statement.kind === 'cell' ? (statement.caption ?? '') : ''}`);
	const groups = [...new Set(statement.claims.map((claim) => claim.group))];
	return groups.flatMap((group) => {
		// A claim without a group is reported by the recomputation (every claim carries one).
		if (group === undefined) return [];
		const { words, error } = groupNameWords(group, (code) => textRules.countryNames.get(code));
		if (error !== undefined) return [error];
		if (words === undefined || text.includes(words)) return [];
		const where = statement.kind === 'cell' ? ' (nor does its table caption)' : '';
		return [`has a claim of the group ${String(group)} but does not name it ("${words}")${where}`];
	});
}
