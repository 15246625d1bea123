/**
 * Bytes of an uploaded file → text, with the encoding shown to the user (who may correct it). A byte
 * order mark decides (UTF-8, UTF-16 LE/BE); text that is valid UTF-8 is UTF-8; otherwise chardet
 * (maintained, no dependencies, works in the browser) ranks the single-byte encodings of European
 * statistics offices and the browser's TextDecoder decodes. DuckDB reads only UTF-8/UTF-16/Latin-1,
 * so every file is handed on as UTF-8 text.
 */
import { analyse } from 'chardet';

/** Encodings offered for correction (TextDecoder labels), the usual ones of partner-country offices first. */
export const ENCODINGS = [
	'utf-8',
	'utf-16le',
	'utf-16be',
	'windows-1250',
	'windows-1252',
	'windows-1257',
	'iso-8859-1',
	'iso-8859-2',
	'iso-8859-13',
	'iso-8859-15',
	'iso-8859-7',
	'windows-1253'
] as const;

export interface EncodingGuess {
	encoding: string;
	/** How it was decided, in words for the upload page. */
	reason: string;
	bom: boolean;
	/** Other plausible encodings, best first. */
	alternatives: string[];
}

const SAMPLE_BYTES = 256 * 1024;

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
	return null;
}

function isUtf8(bytes: Uint8Array): boolean {
	try {
		// A cut multi-byte sequence at the sample's end is not an error: `stream` keeps it pending.
		new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
		return true;
	} catch {
		return false;
	}
}

/** Binary, not text: many control characters (other than tab, CR, LF) in the first 8 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
	if (bomOf(bytes)?.encoding.startsWith('utf-16')) return false;
	const sample = bytes.subarray(0, 8192);
	let control = 0;
	for (const b of sample) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
	return sample.length > 0 && control / sample.length > 0.1;
}

const TEXT_DECODER_NAME: Readonly<Record<string, string>> = {
	'UTF-8': 'utf-8',
	'UTF-16LE': 'utf-16le',
	'UTF-16BE': 'utf-16be',
	'ISO-8859-1': 'windows-1252',
	'ISO-8859-2': 'iso-8859-2',
	'ISO-8859-7': 'iso-8859-7',
	'windows-1250': 'windows-1250',
	'windows-1251': 'windows-1251',
	'windows-1252': 'windows-1252',
	'windows-1253': 'windows-1253'
};

export function guessEncoding(bytes: Uint8Array): EncodingGuess {
	const bom = bomOf(bytes);
	if (bom) return { encoding: bom.encoding, reason: 'byte order mark', bom: true, alternatives: [] };
	const sample = bytes.subarray(0, SAMPLE_BYTES);
	if (isUtf8(sample)) return { encoding: 'utf-8', reason: 'valid UTF-8', bom: false, alternatives: [] };
	const ranked = analyse(sample)
		.map((m) => TEXT_DECODER_NAME[m.name])
		.filter((name): name is string => name !== undefined && name !== 'utf-8');
	const unique = [...new Set(ranked)];
	return {
		encoding: unique[0] ?? 'windows-1252',
		reason: unique[0] ? 'detected from the byte patterns (chardet)' : 'not UTF-8; Western European assumed',
		bom: false,
		alternatives: unique.slice(1, 4)
	};
}

/** The whole file as text in `encoding`, decoded in chunks (the BOM dropped). */
export function decodeText(bytes: Uint8Array, encoding: string): string {
	const decoder = new TextDecoder(encoding, { ignoreBOM: false });
	const CHUNK = 1 << 20;
	let text = '';
	for (let start = 0; start < bytes.length; start += CHUNK) {
		text += decoder.decode(bytes.subarray(start, start + CHUNK), { stream: start + CHUNK < bytes.length });
	}
	return text;
}
