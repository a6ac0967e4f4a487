// When the editor saves by itself: a few seconds after the last keystroke, and at the latest a
// while after the first unsaved one, so a long stretch of typing is not kept only in the browser.

/** Quiet time after the last keystroke before an autosave. */
export const autosaveDebounceMs = 3_000;
/** The longest a change waits while someone keeps typing. */
export const autosaveMaxWaitMs = 15_000;

/**
 * Milliseconds from `now` until the autosave of changes made first at `firstChange` and last at
 * `lastChange` (all in ms since the epoch); 0 when it is due.
 */
export function autosaveDelay(
	{ firstChange, lastChange, now }: { firstChange: number; lastChange: number; now: number },
	{ debounce = autosaveDebounceMs, maxWait = autosaveMaxWaitMs } = {}
): number {
	const due = Math.min(lastChange + debounce, firstChange + maxWait);
	return Math.max(0, due - now);
}
