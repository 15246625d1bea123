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
