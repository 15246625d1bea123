/** Reading values against a standard: which places meet it. Only places with a value are counted. */
export interface Standard {
	comparator: 'le' | 'ge';
	value: number;
}

export function meets(value: number, standard: Standard): boolean {
	return standard.comparator === 'le' ? value <= standard.value : value >= standard.value;
}

/** How many of the places with a value meet the standard, and how many have a value at all. */
export function countMeeting(
	values: readonly (number | null)[],
	standard: Standard
): { meeting: number; withData: number } {
	const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
	return { meeting: present.filter((v) => meets(v, standard)).length, withData: present.length };
}
