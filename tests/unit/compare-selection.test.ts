/** The compare selection survives a trip through the URL; bad URL values fall back to defaults. */
import { describe, expect, it } from 'vitest';
import { defaultSelection, parseSelection, selectionToParams } from '../../src/lib/state/compare-selection';

const context = {
	indicators: new Set(['population', 'pm10_annual_mean']),
	places: new Set(['poznan', 'dublin']),
	themes: ['population', 'environment'],
	allThemes: ['population', 'environment', 'economy-work']
};
const defaults = defaultSelection('population', 'pm10_annual_mean');

describe('compare selection in the URL', () => {
	it('writes nothing for the default view', () => {
		expect(selectionToParams(defaults, defaults).toString()).toBe('');
	});

	it('round-trips every field', () => {
		const selection = {
			...defaults,
			view: 'scatter' as const,
			indicator: 'pm10_annual_mean',
			y: 'population',
			year: 2019,
			window: 3,
			city: 'dublin',
			cities: ['poznan', 'dublin'],
			norm: 'zscore' as const,
			indexed: true,
			sized: true,
			theme: 'environment',
			scale: 'z' as const,
			sort: 'pm10_annual_mean',
			since: 2012,
			weights: { environment: 4, population: 0 }
		};
		const params = selectionToParams(selection, defaults);
		expect(params.get('w.environment')).toBe('4');
		expect(parseSelection(new URLSearchParams(params.toString()), defaults, context)).toEqual(selection);
	});

	it('ignores unknown or out-of-range values instead of failing', () => {
		const parsed = parseSelection(
			new URLSearchParams(
				'view=pie&indicator=<script>&year=abc&window=99&city=paris&norm=log&w.environment=9&cities=x,poznan&theme=nope&scale=pct2&sort=a%20b&since=12'
			),
			defaults,
			context
		);
		expect(parsed).toEqual({ ...defaults, cities: ['poznan'] });
	});
});
