/**
 * User data in a real DuckDB (the Node build of DuckDB-wasm, its own instance): an import joins the
 * all_* views with origin 'user'; a failing import changes nothing; rename and delete; user targets.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryEngine } from '$lib/db/engine';
import { startNodeEngine } from '$lib/db/node-engine.server';
import { deleteStatements, importStatements, renameStatements, type UserDataset } from '$lib/db/user-data';
import { buildDataset } from '$lib/upload/dataset';
import { readObservations } from '../support/datasets';

let engine: QueryEngine;
beforeAll(async () => {
	engine = await startNodeEngine();
});

const count = async (sql: string) =>
	(await engine.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${sql}`))[0]!.n;
const green = {
	label: 'Green share',
	unit: '%',
	theme: 'environment',
	direction: 'higher-is-better',
	spatial_level: 'city',
	measure: 'share',
	frequency: 'annual',
	decimals: 1,
	description: 'test'
} as const;

function dataset(id: string, rows: [string, number, number, string][]): UserDataset {
	return buildDataset({
		datasetId: id,
		name: `Test ${id}`,
		fileName: `${id}.csv`,
		imported: '2026-11-25T10:00:00.000Z',
		observations: rows.map(([geo_code, year, value, flags], i) => ({
			line: i + 2,
			geo_code,
			indicator: 'Zieleń',
			unit: '%',
			year,
			value,
			flags
		})),
		indicators: new Map([['Zieleń', green]])
	});
}
const apply = (d: UserDataset) => {
	const { statements, files } = importStatements(d);
	return engine.write(statements, files);
};

describe('user data under the all_* views', () => {
	it('an import adds its rows as origin user, with its indicator and source', async () => {
		await apply(
			dataset('a1', [
				['PL005C', 2021, 12.5, ''],
				['LT005C', 2022, 8.5, 'e']
			])
		);
		expect(await count("all_observations WHERE origin = 'user'")).toBe(2);
		expect(await count("all_observations WHERE origin = 'bundled'")).toBe(readObservations().length);
		const [indicator] = await engine.query<{ indicator_id: string; label: string; source_id: string }>(
			"SELECT indicator_id, label, source_id FROM all_indicators WHERE origin = 'user'"
		);
		expect(indicator).toEqual({ indicator_id: 'user_a1_zielen', label: 'Green share', source_id: 'user-a1' });
		const flagged = await engine.query<{ value: number; flags: string }>(
			"SELECT value, flags FROM all_observations WHERE origin = 'user' AND geo_code = 'LT005C'"
		);
		expect(flagged).toEqual([{ value: 8.5, flags: 'e' }]);
	});

	it('a failing import changes nothing (one transaction)', async () => {
		const bad = dataset('b2', [['PL005C', 2021, 1, '']]);
		bad.observations_csv = 'geo_code,indicator_id,year,value,flags\nPL005C,user_b2_x,2021,not-a-number,\n';
		await expect(apply(bad)).rejects.toThrow();
		expect(await count("user_datasets WHERE dataset_id = 'b2'")).toBe(0);
		expect(await count("all_indicators WHERE indicator_id LIKE 'user_b2%'")).toBe(0);
		expect(await count("all_observations WHERE origin = 'user'")).toBe(2);
	});

	it('rename and delete', async () => {
		await engine.write(renameStatements('a1', 'Renamed'));
		expect(await engine.query("SELECT name FROM user_datasets WHERE dataset_id = 'a1'")).toEqual([{ name: 'Renamed' }]);
		await engine.write(deleteStatements('a1'));
		expect(await count("all_observations WHERE origin = 'user'")).toBe(0);
		expect(await count("all_indicators WHERE origin = 'user'")).toBe(0);
	});

	it('user targets join all_targets with their own source', async () => {
		const targets: UserDataset = {
			...dataset('t3', []),
			kind: 'targets',
			indicators: [],
			observations_csv: '',
			targets_csv:
				'target_id,indicator_id,scope,comparator,value,target_year,kind,label,source_id\nmine,pm25_annual_mean,poznan,le,10,2030,city-target,Mine,\n'
		};
		await apply(targets);
		expect(
			await engine.query("SELECT target_id, scope, value, source_id FROM all_targets WHERE origin = 'user'")
		).toEqual([{ target_id: 'mine', scope: 'poznan', value: 10, source_id: 'user-t3' }]);
	});
});
