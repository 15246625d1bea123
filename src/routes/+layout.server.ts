/**
 * What every page's footer needs: the publishers of the data the site shows, read from the data
 * package itself (sources with at least one observation), so the credit line can never name a source
 * that is not used or miss one that is; and which data it is (data-version.ts).
 */
import { publishersLine } from '$lib/data/sources';
import { getNodeEngine } from '$lib/db/node-engine.server';
import { listSources } from '$lib/db/queries';
import { dataVersion } from '$lib/server/data-version';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async () => ({
	publishers: publishersLine(await listSources(await getNodeEngine())),
	dataVersion: dataVersion()
});
