/**
 * datasets/datapackage.json validated against the Frictionless Tabular Data Package profile (v1,
 * vendored in tests/fixtures/frictionless) with ajv, and its keys checked in the real DuckDB.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryEngine } from '$lib/db/engine';
import { getNodeEngine } from '$lib/db/node-engine.server';
import { quoteIdentifier } from '$lib/db/sql';
import { DATASETS_DIR } from '../support/datasets';

interface Resource {
	name: string;
	path: string;
	licenses: { name: string }[];
	schema: {
		fields: { name: string; type: string }[];
		primaryKey: string[];
		foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
	};
}

const descriptor = JSON.parse(readFileSync(join(DATASETS_DIR, 'datapackage.json'), 'utf8')) as {
	resources: Resource[];
};
const profile = JSON.parse(readFileSync('tests/fixtures/frictionless/tabular-data-package.v1.json', 'utf8'));
const table = (r: Resource) => r.name.replaceAll('-', '_');

let engine: QueryEngine;
beforeAll(async () => {
	engine = await getNodeEngine();
});

describe('datapackage.json', () => {
	it('is a valid Tabular Data Package (Frictionless v1 profile)', () => {
		const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, logger: false });
		const validate = ajv.compile(profile);
		const valid = validate(descriptor);
		expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
		expect(valid).toBe(true);
	});

	it('describes every CSV in datasets/ with exactly its header', () => {
		for (const r of descriptor.resources) {
			const header = readFileSync(join(DATASETS_DIR, r.path), 'utf8').split('\n')[0]!.trim();
			expect(header, r.path).toBe(r.schema.fields.map((f) => f.name).join(','));
		}
	});

	it('keeps the WHO licence on the WHO resource only', () => {
		const who = descriptor.resources.find((r) => r.name === 'observations-who')!;
		expect(who.licenses.map((l) => l.name)).toEqual(['CC-BY-NC-SA-3.0-IGO']);
		expect(descriptor.resources.find((r) => r.name === 'observations')!.licenses.map((l) => l.name)).not.toContain(
			'CC-BY-NC-SA-3.0-IGO'
		);
	});

	it('has unique primary keys and foreign keys that resolve, checked in DuckDB', async () => {
		for (const r of descriptor.resources) {
			const key = r.schema.primaryKey.map(quoteIdentifier).join(', ');
			const [dup] = await engine.query<{ n: number }>(
				`SELECT count(*)::INTEGER AS n FROM (SELECT ${key} FROM ${quoteIdentifier(table(r))} GROUP BY ALL HAVING count(*) > 1)`
			);
			expect(dup?.n, `${r.name} primary key`).toBe(0);
			for (const fk of r.schema.foreignKeys ?? []) {
				const [field] = fk.fields;
				const [refField] = fk.reference.fields;
				const [missing] = await engine.query<{ n: number }>(
					`SELECT count(*)::INTEGER AS n FROM ${quoteIdentifier(table(r))} t
					  WHERE t.${quoteIdentifier(field!)} IS NOT NULL AND t.${quoteIdentifier(field!)} NOT IN
					        (SELECT ${quoteIdentifier(refField!)} FROM ${quoteIdentifier(fk.reference.resource.replaceAll('-', '_'))})`
				);
				expect(missing?.n, `${r.name}.${field} → ${fk.reference.resource}`).toBe(0);
			}
		}
	});
});
