/**
 * "Download this city's data": every value about the place — its own and, marked as context, its
 * regions' and country's — with unit, source and licence on every row. Prerendered per place.
 */
import { error } from '@sveltejs/kit';
import { toCsvText } from '$lib/data/csv-export';
import { getNodeEngine } from '$lib/db/node-engine.server';
import { placeDownload } from '$lib/db/place-queries';
import { listPlaces } from '$lib/db/queries';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () =>
	(await listPlaces(await getNodeEngine())).map((p) => ({ id: p.city_id }));

const COLUMNS = [
	'place',
	'unit_name',
	'unit_level',
	'role',
	'indicator',
	'unit',
	'year',
	'value',
	'flags',
	'note',
	'source',
	'licence',
	'indicator_id',
	'geo_code'
].map((key) => ({ key, label: key }));

export const GET: RequestHandler = async ({ params }) => {
	const rows = await placeDownload(await getNodeEngine(), params.id);
	if (rows.length === 0) error(404, `No data for "${params.id}".`);
	return new Response(toCsvText(COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
