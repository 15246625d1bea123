/** The secondary (processed, rounded) Eurostat copy: only dated pairs, each row marked secondary. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASETS_DIR, readCsv } from '../support/datasets';

const raw = JSON.parse(
	readFileSync(
		join(DATASETS_DIR, 'raw/kworlddatamap-eurostat-derived-2026/eurostat-cities_partner_cities_extract.json'),
		'utf8'
	)
) as Record<string, Record<string, unknown>>;
const observations = readCsv('observations.csv');
const FIELDS = {
	unemploymentHistory: 'unemployment_rate',
	activityHistory: 'activity_rate',
	medianAgeHistory: 'median_age'
};

describe('kworlddatamap secondary source → observations.csv', () => {
	it('has every dated pair of the three series, marked as a rounded secondary copy', () => {
		let checked = 0;
		for (const entry of Object.values(raw)) {
			for (const [field, id] of Object.entries(FIELDS)) {
				for (const [year, value] of (entry[field] as [number, number][] | null) ?? []) {
					const o = observations.find(
						(x) => x.geo_code === entry.eurostatCode && x.indicator_id!.startsWith(id) && x.year === String(year)
					);
					expect(o, `${String(entry.eurostatCode)} ${id} ${year}`).toBeDefined();
					expect(Number(o!.value)).toBe(value);
					expect(o!.source_id).toBe('kworlddatamap_eurostat_cities');
					expect(o!.note).toMatch(/^Secondary: Eurostat .* rounded/);
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(150);
	});

	it('turns no undated latest value into an observation (Dublin has a median age but no year)', () => {
		const dublin = Object.values(raw).find((e) => e.eurostatCode === 'IE001C')!;
		expect(dublin.medianAge).not.toBeNull();
		expect(observations.some((o) => o.geo_code === 'IE001C' && o.indicator_id!.startsWith('median_age'))).toBe(false);
	});
});
