// The editor page's behaviour in the browser, beside its markup: one draft per language made once
// from what was loaded (a refused save's input, else this person's autosave, else the stored
// text), the open tab, the submits that keep every other language's typing, and the leave warning.
import type { Locale } from '@solidair/db';
import { dateTimeLocalValue } from '@solidair/i18n';
import type { SubmitFunction } from '$app/forms';
import { goto } from '$app/navigation';
import { tick } from 'svelte';
import type { PickedImage } from '#lib/ImagePicker.svelte';
import type { PageData } from './$types';
import { LanguageDraft, type DraftText } from './editor-state.svelte.ts';
import { failureOf, type EditorFailure } from './failure.ts';

type Translation = PageData['entry']['translations'][Locale];

/** A stored translation's text as the form holds it (empty for a language not yet added). */
function storedText(translation: Translation): DraftText {
	return {
		title: translation?.title ?? '',
		slug: translation?.slug ?? '',
		summary: translation?.summary ?? '',
		body: translation?.body ?? ''
	};
}

/** The schedule field's value: a scheduled text's time, on Brussels clocks. */
function scheduledAt(translation: Translation): string {
	return translation?.status === 'scheduled' && translation.published_at
		? dateTimeLocalValue(translation.published_at)
		: '';
}

/** What a language's draft starts from. */
function startOf(data: PageData, failure: EditorFailure | null | undefined, code: Locale) {
	const translation = data.entry.translations[code];
	const stored = storedText(translation);
	const publishAt = scheduledAt(translation);
	const failed = failureOf(failure, 'translation', code);
	if (failed) {
		const { title = '', slug = '', summary = '', body = '' } = failed.values;
		return {
			text: { title, slug, summary, body },
			stored,
			version: failed.expectedVersion ?? translation?.version ?? 0,
			publishAt: failed.values.publishAt ?? publishAt
		};
	}
	// In review: the text as submitted, which the reviewer reads (a live one's differs from the stored).
	const proposed = data.reviews[code]?.open?.proposed;
	if (proposed) return { text: proposed, stored: proposed, version: translation?.version ?? 0, publishAt };
	const autosave = reopened(data).find((save) => save.locale === code);
	if (autosave) {
		// Stored already (as an autosave): reopening it is no reason to warn before leaving.
		const text = { ...stored, title: autosave.title, summary: autosave.summary, body: autosave.body };
		return { text, stored: text, version: autosave.base_version, publishAt };
	}
	return { text: stored, stored, version: translation?.version ?? 0, publishAt };
}

/** The autosaves the forms reopen: not in a language in review, whose form shows the submitted text. */
const reopened = (data: PageData) => data.autosaves.filter((save) => !data.reviews[save.locale]?.open);

export class EditorPage {
	readonly drafts: Record<string, LanguageDraft>;
	active = $state<Locale>('nl');
	/** Languages whose autosave was reopened at load, with its time, until saved or discarded. */
	restored = $state<Partial<Record<Locale, Date>>>({});
	/** Counts the saves of the details: the form is drawn again from what is stored after each. */
	detailsSaved = $state(0);
	readonly #data: () => PageData;
	readonly #focusMessage: () => void;
	readonly #pick: () => Promise<PickedImage | undefined>;
	readonly #imageEndpoint: string;

	constructor(
		data: () => PageData,
		failure: EditorFailure | null | undefined,
		{
			endpoint,
			imageEndpoint,
			focusMessage,
			pick
		}: {
			/** Where a language's text autosaves. */
			endpoint: string;
			/** Where a picked image's address and description in a language are asked (image.json). */
			imageEndpoint: string;
			focusMessage: () => void;
			/** Opens the page's image picker; undefined when it was closed without a choice. */
			pick: () => Promise<PickedImage | undefined>;
		}
	) {
		this.#data = data;
		this.#focusMessage = focusMessage;
		this.#pick = pick;
		this.#imageEndpoint = imageEndpoint;
		const loaded = data();
		this.drafts = Object.fromEntries(
			loaded.entry.locales.map((code) => [
				code,
				new LanguageDraft(code, endpoint, startOf(loaded, failure, code))
			])
		);
		this.active = failure?.locale ?? loaded.activeLocale;
		this.restored = Object.fromEntries(reopened(loaded).map((save) => [save.locale, save.saved_at]));
	}

	draft(code: Locale): LanguageDraft {
		return this.drafts[code]!;
	}

	/** Whether any language holds text stored nowhere yet. */
	get dirty(): boolean {
		return Object.values(this.drafts).some((draft) => draft.dirty);
	}

	/**
	 * The enhanced submit of a language's form (a save, or discarding its autosave): after the
	 * redirect, the page's data is refreshed without a reload; only that language's draft starts
	 * again from what is stored now, and the message at the top takes focus.
	 */
	submit(code: Locale): SubmitFunction {
		return () => {
			this.draft(code).stop();
			return async ({ result, update }) => {
				if (result.type === 'redirect') {
					// Reset: to the top, where the message is, and focus on it (its autofocus).
					await goto(result.location, { refreshAll: true, reset: true });
					// As at load: the text in review, else this person's autosave (a withdrawn live
					// text's submission comes back as one), else the stored text.
					const data = this.#data();
					this.draft(code).reset(startOf(data, undefined, code));
					const autosave = reopened(data).find((save) => save.locale === code);
					if (autosave) this.restored[code] = autosave.saved_at;
					else delete this.restored[code];
					this.active = code;
					await tick();
					this.#focusMessage();
					return;
				}
				await update({ reset: false });
				// After a conflict, the form counts on their version: saving again replaces it knowingly.
				const failure = result.type === 'failure' ? (result.data as EditorFailure | undefined) : undefined;
				if (failure?.expectedVersion !== undefined) this.draft(code).rebase(failure.expectedVersion);
			};
		};
	}

	/**
	 * The enhanced submit of a form every language shares (the details, a publication's file): after
	 * the redirect the data is refreshed in place, every language keeps what is typed, and the
	 * message at the top takes focus; a refusal shows at its fields with what was typed kept.
	 */
	submitShared(form: 'details' | 'file'): SubmitFunction {
		return () =>
			async ({ result, update, formElement }) => {
				if (result.type !== 'redirect') return update({ reset: false });
				// No reset: the address's fragment (#details) would scroll away from the message.
				await goto(result.location, { refreshAll: true, reset: false });
				if (form === 'details') this.detailsSaved++;
				// The file is stored: the field no longer holds it, so it is not sent twice.
				else formElement.reset();
				await tick();
				this.#focusMessage();
			};
	}

	/**
	 * The body editor's image button in language `code`: the picker's choice as the site shows it
	 * (its `/media/…` copy, described in that language); nothing when closed without a choice or
	 * when the image cannot be asked for.
	 */
	async pickImage(code: Locale): Promise<{ src: string; alt: string } | undefined> {
		const image = await this.#pick();
		if (!image) return undefined;
		const query = `image=${encodeURIComponent(image.id)}&lang=${code}`;
		try {
			const response = await fetch(`${this.#imageEndpoint}?${query}`);
			if (!response.ok) return undefined;
			return (await response.json()) as { src: string; alt: string };
		} catch {
			return undefined;
		}
	}
}
