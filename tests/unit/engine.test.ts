/**
 * The query layer on the real DuckDB-wasm Node build over the real datasets/, compared with the CSVs
 * as read by an independent parser (d3-dsv).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getNodeEngine } from '$lib/db/node-engine.server';
import type { QueryEngine } from '$lib/db/engine';
import {
	indicatorLastYears,
	indicatorYears,
	latestValues,
	listIndicators,
	listPlaces,
	placeSeries,
	placeValues
} from '$lib/db/queries';
import { quoteIdentifier, quoteLiteral } from '$lib/db/sql';
import {
	expectedDefaultYear,
	expectedValues,
	lastYear,
	placeObservations,
	readCsv,
	readObservations,
	yearCoverage
} from '../support/datasets';

let engine: QueryEngine;
beforeAll(async () => {
	engine = await getNodeEngine();
});

describe('bundled datasets in DuckDB', () => {
	it('loads every observation row, with numeric years and values', async () => {
		const [row] = await engine.query<{ n: number; bad: number }>(
			`SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE origin <> 'bundled')::INTEGER AS bad FROM all_observations`
		);
		expect(row).toEqual({ n: readObservations().length, bad: 0 });
		const [typed] = await engine.query<{ year: unknown; value: unknown }>(
			'SELECT year, value FROM all_observations LIMIT 1'
		);
		expect(typeof typed?.year).toBe('number');
		expect(typeof typed?.value).toBe('number');
	});

	it('lists the 17 places, lead partner first, with partner names', async () => {
		const places = await listPlaces(engine);
		expect(places).toHaveLength(readCsv('cities.csv').length);
		expect(places[0]).toMatchObject({ city_id: 'poznan', role: 'lead' });
		const region = places.filter((p) => p.partner_id === 'hannover-braunschweig-goettingen-wolfsburg');
		expect(region.map((p) => p.city_id).sort()).toEqual(['braunschweig', 'goettingen', 'hannover', 'wolfsburg']);
	});

	it('joins each indicator to its source', async () => {
		const indicators = await listIndicators(engine);
		expect(indicators.map((i) => i.indicator_id).sort()).toEqual(
			readCsv('indicators.csv')
				.map((i) => i.indicator_id)
				.sort()
		);
		for (const i of indicators) expect(i.source_publisher, i.indicator_id).toBeTruthy();
	});

	it('answers a place ranking exactly as the CSV says, listing places without data as null', async () => {
		const year = expectedDefaultYear('population');
		const rows = await placeValues(engine, 'population', year);
		expect(rows).toHaveLength(readCsv('cities.csv').length);
		const expected = Object.fromEntries(expectedValues('population', year).map((v) => [v.city_id, v.value]));
		const got = Object.fromEntries(rows.filter((r) => r.value !== null).map((r) => [r.city_id, r.value]));
		expect(got).toEqual(expected);
	});

	it('counts places per year as the CSV does', async () => {
		const years = await indicatorYears(engine, 'population');
		expect(new Map(years.map((y) => [y.year, y.places]))).toEqual(yearCoverage('population'));
	});
});

describe('series for the trends and the composite', () => {
	it('gives every own observation of a place, never a regional one', async () => {
		for (const id of ['population', 'satisfied_living_in_city', 'gdp_pps_per_inhabitant']) {
			const rows = await placeSeries(engine, id);
			const expected = placeObservations()
				.filter((o) => o.indicator_id === id && o.value !== '')
				.map((o) => `${o.city_id} ${o.year} ${Number(o.value)}`)
				.sort();
			expect(rows.map((r) => `${r.city_id} ${r.year} ${r.value}`).sort(), id).toEqual(expected);
		}
		// GDP per inhabitant is a NUTS 3 indicator: no partner place has it as its own value.
		expect(await placeSeries(engine, 'gdp_pps_per_inhabitant')).toEqual([]);
	});

	it("finds each indicator's last year with partner data in one query", async () => {
		const rows = await indicatorLastYears(engine);
		for (const id of ['population', 'pm10_annual_mean', 'satisfied_living_in_city']) {
			expect(rows.find((r) => r.indicator_id === id)?.year, id).toBe(lastYear(id));
		}
		expect(rows.some((r) => r.indicator_id === 'gdp_pps_per_inhabitant')).toBe(false);
	});
});

describe('latest values', () => {
	it('carry the population of the same unit and year only when asked', async () => {
		const year = lastYear('cars_per_1000');
		const withPopulation = await latestValues(engine, ['cars_per_1000'], year, 5);
		const poznan = withPopulation.find((r) => r.city_id === 'poznan')!;
		const expected = placeObservations().find(
			(o) => o.city_id === 'poznan' && o.indicator_id === 'population' && Number(o.year) === poznan.year
		);
		expect(poznan.population).toBe(expected ? Number(expected.value) : null);
		const without = await latestValues(engine, ['cars_per_1000'], year, 5, { population: false });
		expect(without.every((r) => r.population === null)).toBe(true);
		expect(without.map((r) => r.value)).toEqual(withPopulation.map((r) => r.value));
	});
});

describe('SQL safety', () => {
	it('binds user values: a hostile indicator id is just an unknown id', async () => {
		const rows = await placeValues(engine, "population' OR 1=1 --", 2020);
		expect(rows.every((r) => r.value === null)).toBe(true);
	});

	it('quotes identifiers and literals so DuckDB reads them back verbatim', async () => {
		const name = 'we"ird; DROP TABLE x --';
		const [row] = await engine.query(`SELECT ${quoteLiteral("it's")} AS ${quoteIdentifier(name)}`);
		expect(row).toEqual({ [name]: "it's" });
		expect(() => quoteIdentifier('')).toThrow(/empty/);
	});

	it('has extension autoloading off (no network access from the engine)', async () => {
		const rows = await engine.query<{ name: string; value: string }>(
			`SELECT name, value FROM duckdb_settings() WHERE name IN ('autoinstall_known_extensions', 'autoload_known_extensions')`
		);
		expect(rows.map((r) => r.value)).toEqual(['false', 'false']);
	});
});
