/**
 * What the ranking chart draws, rendered by Svelte's server renderer (as prerendering does) and read
 * back with an HTML parser: one bar per place with data in rank order, its value, the median line.
 */
import { parseHTML } from './support/html';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import RankingChart from '$lib/charts/RankingChart.svelte';

const indicator = {
	indicator_id: 'x',
	label: 'Test indicator',
	short_label: 'Test',
	unit: '%',
	decimals: 1,
	direction: 'lower-is-better' as const,
	source: 'Source: test fixture.'
};
const places = [
	{ city_id: 'a', name: 'Alpha', geo_name: 'Alpha', value: 12.25, flags: null },
	{ city_id: 'b', name: 'Beta', geo_name: 'Beta (greater city)', value: 3, flags: 'p' },
	{ city_id: 'c', name: 'Gamma', geo_name: null, value: null, flags: null },
	{ city_id: 'd', name: 'Delta', geo_name: 'Delta', value: 7, flags: null }
];

function draw() {
	const { body } = render(RankingChart, { props: { id: 't', indicator, year: 2021, places } });
	return parseHTML(body);
}

describe('RankingChart', () => {
	it('draws one bar per place with data, best first, with its value', () => {
		const doc = draw();
		const bars = [...doc.querySelectorAll('rect.bar')];
		expect(bars.map((b) => b.getAttribute('data-key'))).toEqual(['b', 'd', 'a']);
		expect(bars.map((b) => Number(b.getAttribute('data-value')))).toEqual([3, 7, 12.25]);
		const widths = bars.map((b) => Number(b.getAttribute('width')));
		expect(widths[0]! < widths[1]! && widths[1]! < widths[2]!).toBe(true);
		expect(bars.every((b) => b.getAttribute('tabindex') === '0')).toBe(true);
		expect(bars[0]?.getAttribute('aria-label')).toBe('Beta (greater city): 3.0 % (2021, provisional), 1st of 3');
	});

	it('labels values with the indicator decimals and marks the partner median (middle of three)', () => {
		const doc = draw();
		expect([...doc.querySelectorAll('text.value-label')].map((t) => t.textContent)).toEqual(['3.0', '7.0', '12.3']);
		expect(doc.querySelector('.rule text')?.textContent).toBe('Partner median 7.0');
	});

	it('lists places without data in the notes and the table, never as a bar', () => {
		const doc = draw();
		expect(doc.querySelector('.caption')?.textContent).toContain('No data for 2021: Gamma.');
		const rows = [...doc.querySelectorAll('tbody tr')].map((tr) =>
			[...tr.querySelectorAll('td')].map((td) => td.textContent)
		);
		expect(rows).toHaveLength(4);
		// Rank, place, value, year, flags (no remark column: no place has a remark).
		expect(rows[3]).toEqual(['', 'Gamma', 'no data', '2021', '']);
		expect(doc.querySelector('.summary')?.textContent).toContain('3 of 4 places with data');
	});
});

describe('RankingChart axis', () => {
	it('labels large counts compactly, with no needless decimals', () => {
		const big = places.map((p, i) => ({ ...p, value: p.value === null ? null : [2_131_034, 82_879, 0, 536_438][i]! }));
		const { body } = render(RankingChart, {
			props: { id: 'big', indicator: { ...indicator, decimals: 0, direction: 'neutral' }, year: 2018, places: big }
		});
		const ticks = [...parseHTML(body).querySelectorAll('.axis-x text')].map((t) => t.textContent);
		expect(ticks).toEqual(['0', '0.5M', '1.0M', '1.5M', '2.0M']);
	});
});
