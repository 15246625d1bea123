/**
 * Prerendered: every monitored indicator (one with targets), every place's series, and the targets.
 * Status and direction of travel are computed on the page by the pure rules, so the target-set
 * selector works without a query and the page reads without JavaScript.
 */
import { monitorData } from '$lib/db/monitor-queries';
import { getNodeEngine } from '$lib/db/node-engine.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => monitorData(await getNodeEngine());
