/**
 * City size classes by population: the EC–OECD classes of the EU's reports on cities (Dijkstra and
 * Poelman, "Cities in Europe: the new OECD-EC definition", Regional Focus 01/2012) — S 50,000–100,000,
 * M 100,000–250,000, L 250,000–500,000, XL 500,000–1,000,000, XXL 1,000,000 and more — and "XS"
 * (under 50,000), this project's own class for the few smaller units. Lower bounds are inclusive.
 */
export interface SizeClass {
	id: 'XS' | 'S' | 'M' | 'L' | 'XL' | 'XXL';
	from: number;
	/** Exclusive upper bound; null for the largest class. */
	to: number | null;
	/** "50,000–100,000 inhabitants" */
	range: string;
}

export const SIZE_CLASSES: readonly SizeClass[] = [
	{ id: 'XS', from: 0, to: 50_000, range: 'under 50,000 inhabitants' },
	{ id: 'S', from: 50_000, to: 100_000, range: '50,000–100,000 inhabitants' },
	{ id: 'M', from: 100_000, to: 250_000, range: '100,000–250,000 inhabitants' },
	{ id: 'L', from: 250_000, to: 500_000, range: '250,000–500,000 inhabitants' },
	{ id: 'XL', from: 500_000, to: 1_000_000, range: '500,000–1,000,000 inhabitants' },
	{ id: 'XXL', from: 1_000_000, to: null, range: '1,000,000 inhabitants or more' }
];

export function sizeClassOf(population: number): SizeClass {
	return SIZE_CLASSES.find((c) => population >= c.from && (c.to === null || population < c.to))!;
}

export function sizeClassById(id: string): SizeClass | undefined {
	return SIZE_CLASSES.find((c) => c.id === id);
}
