/**
 * Colours of the chart kit. Categorical colours are Okabe–Ito (colour-blind safe); one highlight
 * colour against a calm default. Written as SVG attributes so downloaded SVG/PNG keep them.
 */
export const OKABE_ITO = [
	'#E69F00',
	'#56B4E9',
	'#009E73',
	'#F0E442',
	'#0072B2',
	'#D55E00',
	'#CC79A7',
	'#000000'
] as const;

export const COLOURS = {
	bar: '#0072B2',
	highlight: '#D55E00',
	muted: '#9a9a9a',
	reference: '#222222',
	grid: '#d9d9d9',
	text: '#222222',
	subtleText: '#555555'
} as const;

/** Better / worse than a benchmark: blue and vermillion (Okabe–Ito), grey for "no better direction". */
export const VERDICT_COLOURS = {
	better: '#0072B2',
	worse: '#D55E00',
	equal: '#9a9a9a',
	neutral: '#9a9a9a'
} as const;

/** Lines on white: Okabe–Ito without yellow (too light for a thin line). More lines than these: grey. */
export const LINE_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;
