/** RFC 4180 CSV text with LF line ends; a cell is quoted only when it must be. Deterministic. */
export type Cell = string | number | null;

function cellText(cell: Cell): string {
	if (cell === null) return '';
	const text = typeof cell === 'number' ? String(cell) : cell;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
	const lines = [header, ...rows].map((row) => row.map(cellText).join(','));
	return lines.join('\n') + '\n';
}
