/**
 * A copy of the built site whose observation table has 1,000,000 more rows — never shipped as data,
 * only for `npm run bench`. The rows are generated for ~940 synthetic non-partner cities (geo codes
 * `ZZ0001C`…, no city_id), every city-level indicator, 15 years, seeded pseudo-random values: the
 * size of Eurostat's whole city table, as if a network loaded all European cities and showed its own.
 * The app's queries must still scan and join them on every redraw.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';

export const LARGE_ROWS = 1_000_000;

/** Mulberry32: a small seeded generator, so every bench run loads the same table. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function generateRows(
	rows: number,
	indicatorIds: readonly string[],
	geoColumns: number,
	seed = 1
): { observations: string; geo: string } {
	const years = 15;
	const perCity = indicatorIds.length * years;
	const cities = Math.ceil(rows / perCity);
	const next = random(seed);
	const observations: string[] = [];
	const geo: string[] = [];
	for (let c = 0; c < cities; c++) {
		const code = `ZZ${String(c + 1).padStart(4, '0')}C`;
		// geo_code, name, level, country, then every later column of geo.csv empty.
		geo.push(`${code},Synthetic city ${c + 1},city,ZZ${','.repeat(geoColumns - 4)}`);
		for (const id of indicatorIds) {
			for (let y = 0; y < years && observations.length < rows; y++) {
				observations.push(`${code},${id},${2010 + y},${(next() * 1000).toFixed(2)},,bench_synthetic,`);
			}
		}
	}
	return { observations: observations.join('\n') + '\n', geo: geo.join('\n') + '\n' };
}

/** Copies `build/` to `build-bench/` and appends the generated rows to its observations and geo CSVs. */
export function prepareLargeBuild(from = 'build', to = 'build-bench'): { rows: number; megabytes: number } {
	if (!existsSync(join(from, 'index.html'))) throw new Error(`No built site in ${from}: run "npm run build".`);
	rmSync(to, { recursive: true, force: true });
	cpSync(from, to, { recursive: true });
	const assets = join(to, '_app/immutable/assets');
	const file = (prefix: string) => {
		const name = readdirSync(assets).find((f) => f.startsWith(`${prefix}.`) && f.endsWith('.csv'));
		if (!name) throw new Error(`No ${prefix}.*.csv in ${assets}.`);
		// The precompressed copies would still hold the small table: the server must send the new file.
		rmSync(join(assets, `${name}.gz`), { force: true });
		rmSync(join(assets, `${name}.br`), { force: true });
		return join(assets, name);
	};
	const ids = csvParse(readFileSync('datasets/indicators.csv', 'utf8'))
		.filter((i) => i.spatial_level === 'city')
		.map((i) => i.indicator_id!);
	const geoColumns = readFileSync('datasets/geo.csv', 'utf8').split('\n', 1)[0]!.split(',').length;
	const { observations, geo } = generateRows(LARGE_ROWS, ids, geoColumns);
	const observationsFile = file('observations');
	writeFileSync(observationsFile, readFileSync(observationsFile, 'utf8') + observations);
	const geoFile = file('geo');
	writeFileSync(geoFile, readFileSync(geoFile, 'utf8') + geo);
	return { rows: LARGE_ROWS, megabytes: Buffer.byteLength(observations) / 1e6 };
}
