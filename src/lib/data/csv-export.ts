/**
 * CSV for downloads: UTF-8, a header, RFC 4180 quoting, CRLF line ends. Text cells that a spreadsheet
 * would run as a formula (starting with = + - @, tab or carriage return) get a leading apostrophe;
 * numbers stay numbers, so negative values round-trip.
 */
export type ExportCell = string | number | null | undefined;

export interface ExportColumn {
	key: string;
	label: string;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvCell(cell: ExportCell): string {
	if (cell === null || cell === undefined) return '';
	const text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : neutraliseFormula(cell);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsvText(columns: readonly ExportColumn[], rows: readonly Record<string, ExportCell>[]): string {
	const lines = [columns.map((c) => csvCell(c.label)), ...rows.map((row) => columns.map((c) => csvCell(row[c.key])))];
	return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
