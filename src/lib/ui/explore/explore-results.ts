/**
 * The explore preview's pages. Each selection (filters, without page and sort) is joined once into a
 * temporary table; page turns and sorts read that table. The count is of the rows shown (long rows,
 * or the wide shape's rows). The newest two selections are kept (going back one step is free); older
 * tables are dropped. Once a page is shown, the next one is read ahead, so "Next" waits for no query.
 */
import type { QueryEngine, Row } from '$lib/db/engine';
import { dropExploreTable, exploreCount, explorePage, materialiseExplore } from '$lib/db/explore-queries';
import type { ExploreFilter } from '$lib/state/explore-filter';

const KEEP = 2;
/** Pages kept (the shown ones and those read ahead). */
const KEEP_PAGES = 6;

type PageRows = { columns: string[]; rows: Row[] };

export class ExploreResults {
	#tables = new Map<string, Promise<{ table: string; count: number }>>();
	#pages = new Map<string, Promise<PageRows>>();
	#next = 0;

	async page(
		engine: QueryEngine,
		filter: ExploreFilter,
		selection: string,
		pageSize: number
	): Promise<{ columns: string[]; rows: Row[]; count: number }> {
		// Every other European city's rows live in tables loaded on first use.
		if (filter.europe) await engine.loadEurope();
		let entry = this.#tables.get(selection);
		if (!entry) {
			const table = `__coc_explore_${++this.#next}`;
			entry = materialiseExplore(engine, filter, table).then(async () => ({
				table,
				count: await exploreCount(engine, filter, table)
			}));
			this.#tables.set(selection, entry);
			for (const [key, old] of [...this.#tables].slice(0, -KEEP)) {
				this.#tables.delete(key);
				void old.then(({ table: name }) => dropExploreTable(engine, name)).catch(() => undefined);
			}
		}
		try {
			const { table, count } = await entry;
			const shown = await this.#page(engine, filter, selection, pageSize, table);
			if ((filter.page + 1) * pageSize < count)
				void this.#page(engine, { ...filter, page: filter.page + 1 }, selection, pageSize, table).catch(
					() => undefined
				);
			return { ...shown, count };
		} catch (error) {
			// A failed or dropped table is made again on the next request.
			this.#tables.delete(selection);
			this.#pages.clear();
			throw error;
		}
	}

	/** One page of a materialised selection, read once (the table's name is part of the key). */
	#page(engine: QueryEngine, filter: ExploreFilter, selection: string, pageSize: number, table: string) {
		const key = `${table}|${filter.shape}|${filter.sort}|${filter.desc}|${filter.page}|${pageSize}|${selection}`;
		let rows = this.#pages.get(key);
		if (!rows) {
			rows = explorePage(engine, filter, pageSize, table);
			rows.catch(() => this.#pages.delete(key));
			this.#pages.set(key, rows);
			for (const old of [...this.#pages.keys()].slice(0, -KEEP_PAGES)) this.#pages.delete(old);
		}
		return rows;
	}
}
