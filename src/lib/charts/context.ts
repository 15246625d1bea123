/**
 * What a frame hands to its marks (Layer Cake's idea, with Svelte 5 context): the computed scales
 * and the inner size. Marks read it with `getFrame()` (a band frame: one row per category),
 * `getPlot()` (an x–y plot: both scales linear) or `getAnyFrame()` (marks that use x only, such as
 * the x axis); they never compute their own scales.
 */
import type { ScaleBand, ScaleLinear } from 'd3';
import { getContext, setContext } from 'svelte';

export type XScale = ScaleLinear<number, number>;
export type YScale = ScaleBand<string>;

interface FrameBase {
	readonly xScale: XScale;
	readonly innerWidth: number;
	readonly innerHeight: number;
	readonly margin: Margin;
	readonly width: number;
	readonly height: number;
}

/** A band frame: linear x (values), one band of y per category. */
export interface FrameContext extends FrameBase {
	readonly kind: 'band';
	readonly yScale: YScale;
}

/** An x–y plot: linear x (e.g. years) and linear y (values). */
export interface PlotContext extends FrameBase {
	readonly kind: 'plot';
	readonly yScale: XScale;
}

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** A mark's tooltip request, in SVG coordinates of the whole chart (margins included). */
export interface TooltipRequest {
	x: number;
	y: number;
	text: string;
}

export interface TooltipContext {
	show(request: TooltipRequest): void;
	hide(): void;
}

const FRAME = Symbol('frame');
const TOOLTIP = Symbol('tooltip');

export function setFrame(frame: FrameContext | PlotContext): void {
	setContext(FRAME, frame);
}

export function getAnyFrame(): FrameContext | PlotContext {
	const frame = getContext<FrameContext | PlotContext | undefined>(FRAME);
	if (!frame) throw new Error('A chart mark must be placed inside a <Frame> or a <Plot>.');
	return frame;
}

export function getFrame(): FrameContext {
	const frame = getAnyFrame();
	if (frame.kind !== 'band') throw new Error('This mark needs a band <Frame>, not a <Plot>.');
	return frame;
}

export function getPlot(): PlotContext {
	const frame = getAnyFrame();
	if (frame.kind !== 'plot') throw new Error('This mark needs a <Plot>, not a band <Frame>.');
	return frame;
}

export function setTooltip(tooltip: TooltipContext): void {
	setContext(TOOLTIP, tooltip);
}

/** The card's tooltip, or a no-op outside a ChartCard (e.g. a mark rendered alone in a test). */
export function getTooltip(): TooltipContext {
	return getContext<TooltipContext | undefined>(TOOLTIP) ?? { show() {}, hide() {} };
}
