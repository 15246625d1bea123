/**
 * What the ranking chart draws, rendered by Svelte's server renderer (as prerendering does) and read
 * back with an HTML parser: one bar per place with a comparable value in rank order, its value, the
 * median and the targets as labelled lines whose labels never overprint, the places without a value.
 */
import { parseHTML } from './support/html';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { compare } from '$lib/analysis/comparison';
import { buildPanels, type PanelRow } from '$lib/analysis/panel';
import RankingChart from '$lib/charts/RankingChart.svelte';
import { textWidth } from '$lib/charts/text-width';
import { rankingModel } from '$lib/ui/ranking';

const indicator = {
	indicator_id: 'x',
	label: 'Test indicator',
	short_label: 'Test',
	unit: '%',
	decimals: 1,
	direction: 'lower-is-better' as const,
	measure: 'rate',
	frequency: 'annual',
	spatial_level: 'city',
	price_basis: null,
	plausible_change: null,
	old_after: 6,
	travel_tolerance: 1,
	derived_from: null,
	source: 'Source: test fixture.'
};
const places = [
	{ city_id: 'a', name: 'Alpha' },
	{ city_id: 'b', name: 'Beta' },
	{ city_id: 'c', name: 'Gamma' },
	{ city_id: 'd', name: 'Delta' }
];
const row = (city_id: string, value: number, flags = ''): PanelRow => ({
	indicator_id: 'x',
	city_id,
	geo_code: city_id,
	geo_name: city_id,
	survey: '',
	year: 2021,
	value,
	flags,
	note: ''
});
const targets = [
	{
		target_id: 't1',
		label: 'WHO 2021 guideline',
		kind: 'guideline',
		comparator: 'le' as const,
		value: 5,
		target_year: null
	},
	{
		target_id: 't2',
		label: 'EU limit value from 2030',
		kind: 'legal-limit',
		comparator: 'le' as const,
		value: 6,
		target_year: 2030
	}
];

function draw(
	values: [string, number, string?][] = [
		['a', 12.25],
		['b', 3, 'p'],
		['d', 7]
	],
	withTargets = false
) {
	const panel = buildPanels(
		['x'],
		() => indicator,
		values.map(([c, v, f]) => row(c, v, f))
	).get('x')!;
	const comparison = compare(panel, ['a', 'b', 'c', 'd'], { kind: 'year', year: 2021 }, indicator);
	const model = rankingModel({ indicator, group: 'partners', releaseYear: 2026 }, comparison, places, {
		targets: withTargets ? targets : []
	});
	const { body } = render(RankingChart, { props: { id: 't', indicator, ...model } });
	return parseHTML(body);
}

describe('RankingChart', () => {
	it('draws one bar per place with a comparable value, best first, with its value', () => {
		const doc = draw();
		const bars = [...doc.querySelectorAll('rect.bar')];
		expect(bars.map((b) => b.getAttribute('data-key'))).toEqual(['b', 'd', 'a']);
		expect(bars.map((b) => Number(b.getAttribute('data-value')))).toEqual([3, 7, 12.25]);
		const widths = bars.map((b) => Number(b.getAttribute('width')));
		expect(widths[0]! < widths[1]! && widths[1]! < widths[2]!).toBe(true);
		expect(bars.every((b) => b.getAttribute('tabindex') === '0')).toBe(true);
		expect(bars[0]?.getAttribute('aria-label')).toBe('Beta (p): 3.0 % (2021, provisional), 1st of 3');
	});

	it('labels values with the indicator decimals and marks the median (middle of three)', () => {
		const doc = draw();
		expect([...doc.querySelectorAll('text.value-label')].map((t) => t.textContent)).toEqual(['3.0', '7.0', '12.3']);
		expect(doc.querySelector('.rule[data-key="median"] text')?.textContent).toBe('Median 7.0');
	});

	it('lists places without a comparable value in the notes and the table, never as a bar', () => {
		const doc = draw();
		expect(doc.querySelector('.caption')?.textContent).toContain('No comparable value for 2021: Gamma.');
		const rows = [...doc.querySelectorAll('tbody tr')].map((tr) =>
			[...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())
		);
		expect(rows).toHaveLength(4);
		expect(rows[3]).toEqual(['—', 'Gamma', 'no data', '2021', '']);
		expect(doc.querySelector('.summary')?.textContent).toBe(
			'In 2021, Beta had the lowest test of the 3 partner places with a value (3.0 %) and Alpha the highest (12.3 %); the median is 7.0 %.'
		);
	});

	it('draws every target as a labelled line, and no two line labels overprint', () => {
		const doc = draw(
			[
				['a', 12.25],
				['b', 5.5],
				['d', 6.2]
			],
			true
		);
		const rules = [...doc.querySelectorAll('.rule')];
		expect(rules.map((r) => [r.getAttribute('data-key'), Number(r.getAttribute('data-value'))])).toEqual([
			['median', 6.2],
			['t1', 5],
			['t2', 6]
		]);
		expect(rules.map((r) => r.querySelector('text')?.textContent)).toEqual([
			'Median 6.2',
			'WHO 2021 guideline: 5',
			'EU limit from 2030: 6'
		]);
		// Labels 5, 6 and 6.2 apart on the axis: each label in its own row or far enough apart.
		const boxes = rules.map((r) => {
			const t = r.querySelector('text')!;
			const x = Number(t.getAttribute('x'));
			const w = textWidth(t.textContent ?? '', 12);
			return { x0: x - w / 2, x1: x + w / 2, y: Number(t.getAttribute('y')) };
		});
		for (const [i, a] of boxes.entries())
			for (const b of boxes.slice(i + 1)) expect(a.y !== b.y || a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true);
	});

	it('rank cells carry their claims', () => {
		const doc = draw();
		const claims = JSON.parse(doc.querySelector('tbody td[data-statement]')!.getAttribute('data-claims')!);
		expect(claims).toEqual([
			{ type: 'rank', indicator: 'x', group: 'partners', place: 'b', year: 2021, rank: 1, rankFromEnd: 3, n: 3 }
		]);
	});
});

describe('RankingChart axis', () => {
	it('labels large counts compactly, with no needless decimals', () => {
		const big = { ...indicator, decimals: 0, direction: 'neutral' as const };
		const panel = buildPanels(['x'], () => big, [row('a', 2_131_034), row('b', 82_879), row('d', 536_438)]).get('x')!;
		const comparison = compare(panel, ['a', 'b', 'd'], { kind: 'year', year: 2021 }, big);
		const model = rankingModel({ indicator: big, group: 'partners', releaseYear: 2026 }, comparison, places);
		const { body } = render(RankingChart, { props: { id: 'big', indicator: big, ...model } });
		const ticks = [...parseHTML(body).querySelectorAll('.axis-x text')].map((t) => t.textContent);
		expect(ticks).toEqual(['0', '0.5M', '1.0M', '1.5M', '2.0M']);
	});
});
