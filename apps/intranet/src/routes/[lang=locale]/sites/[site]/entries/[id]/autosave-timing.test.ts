import { expect, test } from 'vitest';
import { autosaveDebounceMs, autosaveDelay, autosaveMaxWaitMs } from './autosave-timing.ts';

test('an autosave waits for a quiet moment after the last keystroke', () => {
	expect(autosaveDelay({ firstChange: 0, lastChange: 0, now: 0 })).toBe(autosaveDebounceMs);
	expect(autosaveDelay({ firstChange: 0, lastChange: 2_000, now: 2_500 })).toBe(2_500);
	expect(autosaveDelay({ firstChange: 0, lastChange: 1_000, now: 9_000 })).toBe(0);
});

test('but not longer than the longest wait while someone keeps typing', () => {
	const typing = { firstChange: 0, lastChange: autosaveMaxWaitMs - 1_000 };
	expect(autosaveDelay({ ...typing, now: autosaveMaxWaitMs - 1_000 })).toBe(1_000);
	expect(autosaveDelay({ ...typing, now: autosaveMaxWaitMs + 5 })).toBe(0);
	expect(autosaveDelay({ firstChange: 0, lastChange: 100, now: 100 }, { debounce: 50, maxWait: 1_000 })).toBe(
		50
	);
});
