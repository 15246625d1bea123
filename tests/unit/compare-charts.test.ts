/**
 * What the compare views' charts draw, rendered by Svelte's server renderer and read back with an
 * HTML parser: marks, their values and positions, labels, gaps and "no data" — on small hand-made inputs.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { pearson } from '$lib/analysis/correlation';
import { profileRows } from '$lib/analysis/profile';
import { statement } from '$lib/analysis/statements/claims';
import { correlationSummary } from '$lib/analysis/statements/correlation';
import { periodChange } from '$lib/analysis/statements/place';
import { trendsSummary } from '$lib/analysis/statements/trends';
import BenchmarkChart from '$lib/charts/BenchmarkChart.svelte';
import ProfileHeatmap from '$lib/charts/ProfileHeatmap.svelte';
import ScatterChart from '$lib/charts/ScatterChart.svelte';
import TrendsChart from '$lib/charts/TrendsChart.svelte';
import { parseHTML } from './support/html';

const draw = <P extends Record<string, unknown>>(component: unknown, props: P) =>
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each chart's own props type
	parseHTML(render(component as any, { props }).body);

describe('TrendsChart', () => {
	const point = (year: number, value: number, flags: string | null = null, status = 'ok') => ({
		year,
		value,
		flags,
		status
	});
	const series = [
		{ city_id: 'a', name: 'Alpha', points: [point(2010, 10), point(2011, 12), point(2013, 14)] },
		{ city_id: 'b', name: 'Beta', points: [point(2010, 20), point(2011, 18, 'e')] }
	];
	const indicator = { label: 'Test', unit: 'kg', decimals: 1, frequency: 'annual', source: 'Source: test.' };
	const ctx = {
		indicator: {
			...indicator,
			indicator_id: 't',
			short_label: 'Test',
			direction: 'neutral' as const,
			measure: 'amount',
			spatial_level: 'city',
			price_basis: null,
			old_after: 6,
			plausible_change: null
		},
		group: 'partners' as const,
		releaseYear: 2026
	};
	const summary = trendsSummary(
		ctx,
		series.map((s) => ({ place: s, change: periodChange(indicator, s.points[0]!, s.points.at(-1)!) })),
		null,
		2
	);

	it('draws a dot per observation, breaks an annual line at a missing year, labels line ends', () => {
		const doc = draw(TrendsChart, {
			id: 't',
			indicator,
			series,
			missing: ['Gamma'],
			indexed: false,
			since: null,
			summary
		});
		expect(doc.querySelectorAll('circle.dot')).toHaveLength(5);
		// Alpha: 2010–2011 is a segment; 2013 stands alone (a dot, no segment).
		expect(doc.querySelectorAll('g.line[data-key="a"] path.segment')).toHaveLength(1);
		expect(doc.querySelectorAll('g.line[data-key="b"] path.segment')).toHaveLength(1);
		expect([...doc.querySelectorAll('text.point-label')].map((t) => t.textContent)).toEqual(['Alpha', 'Beta']);
		// Higher values are drawn higher (smaller y).
		const y = (key: string) => Number(doc.querySelector(`circle[data-key="${key}"]`)!.getAttribute('cy'));
		expect(y('b-2010') < y('a-2010')).toBe(true);
		expect(doc.querySelector('circle[data-key="b-2011"]')!.getAttribute('tabindex')).toBe('0');
		expect(doc.querySelector('circle[data-key="b-2010"]')!.getAttribute('tabindex')).toBeNull();
		expect(doc.querySelector('circle[data-key="b-2011"]')!.getAttribute('aria-label')).toBe(
			'Beta, 2011: 18.0 kg (estimated)'
		);
		expect(doc.body.textContent).toContain('No data: Gamma.');
		// Change since the first year: Alpha 10 → 14 = +40 %, Beta 20 → 18 = −10 %.
		expect(doc.querySelector('.summary')!.textContent).toBe(
			'Change from its first comparable value to the latest, for the places with two comparable values: the largest rise, Alpha +40.0 % (2010–2013); the largest fall, Beta −10.0 % (2010–2011).'
		);
	});

	it('draws a value set aside as a hollow dot, joined to nothing, and says so', () => {
		const withSuspect = [
			{
				city_id: 'a',
				name: 'Alpha',
				points: [point(2010, 10), point(2011, 12), point(2012, 2, null, 'suspect'), point(2013, 13)]
			}
		];
		const doc = draw(TrendsChart, {
			id: 't',
			indicator,
			series: withSuspect,
			missing: [],
			indexed: false,
			since: null,
			summary
		});
		expect(doc.querySelector('circle[data-key="a-2012"]')!.hasAttribute('data-hollow')).toBe(true);
		expect(doc.querySelector('circle[data-key="a-2011"]')!.hasAttribute('data-hollow')).toBe(false);
		// 2010–2011 joined; 2012 alone; 2013 alone (its neighbour was set aside).
		expect(doc.querySelectorAll('g.line[data-key="a"] path.segment')).toHaveLength(1);
		expect(doc.body.textContent).toContain('Hollow dots: values the comparison rules set aside');
		expect(doc.querySelector('circle[data-key="a-2012"]')!.getAttribute('aria-label')).toContain(
			'suspect, not compared'
		);
	});

	it('joins survey waves', () => {
		const doc = draw(TrendsChart, {
			id: 't',
			indicator: { ...indicator, frequency: 'survey-wave' },
			series,
			missing: [],
			indexed: false,
			since: null,
			summary
		});
		expect(doc.querySelectorAll('g.line[data-key="a"] path.segment')).toHaveLength(1);
		expect(doc.body.textContent).toContain('survey waves');
	});
});

describe('ScatterChart', () => {
	const places = [
		{ city_id: 'a', name: 'Alpha', x: 1, y: 1, population: 100 },
		{ city_id: 'b', name: 'Beta', x: 2, y: 3, population: 400 },
		{ city_id: 'c', name: 'Gamma', x: 3, y: 2, population: null },
		{ city_id: 'd', name: 'Delta', x: 4, y: 4, population: 900 },
		{ city_id: 'e', name: 'Epsilon', x: null, y: 5, population: 50 }
	].map((p) => ({ ...p, xYear: 2020, yYear: 2020, xFlags: null, yFlags: null }));
	const axis = { label: 'X', short_label: 'X', unit: 'u', decimals: 0 };

	const correlation = pearson(places.map((p) => [p.x, p.y] as const));
	const summary = correlationSummary(
		{ indicator_id: 'x', short_label: 'X' },
		{ indicator_id: 'y', short_label: 'Y' },
		{ kind: 'year', year: 2020 },
		correlation,
		'partners'
	);

	it('draws a labelled dot per place with both values, and r = 0.8 for this hand-worked set', () => {
		const doc = draw(ScatterChart, {
			id: 's',
			x: axis,
			y: { ...axis, short_label: 'Y' },
			places,
			period: '2020',
			source: 'S.',
			sized: false,
			summary
		});
		const dots = [...doc.querySelectorAll('circle.dot')];
		expect(dots.map((d) => d.getAttribute('data-key')).sort()).toEqual(['a', 'b', 'c', 'd']);
		expect(doc.querySelectorAll('text.point-label')).toHaveLength(4);
		// Same four points as the hand-worked Pearson case: r = 4 / 5.
		expect(doc.querySelector('.summary')!.textContent).toContain('(Pearson r = 0.80, n = 4)');
		expect(doc.body.textContent).toContain('Without both values: Epsilon.');
	});

	it('sizes dots by population (area ∝ population), a place without one at the smallest size', () => {
		const doc = draw(ScatterChart, {
			id: 's',
			x: axis,
			y: axis,
			places,
			period: '2020',
			source: 'S.',
			sized: true,
			summary
		});
		const r = (k: string) => Number(doc.querySelector(`circle[data-key="${k}"]`)!.getAttribute('r'));
		// √(400/900) × 18 = 12; √(100/900) × 18 = 6.
		expect(r('d')).toBeCloseTo(18, 6);
		expect(r('b')).toBeCloseTo(12, 6);
		expect(r('a')).toBeCloseTo(6, 6);
		expect(r('c')).toBe(5);
	});
});

describe('BenchmarkChart', () => {
	const item = (id: string, distance: number | null, verdict: 'better' | 'worse' | 'neutral' | null) => ({
		indicator_id: id,
		label: id.toUpperCase(),
		unit: '%',
		decimals: 1,
		value: distance === null ? null : 10,
		year: 2020,
		flags: null,
		median: 8,
		distance,
		verdict,
		places: 5
	});
	it('draws a bar from the median per indicator with a value, coloured and worded by the verdict', () => {
		const doc = draw(BenchmarkChart, {
			id: 'b',
			city: 'Alpha',
			themeLabel: 'Theme',
			items: [item('p', 25, 'better'), item('q', -10, 'worse'), item('r', 5, 'neutral'), item('s', null, null)],
			scale: 'pct',
			period: '2020',
			source: 'S.',
			summary: statement('summary', 'Alpha is better than the median on 1 and worse on 1 of the 3 indicators.')
		});
		const bars = [...doc.querySelectorAll('rect.bar')];
		expect(bars.map((b) => [b.getAttribute('data-key'), b.getAttribute('data-value'), b.getAttribute('fill')])).toEqual(
			[
				['p', '25', '#0072B2'],
				['q', '-10', '#D55E00'],
				['r', '5', '#9a9a9a']
			]
		);
		expect([...doc.querySelectorAll('text.value-label')].map((t) => t.textContent)).toEqual(['+25 %', '−10 %', '+5 %']);
		expect(bars[1]!.getAttribute('aria-label')).toContain('worse than the median');
		expect(doc.body.textContent).toContain('No comparable value for Alpha: S.');
		expect(doc.querySelector('.summary')!.textContent).toContain('better than the median on 1 and worse on 1 of the 3');
	});
});

describe('ProfileHeatmap', () => {
	it('colours scored cells, hatches missing ones and labels them "no data"', () => {
		const columns = [
			{ indicator_id: 'p', short_label: 'P', unit: '%', decimals: 1, direction: 'higher-is-better' },
			{ indicator_id: 'q', short_label: 'Q', unit: '%', decimals: 1, direction: 'lower-is-better' }
		];
		const values: Record<string, (number | null)[]> = { a: [1, 5], b: [2, null], c: [3, 15] };
		const rows = profileRows(
			[
				{ place: 'a', name: 'Alpha' },
				{ place: 'b', name: 'Beta' },
				{ place: 'c', name: 'Gamma' }
			],
			columns,
			(p, c) => values[p]![c]!
		);
		const doc = draw(ProfileHeatmap, {
			id: 'h',
			themeLabel: 'T',
			columns,
			rows,
			cellNote: () => '2020',
			period: '2020',
			source: 'S.',
			sortedBy: 'sorted by name',
			summary: statement('summary', 'A profile.')
		});
		expect([...doc.querySelectorAll('g.heat-row')].map((r) => r.getAttribute('data-key'))).toEqual(['a', 'b', 'c']);
		const missing = [...doc.querySelectorAll('rect.cell.missing')];
		expect(missing).toHaveLength(1);
		expect(missing[0]!.getAttribute('fill')).toBe('url(#h-hatch)');
		expect(doc.querySelector('g.heat-row[data-key="b"]')!.textContent).toContain('no data');
		// Gamma's Q (15, the highest of a lower-is-better indicator) is the worse end: red, not blue.
		const fill = doc.querySelector('g.heat-row[data-key="c"] rect[data-column="1"]')!.getAttribute('fill')!;
		const [r, , b] = fill.match(/\d+/g)!.map(Number);
		expect(r! > b!).toBe(true);
		expect(doc.querySelector('g.heat-row[data-key="a"]')!.getAttribute('aria-label')).toBe('Alpha: P 1.0 %; Q 5.0 %');
	});
});
