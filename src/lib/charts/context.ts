/**
 * What a Frame hands to its marks (Layer Cake's idea, with Svelte 5 context): the computed scales
 * and the inner size. Marks read it with `getFrame()`; they never compute their own scales.
 */
import type { ScaleBand, ScaleLinear } from 'd3';
import { getContext, setContext } from 'svelte';

export type XScale = ScaleLinear<number, number>;
export type YScale = ScaleBand<string>;

export interface FrameContext {
	readonly xScale: XScale;
	readonly yScale: YScale;
	readonly innerWidth: number;
	readonly innerHeight: number;
	readonly margin: Margin;
	readonly width: number;
	readonly height: number;
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

export function setFrame(frame: FrameContext): void {
	setContext(FRAME, frame);
}

export function getFrame(): FrameContext {
	const frame = getContext<FrameContext | undefined>(FRAME);
	if (!frame) throw new Error('A chart mark must be placed inside a <Frame>.');
	return frame;
}

export function setTooltip(tooltip: TooltipContext): void {
	setContext(TOOLTIP, tooltip);
}

/** The card's tooltip, or a no-op outside a ChartCard (e.g. a mark rendered alone in a test). */
export function getTooltip(): TooltipContext {
	return getContext<TooltipContext | undefined>(TOOLTIP) ?? { show() {}, hide() {} };
}
