/**
 * The database engine's state as Svelte state, for the status banner and pages, mirrored onto
 * `<html data-engine-state="…">` so tests and styles can see it.
 */
import { subscribeEngineState } from '$lib/db/browser-engine';
import type { EngineState } from '$lib/db/engine';

export const engineStatus: { current: EngineState } = $state({ current: { status: 'idle' } });

/** Starts mirroring (call once, from the root layout, in the browser). */
export function mirrorEngineState(): () => void {
	return subscribeEngineState((state) => {
		engineStatus.current = state;
		document.documentElement.dataset.engineState = state.status;
	});
}
