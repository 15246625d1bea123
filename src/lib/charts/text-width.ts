/**
 * Chart labels must fit inside their SVG and never overprint each other, which needs their widths
 * before the browser draws them (the charts are prerendered). An estimate from Source Sans 3's
 * advance widths by kind of character, erring wide: a margin from it never cuts a label off.
 */
const NARROW = new Set([..."iIjl.,:;'|!()[]{} "]);
const WIDE = new Set([...'mwMW@%—']);

/** Estimated width in px of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize = 13): number {
	let em = 0;
	for (const ch of text) {
		if (NARROW.has(ch)) em += 0.28;
		else if (WIDE.has(ch)) em += 0.85;
		else if (/[0-9]/.test(ch)) em += 0.52;
		else if (/[A-Z]/.test(ch)) em += 0.62;
		else em += 0.52;
	}
	return em * fontSize * 1.05;
}

/** `text` cut to `maxWidth` px with an ellipsis (the full text stays in the table and tooltip). */
export function fitText(text: string, maxWidth: number, fontSize = 13): string {
	if (textWidth(text, fontSize) <= maxWidth) return text;
	let cut = text;
	while (cut.length > 1 && textWidth(`${cut}…`, fontSize) > maxWidth) cut = cut.slice(0, -1);
	return `${cut.trimEnd()}…`;
}

export interface PlacedLabel {
	x: number;
	row: number;
	anchor: 'middle';
}

/**
 * Labels of vertical reference lines (median, targets) in rows above a chart: each at its line's x,
 * kept inside [min, max], in the first row where it overprints no other label.
 */
export function labelRows(
	labels: readonly { x: number; text: string }[],
	min: number,
	max: number,
	fontSize = 12,
	gap = 6
): PlacedLabel[] {
	const rows: { x0: number; x1: number }[][] = [];
	return labels.map((l) => {
		const w = textWidth(l.text, fontSize);
		const x = Math.min(Math.max(l.x, min + w / 2), max - w / 2);
		const box = { x0: x - w / 2 - gap / 2, x1: x + w / 2 + gap / 2 };
		let row = rows.findIndex((r) => r.every((b) => box.x1 <= b.x0 || box.x0 >= b.x1));
		if (row === -1) {
			rows.push([]);
			row = rows.length - 1;
		}
		rows[row]!.push(box);
		return { x, row, anchor: 'middle' };
	});
}
