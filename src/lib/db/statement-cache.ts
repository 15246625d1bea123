/**
 * Prepared statements kept per SQL text for the life of a connection. In the browser every
 * statement call is a message to DuckDB's worker: prepare, run and close made three round trips per
 * parameterised query; a cached statement makes one. The newest `size` statements are kept (least
 * recently used first out, closed when dropped).
 *
 * DuckDB re-binds a prepared statement whose tables changed since it was prepared; if a cached one
 * still fails (say its table was dropped and made again with other columns), it is dropped and the
 * query is tried once more with a fresh statement, so the error a caller sees is the query's own.
 */
import type { SqlParam } from './engine';

export interface PreparedLike<R> {
	query(...params: SqlParam[]): R | Promise<R>;
	close(): void | Promise<void>;
}

export interface PreparingConnection<R> {
	prepare(sql: string): PreparedLike<R> | Promise<PreparedLike<R>>;
}

interface Entry<R> {
	statement: Promise<PreparedLike<R>>;
	/** Queries running on it: a dropped statement is closed when the last one ends. */
	running: number;
	dropped: boolean;
}

export class StatementCache<R> {
	readonly #conn: PreparingConnection<R>;
	readonly #size: number;
	// Insertion order is recency order: a hit is deleted and set again.
	readonly #entries = new Map<string, Entry<R>>();

	constructor(conn: PreparingConnection<R>, size = 48) {
		this.#conn = conn;
		this.#size = size;
	}

	async query(sql: string, params: readonly SqlParam[]): Promise<R> {
		const cached = this.#entries.get(sql);
		if (cached) {
			this.#entries.delete(sql);
			this.#entries.set(sql, cached);
			try {
				return await this.#run(cached, params);
			} catch {
				this.#drop(sql, cached);
			}
		}
		const fresh: Entry<R> = { statement: Promise.resolve(this.#conn.prepare(sql)), running: 0, dropped: false };
		this.#entries.set(sql, fresh);
		this.#trim();
		try {
			return await this.#run(fresh, params);
		} catch (error) {
			this.#drop(sql, fresh);
			throw error;
		}
	}

	/** Closes every kept statement (before the connection closes). */
	async clear(): Promise<void> {
		const all = [...this.#entries];
		await Promise.all(all.map(([sql, entry]) => this.#drop(sql, entry)));
	}

	get size(): number {
		return this.#entries.size;
	}

	async #run(entry: Entry<R>, params: readonly SqlParam[]): Promise<R> {
		entry.running++;
		try {
			return await (await entry.statement).query(...params);
		} finally {
			entry.running--;
			if (entry.dropped && entry.running === 0) void this.#close(entry);
		}
	}

	#drop(sql: string, entry: Entry<R>): Promise<void> {
		if (this.#entries.get(sql) === entry) this.#entries.delete(sql);
		if (entry.dropped) return Promise.resolve();
		entry.dropped = true;
		return entry.running === 0 ? this.#close(entry) : Promise.resolve();
	}

	async #close(entry: Entry<R>): Promise<void> {
		try {
			await (await entry.statement).close();
		} catch {
			// A statement that failed to prepare, or whose connection is gone, has nothing to close.
		}
	}

	#trim(): void {
		for (const [sql, entry] of this.#entries) {
			if (this.#entries.size <= this.#size) break;
			void this.#drop(sql, entry);
		}
	}
}
