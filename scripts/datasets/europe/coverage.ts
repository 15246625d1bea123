/**
 * The "Every European city" part of COVERAGE.md: counts per source, how units were named and matched,
 * what was left out, the populations the comparability rule marks suspect (one block with its count),
 * size classes, WHO matching, and the check that partner values come out unchanged.
 */
import { yearRanges } from '../coverage';
import type { Observation } from '../derive';
import type { EuropeReport, PartnerCheck } from './build';
import { MATCH_DISTANCE_KM } from './who-match';
import { SIZE_CLASSES } from './places';

const count = (n: number) => n.toLocaleString('en-GB');

function sourceTable(observations: readonly Observation[]): string[] {
	const bySource = new Map<string, { units: Set<string>; years: number[]; values: number }>();
	for (const o of observations) {
		const s = bySource.get(o.source_id) ?? { units: new Set(), years: [], values: 0 };
		s.units.add(o.geo_code);
		s.years.push(o.year);
		s.values++;
		bySource.set(o.source_id, s);
	}
	return [
		'| source | units | years | values |',
		'|---|---|---|---|',
		...[...bySource]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([source, s]) => `| \`${source}\` | ${count(s.units.size)} | ${yearRanges(s.years)} | ${count(s.values)} |`)
	];
}

export function europeCoverage(
	report: EuropeReport,
	observations: readonly Observation[],
	partnerCheck: PartnerCheck
): string[] {
	const { read } = report;
	const walk = [...read.crosswalk.values()];
	const byHow = new Map<string, number>();
	for (const r of read.ctranLabels) byHow.set(r.how, (byHow.get(r.how) ?? 0) + 1);
	const german = report.suspectPopulation.filter((p) => p.country === 'DE').length;
	const in2024 = report.suspectPopulation.filter((p) => p.year === 2024).length;
	const lines = [
		'',
		'# Every European city (places.csv, geo-europe.csv, observations-europe*.csv)',
		'',
		`${count(report.units)} Urban Audit units have at least one value: ${count(report.units - report.greaterCities)} cities and ${count(report.greaterCities)} greater cities (level from Eurostat's label: "(greater city)"). The partners' own values stay in the partner files; the files below hold every other place. Values of these places (partners included) by source:`,
		'',
		...sourceTable(observations),
		'',
		`Partner values: the Europe-wide files give ${count(partnerCheck.compared)} values of partner units that the partners' extracts also give; all are equal (value and flags) — the build stops otherwise. ${partnerCheck.notInPartners.length ? `${partnerCheck.notInPartners.length} values for partner units exist only in the Europe-wide files and are not used for the partners: ${partnerCheck.notInPartners.slice(0, 20).join('; ')}${partnerCheck.notInPartners.length > 20 ? '; …' : ''}.` : 'No partner value exists only in the Europe-wide files.'}`,
		'',
		'## Populations the comparability rule marks suspect',
		'',
		`${report.suspectPopulation.length} population values (${german} German; ${in2024} of them in 2024) change by more than 15 % a year from the last accepted value with no later value confirming the new level. They are published as is and never compared; size classes use the latest accepted population (Berlin's from 2023).`,
		'',
		...report.suspectPopulation.map((p) => `- \`${p.code}\` ${p.name} ${p.year}: ${count(p.to)}${p.flags ? ` (${p.flags})` : ''} against ${count(p.from)}, ${p.change > 0 ? '+' : '−'}${Math.abs(p.change).toFixed(1)} %`),
		'',
		'## Size classes (latest comparable population)',
		'',
		...SIZE_CLASSES.map((c) => `- ${c.id} (${c.range}): ${count(report.sizeClasses.get(c.id) ?? 0)} units`),
		`- no population: ${count(report.units - [...report.sizeClasses.values()].reduce((a, b) => a + b, 0))} units (in no size group)`,
		'',
		'## Points',
		'',
		...[...report.pointSources].map(([source, n]) => `- ${source}: ${count(n)} units`),
		`- none: ${report.noPoint.length} units (not on the map)${report.noPoint.length ? ':' : '.'}`,
		...report.noPoint.map((p) => `  - ${p}`),
		'',
		'## Transport labels (urb_ctran Excel export)',
		'',
		...[...byHow].map(([how, n]) => `- ${how}: ${count(n)} rows`),
		'- hand-checked rows: datasets/urb-ctran-labels.csv, each with its evidence.',
		'',
		'## Old codes (2018 population release, 2021 waste export)',
		'',
		`${count(walk.filter((e) => e.current).length)} old codes matched to a current unit (${count(walk.filter((e) => e.current && e.evidence === 'name and population').length)} confirmed by equal populations in shared years, the others by name, country and level only); ${count(walk.filter((e) => !e.current).length)} not matched, and their values left out:`,
		'',
		...walk.filter((e) => !e.current).map((e) => `- \`${e.old}\`: ${'reason' in e ? e.reason : ''}`),
		'',
		'## Air quality (WHO, matched by name, country and distance)',
		'',
		`A WHO city matches the unit of the same country with the same name (accents and case ignored) whose point is within ${MATCH_DISTANCE_KM} km of WHO's coordinates. ${report.who.matches.length} WHO cities matched (${count(report.whoValues)} values for non-partner places). ${count(report.who.noUnit.length)} WHO cities of covered countries name no Urban Audit unit (towns outside the Urban Audit).`,
		'',
		`Named like a unit but refused (${report.who.refused.length}):`,
		'',
		...(report.who.refused.length ? report.who.refused.map((r) => `- ${r}`) : ['None.']),
		'',
		`Second WHO names set aside (${report.who.setAside.length}):`,
		'',
		...(report.who.setAside.length ? report.who.setAside.map((r) => `- ${r}`) : ['None.']),
		'',
		'## Residents’ views beyond the partners',
		'',
		`${count(report.perceptionValues)} urb_percep shares for all units. A sample is the EU survey when the 2023 EU survey's city list names the city; ${report.perceptionUnknown.length} samples are of unknown survey type — never compared:`,
		'',
		...report.perceptionUnknown.map((p) => `- ${p}`),
		'',
		`EU-survey cities of 2023 with no urb_percep sample of that name: ${report.surveyUnmatched.join(', ') || 'none'}.`,
		'',
		'## Left out of the Europe-wide files',
		'',
		...(read.leftOut.length ? read.leftOut.map((l) => `- ${l}`) : ['None.']),
		'',
		'## Cross-checks',
		'',
		...read.checks.map((c) => `- ${c}`)
	];
	return lines;
}
