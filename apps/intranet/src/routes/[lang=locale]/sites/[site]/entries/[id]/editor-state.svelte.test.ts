// The language draft's rules, with a fake clock and a stand-in for the autosave endpoint's answers
// (the endpoint and its storage have their own e2e and db tests).
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { autosaveDebounceMs, autosaveMaxWaitMs } from './autosave-timing.ts';
import { LanguageDraft } from './editor-state.svelte.ts';

const stored = { title: 'Titel', slug: 'titel', summary: '', body: 'Tekst.' };
let posted: FormData[] = [];
let answer: () => Response;

beforeEach(() => {
	vi.useFakeTimers();
	posted = [];
	answer = () => Response.json({ kind: 'saved', savedAt: '2026-12-07T09:42:00.000Z' });
	vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
		posted.push(init.body as FormData);
		return answer();
	});
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

const draft = () => new LanguageDraft('fr', '/autosave', { text: stored, stored, version: 3, publishAt: '' });

test('typing makes it unsaved; the autosave goes a few seconds after the last keystroke, at its version', async () => {
	const fr = draft();
	expect(fr.dirty).toBe(false);
	fr.body = 'Tekst. Meer';
	fr.changed(Date.now());
	expect(fr.dirty).toBe(true);
	await vi.advanceTimersByTimeAsync(autosaveDebounceMs - 1);
	expect(posted).toHaveLength(0);
	await vi.advanceTimersByTimeAsync(1);
	expect(posted).toHaveLength(1);
	expect(Object.fromEntries(posted[0]!)).toEqual({
		locale: 'fr',
		expectedVersion: '3',
		title: 'Titel',
		summary: '',
		body: 'Tekst. Meer'
	});
	// The answer is read after the post: its status once it is.
	await vi.waitFor(() => expect(fr.autosave).toEqual({ kind: 'saved', at: '2026-12-07T09:42:00.000Z' }));
	// Stored by the autosave: no reason to warn before leaving.
	expect(fr.dirty).toBe(false);
});

test('someone typing without a pause is saved at the longest wait', async () => {
	const fr = draft();
	for (let elapsed = 0; elapsed < autosaveMaxWaitMs; elapsed += 1_000) {
		fr.title = `Titel ${elapsed}`;
		fr.changed(Date.now());
		await vi.advanceTimersByTimeAsync(1_000);
	}
	expect(posted).toHaveLength(1);
});

test('a conflict stops the autosave until the draft counts on the newer version', async () => {
	answer = () => Response.json({ kind: 'conflict' }, { status: 409 });
	const fr = draft();
	fr.body = 'Mijn versie';
	fr.changed(Date.now());
	await vi.advanceTimersByTimeAsync(autosaveDebounceMs);
	await vi.waitFor(() => expect(fr.autosave).toEqual({ kind: 'conflict' }));
	fr.body = 'Mijn versie, langer';
	fr.changed(Date.now());
	await vi.advanceTimersByTimeAsync(autosaveMaxWaitMs);
	expect(posted).toHaveLength(1);
	expect(fr.dirty).toBe(true);

	fr.rebase(4);
	answer = () => Response.json({ kind: 'saved', savedAt: '2026-12-07T09:43:00.000Z' });
	fr.changed(Date.now());
	await vi.advanceTimersByTimeAsync(autosaveDebounceMs);
	expect(posted.at(-1)!.get('expectedVersion')).toBe('4');
});

test('a reset after a save starts again from the stored text, with nothing pending', async () => {
	const fr = draft();
	fr.title = 'Nieuw';
	fr.changed(Date.now());
	fr.reset({ text: { ...stored, title: 'Nieuw' }, version: 4, publishAt: '' });
	await vi.advanceTimersByTimeAsync(autosaveMaxWaitMs);
	expect(posted).toHaveLength(0);
	expect(fr.dirty).toBe(false);
	expect(fr.version).toBe(4);
});
