/**
 * Downloads of a drawn chart: the SVG as drawn (colours are attributes, so it stands alone), a PNG
 * rendered from that SVG at 2× through a canvas, and the table's CSV.
 */
const XLINK_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function svgText(svg: SVGSVGElement, title: string): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	const viewBox = svg.viewBox.baseVal;
	copy.setAttribute('width', String(viewBox.width));
	copy.setAttribute('height', String(viewBox.height));
	const titleElement = document.createElementNS('http://www.w3.org/2000/svg', 'title');
	titleElement.textContent = title;
	copy.insertBefore(titleElement, copy.firstChild);
	const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
	background.setAttribute('x', String(viewBox.x));
	background.setAttribute('y', String(viewBox.y));
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', '#ffffff');
	copy.insertBefore(background, titleElement.nextSibling);
	return XLINK_HEADER + new XMLSerializer().serializeToString(copy);
}

export function saveBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function pngBlob(svg: SVGSVGElement, title: string, scale = 2): Promise<Blob> {
	const viewBox = svg.viewBox.baseVal;
	const url = URL.createObjectURL(new Blob([svgText(svg, title)], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.ceil(viewBox.width * scale);
		canvas.height = Math.ceil(viewBox.height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('This browser cannot draw to a canvas.');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed.'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** A file name from words: "Population, 2018" → "population-2018". */
export function fileSlug(text: string): string {
	return (
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'chart'
	);
}
