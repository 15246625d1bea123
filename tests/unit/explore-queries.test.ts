/**
 * The explore queries on the real DuckDB over the real datasets, against the CSVs read by d3-dsv:
 * filters, context rows, flags, sorting, paging, the wide shapes (PIVOT), and bound parameters.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryEngine } from '$lib/db/engine';
import { exploreCount, explorePage, exploreSource } from '$lib/db/explore-queries';
import { getNodeEngine } from '$lib/db/node-engine.server';
import { ExploreResults } from '$lib/ui/explore/explore-results';
import { DEFAULT_FILTER, parseFilter, filterToParams, type ExploreFilter } from '$lib/state/explore-filter';
import { placeObservations, readCsv, readObservations } from '../support/datasets';

let engine: QueryEngine;
beforeAll(async () => {
	engine = await getNodeEngine();
});

const f = (change: Partial<ExploreFilter>): ExploreFilter => ({ ...DEFAULT_FILTER, ...change });

describe('explore filters', () => {
	it("counts every place's own observation by default", async () => {
		expect(await exploreCount(engine, DEFAULT_FILTER)).toBe(placeObservations().length);
	});

	it("adds the regions' and countries' values as context when asked", async () => {
		const level = new Map(readCsv('indicators.csv').map((i) => [i.indicator_id!, i.spatial_level!]));
		const geoLevel = new Map(readCsv('geo.csv').map((g) => [g.geo_code!, g.level!]));
		const links = [
			...readCsv('place-regions.csv').map((r) => [r.city_id!, r.geo_code!] as const),
			...readCsv('cities.csv').map((c) => [c.city_id!, c.country!] as const)
		];
		const context = readObservations()
			.filter((o) => level.get(o.indicator_id!) === geoLevel.get(o.geo_code!))
			.flatMap((o) => links.filter(([, geo]) => geo === o.geo_code));
		expect(await exploreCount(engine, f({ context: true }))).toBe(placeObservations().length + context.length);
	});

	it('filters places, indicators, years and flags exactly as the CSV says', async () => {
		const filter = f({
			cities: ['poznan', 'murcia'],
			indicators: ['population', 'pm10_annual_mean'],
			from: 2012,
			to: 2019,
			exclude: ['e', 'p']
		});
		const expected = placeObservations().filter(
			(o) =>
				['poznan', 'murcia'].includes(o.city_id) &&
				['population', 'pm10_annual_mean'].includes(o.indicator_id!) &&
				Number(o.year) >= 2012 &&
				Number(o.year) <= 2019 &&
				!/[ep]/.test(o.flags ?? '')
		);
		expect(expected.length).toBeGreaterThan(10);
		const { rows } = await explorePage(engine, { ...filter, sort: 'value', desc: true }, 10_000);
		expect(rows.map((r) => r.value).sort()).toEqual(expected.map((o) => Number(o.value)).sort());
		// Sorted by value, largest first.
		expect(rows[0]!.value).toBe(Math.max(...expected.map((o) => Number(o.value))));
		// Paging: the second page of 5 starts at the 6th row.
		const page2 = await explorePage(engine, { ...filter, sort: 'value', desc: true, page: 1 }, 5);
		expect(page2.rows[0]).toEqual(rows[5]);
	});

	it('pivots wide by year and by indicator (DuckDB PIVOT)', async () => {
		const filter = f({ cities: ['daugavpils'], indicators: ['population'] });
		const expected = placeObservations().filter((o) => o.city_id === 'daugavpils' && o.indicator_id === 'population');
		const byYear = await explorePage(engine, { ...filter, shape: 'wide-year' }, 100);
		expect(byYear.rows).toHaveLength(1);
		for (const o of expected) expect(byYear.rows[0]![o.year!], o.year).toBe(Number(o.value));
		const byIndicator = await explorePage(engine, { ...filter, shape: 'wide-indicator' }, 100);
		expect(byIndicator.columns).toContain('population');
		expect(byIndicator.rows).toHaveLength(expected.length);
	});

	it('binds every value: a hostile id matches nothing and changes nothing', async () => {
		const hostile = f({ cities: ["x'); DROP TABLE observations; --"] });
		const source = exploreSource(hostile);
		expect(await engine.query(`SELECT count(*)::INTEGER AS n FROM (${source.sql})`, source.params)).toEqual([{ n: 0 }]);
		expect(await exploreCount(engine, DEFAULT_FILTER)).toBe(placeObservations().length);
	});
});

describe('explore filter in the URL', () => {
	const context = {
		cities: new Set(['poznan', 'dublin']),
		themes: new Set(['environment']),
		indicators: new Set(['population'])
	};
	it('round-trips and drops unknown values', () => {
		const filter = f({
			cities: ['poznan'],
			themes: ['environment'],
			from: 2010,
			exclude: ['e'],
			shape: 'wide-year',
			sort: 'value',
			desc: true,
			page: 2,
			context: true
		});
		expect(parseFilter(filterToParams(filter), context)).toEqual(filter);
		expect(
			parseFilter(new URLSearchParams('cities=paris,poznan&exclude=e,x&shape=pie&sort=drop&page=-1&from=20x'), context)
		).toEqual(f({ cities: ['poznan'], exclude: ['e'] }));
	});
});

describe('explore pages from a selection joined once', () => {
	const filter = f({ cities: ['poznan', 'daugavpils', 'dublin'], from: 2010 });

	it('gives the same pages, sorts and count as the query run afresh', async () => {
		const results = new ExploreResults();
		const expected = placeObservations().filter(
			(o) => ['poznan', 'daugavpils', 'dublin'].includes(o.city_id) && Number(o.year) >= 2010
		);
		for (const change of [
			{},
			{ page: 2 },
			{ sort: 'value' as const, desc: true },
			{ sort: 'year' as const, page: 1 }
		]) {
			const chosen = { ...filter, ...change };
			const got = await results.page(engine, chosen, 'selection', 25);
			expect(got.count).toBe(expected.length);
			expect(got.rows).toEqual((await explorePage(engine, chosen, 25)).rows);
		}
	});

	it('reads the next page ahead, and the pages it gives are those of the query run afresh', async () => {
		const results = new ExploreResults();
		// The real engine, counting the page queries that reach it.
		let pageQueries = 0;
		const counting: QueryEngine = {
			...engine,
			query: (sql, params) => {
				if (/LIMIT \? OFFSET \?/.test(sql)) pageQueries++;
				return engine.query(sql, params);
			}
		};
		await results.page(counting, filter, 'ahead', 20);
		await new Promise((r) => setTimeout(r, 50));
		const before = pageQueries;
		for (const page of [1, 2, 3]) {
			const chosen = { ...filter, page };
			const got = await results.page(counting, chosen, 'ahead', 20);
			expect(got.rows).toEqual((await explorePage(engine, chosen, 20)).rows);
		}
		// Pages 1–3 were each read ahead by the page before: the three turns asked for no page of their own.
		expect(before).toBe(2);
		await new Promise((r) => setTimeout(r, 50));
		expect(pageQueries).toBe(5);
	});

	it('counts the rows of a wide shape, not the long rows behind it', async () => {
		const results = new ExploreResults();
		const wide = f({ cities: ['daugavpils'], indicators: ['population', 'unemployment_rate'], shape: 'wide-year' });
		const indicators = new Set(
			placeObservations()
				.filter((o) => o.city_id === 'daugavpils' && ['population', 'unemployment_rate'].includes(o.indicator_id!))
				.map((o) => `${o.geo_code}|${o.indicator_id}`)
		);
		const got = await results.page(engine, wide, 'wide', 100);
		expect(got.count).toBe(indicators.size);
		expect(got.rows).toHaveLength(indicators.size);
	});

	it('drops the tables of older selections and remakes one when asked again', async () => {
		const results = new ExploreResults();
		const cities = ['poznan', 'murcia', 'bologna', 'rennes', 'padua', 'poznan'];
		for (const city of cities) {
			const got = await results.page(engine, f({ cities: [city] }), city, 10);
			expect(got.count).toBe(placeObservations().filter((o) => o.city_id === city).length);
		}
		// Kept: the newest two (a drop may still be on its way); without dropping there would be five.
		const tables = await engine.query<{ n: number }>(
			"SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE temporary AND table_name LIKE '\\_\\_coc\\_explore\\_%' ESCAPE '\\'"
		);
		expect(tables[0]!.n).toBeLessThanOrEqual(3);
	});
});
