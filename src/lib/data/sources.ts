/**
 * One source line for a chart that draws on many sources: each publisher once, with its licence
 * where that licence restricts reuse (non-commercial, share-alike, or terms not verified).
 */
export interface SourceLike {
	publisher: string;
	licence: string;
}

const RESTRICTIVE = /\bCC BY-NC|unverified/i;

export function sourcesLine(sources: readonly SourceLike[]): string {
	const byPublisher = new Map<string, Set<string>>();
	for (const s of sources) {
		const licences = byPublisher.get(s.publisher) ?? new Set<string>();
		if (RESTRICTIVE.test(s.licence))
			licences.add(s.licence.replace(/^.*?(CC BY-NC[^;(]*|redistribution terms unverified).*$/i, '$1').trim());
		byPublisher.set(s.publisher, licences);
	}
	const parts = [...byPublisher].map(([publisher, licences]) =>
		licences.size ? `${publisher} (${[...licences].join('; ')})` : publisher
	);
	return parts.length ? `Sources: ${parts.join('; ')}.` : '';
}

/**
 * The publishers whose data the site shows, for the footer: each source with observations once,
 * in the words of sources.csv (a third party's processing kept visible), the largest first.
 */
export function publishersLine(sources: readonly (SourceLike & { has_observations: boolean })[]): string {
	const counts = new Map<string, number>();
	for (const s of sources) if (s.has_observations) counts.set(s.publisher, (counts.get(s.publisher) ?? 0) + 1);
	const names = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p]) => p);
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join('; ')} and ${names.at(-1)}`;
}
