// What the editor keeps in the browser per language: the text as typed (bound to the form's
// fields), the version it counts on, and what was last stored, so that a save of one language or
// the data refreshed after it never resets another language's unsaved text. It also saves by
// itself (autosave/+server.ts) a few seconds after typing stops.
import type { Locale } from '@solidair/db';
import { autosaveDelay } from './autosave-timing.ts';

/** The fields an autosave stores and a reload would lose. */
export interface DraftText {
	title: string;
	slug: string;
	summary: string;
	body: string;
}

export type AutosaveStatus =
	| { kind: 'idle' }
	| { kind: 'saving' }
	| { kind: 'saved'; at: string }
	/** Someone saved this language since: autosave stops until the editor saves (and sees both). */
	| { kind: 'conflict' }
	| { kind: 'failed' };

const autosaved = ['title', 'summary', 'body'] as const;

export class LanguageDraft {
	title = $state('');
	slug = $state('');
	summary = $state('');
	body = $state('');
	publishAt = $state('');
	/** The stored version the text is based on: what a save or an autosave counts on. */
	version = $state(0);
	autosave = $state<AutosaveStatus>({ kind: 'idle' });
	/** The text as last stored, by a save or an autosave: what "unsaved" compares with. */
	#stored = $state<DraftText>({ title: '', slug: '', summary: '', body: '' });
	#firstChange = 0;
	#lastChange = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly code: Locale;
	readonly #endpoint: string;

	constructor(
		code: Locale,
		endpoint: string,
		{
			text,
			stored,
			version,
			publishAt
		}: { text: DraftText; stored: DraftText; version: number; publishAt: string }
	) {
		this.code = code;
		this.#endpoint = endpoint;
		this.reset({ text, stored, version, publishAt });
	}

	/** Whether anything typed is not stored anywhere yet (the leave warning asks then). */
	get dirty(): boolean {
		return this.title !== this.#stored.title || this.slug !== this.#stored.slug || this.#textDirty;
	}

	get #textDirty(): boolean {
		return autosaved.some((field) => this[field] !== this.#stored[field]);
	}

	/** Back to a stored text, e.g. after this language was saved or its autosave discarded. */
	reset({
		text,
		stored = text,
		version,
		publishAt
	}: {
		text: DraftText;
		stored?: DraftText;
		version: number;
		publishAt: string;
	}) {
		clearTimeout(this.#timer);
		this.#firstChange = 0;
		Object.assign(this, text);
		this.#stored = { ...stored };
		this.version = version;
		this.publishAt = publishAt;
		this.autosave = { kind: 'idle' };
	}

	/** Counts on another version from now on (after a refused save showed theirs). */
	rebase(version: number) {
		this.version = version;
		if (this.autosave.kind === 'conflict') this.autosave = { kind: 'idle' };
	}

	/** Called on every change of the text: schedules the autosave, or drops it when nothing is left to store. */
	changed(now = Date.now()) {
		if (!this.#textDirty || this.autosave.kind === 'conflict') {
			clearTimeout(this.#timer);
			this.#firstChange = 0;
			return;
		}
		if (this.#firstChange === 0) this.#firstChange = now;
		this.#lastChange = now;
		clearTimeout(this.#timer);
		const wait = autosaveDelay({ firstChange: this.#firstChange, lastChange: this.#lastChange, now });
		this.#timer = setTimeout(() => void this.#send(), wait);
	}

	/** Stops the timer (the page is left, or a save is on its way). */
	stop() {
		clearTimeout(this.#timer);
		this.#firstChange = 0;
	}

	async #send() {
		if (this.autosave.kind === 'saving') return this.changed();
		const sent = { title: this.title, summary: this.summary, body: this.body };
		const form = new FormData();
		form.set('locale', this.code);
		form.set('expectedVersion', String(this.version));
		for (const [name, value] of Object.entries(sent)) form.set(name, value);
		this.#firstChange = 0;
		this.autosave = { kind: 'saving' };
		try {
			const response = await fetch(this.#endpoint, { method: 'POST', body: form });
			if (response.status === 409) {
				this.autosave = { kind: 'conflict' };
				return;
			}
			if (!response.ok) throw new Error(`autosave answered ${response.status}`);
			const answer = (await response.json()) as { savedAt: string };
			this.#stored = { ...this.#stored, ...sent };
			this.autosave = { kind: 'saved', at: answer.savedAt };
		} catch {
			// Said in the status; the next keystroke tries again.
			this.autosave = { kind: 'failed' };
			return;
		}
		// Typed on while it was sent: that waits for its own autosave.
		this.changed();
	}
}
