/**
 * The Urban Audit units of the current list (codes `CC999C`), each with its name as Eurostat writes
 * it, its country and its level. The level is Eurostat's: a unit whose label ends in "(greater city)"
 * is a greater city ("Madrid (greater city)", "Bern (greater city)"), any other a city. Names come
 * first from the 2025 SDMX-CSV downloads (code/label pairs), then from the 2025 transport export's
 * labels once resolved to codes, then from cities.dic.
 */
export type Level = 'city' | 'greater_city';

export interface Unit {
	code: string;
	name: string;
	country: string;
	level: Level;
	/** Where the name was read: `sdmx-2025`, `urb_ctran-2025`, `cities.dic`, … */
	nameSource: string;
	/** Every name a source gives the code ("Geneva (greater city)", "Genève"): for matching only. */
	aliases: string[];
}

export const CURRENT_CODE = /^([A-Z]{2})\d{3}C$/;

/** Spaces as they should be: no-break spaces and runs collapsed, ends trimmed ("Middelburg       "). */
export const tidyLabel = (label: string) => label.replace(/[\s\u00a0]+/g, ' ').trim();

export const levelOfLabel = (label: string): Level => (/\(greater city\)$/.test(tidyLabel(label)) ? 'greater_city' : 'city');

/** "Madrid (greater city)" → "Madrid"; "Greater 's-Gravenhage" → "'s-Gravenhage"; "Bruxelles / Brussel" → "Bruxelles/Brussel". */
export function baseName(label: string): string {
	return tidyLabel(label)
		.replace(/ \(greater city\)$/, '')
		.replace(/^Greater /, '')
		.replace(/\s*\/\s*/g, '/');
}

export class UnitRegistry {
	readonly byCode = new Map<string, Unit>();

	/** Adds `code` named `label` unless it is known already (the earlier source's name stays). */
	add(code: string, label: string, nameSource: string): void {
		const match = CURRENT_CODE.exec(code);
		if (!match) throw new Error(`${nameSource}: "${code}" is not a current Urban Audit city code`);
		const name = tidyLabel(label);
		const known = this.byCode.get(code);
		if (known) {
			if (!known.aliases.includes(name)) known.aliases.push(name);
			return;
		}
		this.byCode.set(code, { code, name, country: match[1]!, level: levelOfLabel(name), nameSource, aliases: [name] });
	}

	get(code: string): Unit | undefined {
		return this.byCode.get(code);
	}

	/** The one unit of `country` whose name is `label` (spaces tidied), or null when none or several. */
	codeForLabel(label: string, country: string): string | null {
		const wanted = tidyLabel(label);
		const found = [...this.byCode.values()].filter((u) => u.country === country && u.name === wanted);
		return found.length === 1 ? found[0]!.code : null;
	}

	/** The one unit in any country whose name is `label`, or null. */
	codeForAnyCountry(label: string): string | null {
		const wanted = tidyLabel(label);
		const found = [...this.byCode.values()].filter((u) => u.name === wanted);
		return found.length === 1 ? found[0]!.code : null;
	}

	all(): Unit[] {
		return [...this.byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
	}
}

/** cities.dic: code TAB label per line (UTF-8). Current city codes only. */
export function dictionaryCityNames(text: string): [code: string, label: string][] {
	return text
		.split(/\r?\n/)
		.map((line) => line.split('\t') as [string, string | undefined])
		.filter((p): p is [string, string] => !!p[1] && CURRENT_CODE.test(p[0]))
		.map(([code, label]) => [code, tidyLabel(label)]);
}
