/**
 * The query layer on the real DuckDB-wasm Node build over the real datasets/, compared with the CSVs
 * as read by an independent parser (d3-dsv).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getNodeEngine } from '$lib/db/node-engine.server';
import type { QueryEngine } from '$lib/db/engine';
import { dataReleaseYear, listIndicators, listPlaces, panelRows } from '$lib/db/queries';
import { quoteIdentifier, quoteLiteral } from '$lib/db/sql';
import { placeObservations, readCsv, readObservations } from '../support/datasets';

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

	it("selects each indicator's method and comparability rule (no index signature hides a missing column)", async () => {
		const indicators = await listIndicators(engine);
		const csv = new Map(readCsv('indicators.csv').map((i) => [i.indicator_id!, i]));
		for (const i of indicators) {
			const row = csv.get(i.indicator_id)!;
			expect(i.formula, i.indicator_id).toBe(row.formula);
			expect(i.formula.length, i.indicator_id).toBeGreaterThan(0);
			expect(i.plausible_change, i.indicator_id).toBe(row.plausible_change ? Number(row.plausible_change) : null);
			expect(i.old_after, i.indicator_id).toBe(Number(row.old_after));
			expect(i.phrase_noun, i.indicator_id).toBeTruthy();
		}
	});

	it('counts the data release year from the sources that have observations', async () => {
		const withData = new Set(readObservations().map((o) => o.source_id));
		const years = readCsv('sources.csv')
			.filter((s) => withData.has(s.source_id))
			.map((s) => Number(s.retrieved!.slice(0, 4)));
		expect(await dataReleaseYear(engine)).toBe(Math.max(...years));
	});
});

describe('panel rows', () => {
	it("give every own observation of a place with its unit's survey type, never a regional one", async () => {
		const ids = ['population', 'satisfied_living_in_city', 'gdp_pps_per_inhabitant'];
		const rows = await panelRows(engine, ids);
		for (const id of ids) {
			const expected = placeObservations()
				.filter((o) => o.indicator_id === id && o.value !== '')
				.map((o) => `${o.city_id} ${o.year} ${Number(o.value)}`)
				.sort();
			const got = rows.filter((r) => r.indicator_id === id).map((r) => `${r.city_id} ${r.year} ${r.value}`);
			expect(got.sort(), id).toEqual(expected);
		}
		// GDP per inhabitant is a NUTS 3 indicator: no partner place has it as its own value.
		expect(rows.some((r) => r.indicator_id === 'gdp_pps_per_inhabitant')).toBe(false);
		const survey = new Map(readCsv('geo.csv').map((g) => [g.geo_code!, g.survey ?? '']));
		for (const r of rows) expect(r.survey, r.geo_code).toBe(survey.get(r.geo_code));
		expect(rows.some((r) => r.survey === 'national')).toBe(true);
	});
});

describe('SQL safety', () => {
	it('binds user values: a hostile indicator id is just an unknown id', async () => {
		expect(await panelRows(engine, ["population' OR 1=1 --"])).toEqual([]);
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
