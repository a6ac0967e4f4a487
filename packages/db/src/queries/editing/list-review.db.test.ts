import { describe, expect, inject, test } from 'vitest';
import { editingDatabase, saved } from './fixture.ts';
import { siteEntries } from './list.ts';
import { closeReview, submitForReview } from './review.ts';

describe.each(inject('databases'))('editing: the editor list and open reviews on $name', ({ adminUrl }) => {
	const { t, users, create, edit } = editingDatabase(adminUrl);

	test('a language in review: a new text has the status in review, a live one keeps its status with a flag', async () => {
		const a = await create({ title: 'Ter review' });
		const nl = saved(await edit(a.entryId, 'nl', { status: 'published' }));
		saved(await edit(a.entryId, 'fr', { title: 'En relecture', body: 'Texte.' }));
		const submit = (locale: 'nl' | 'fr', expectedVersion: number, title: string) =>
			submitForReview(t.db, {
				siteId: 'wsm',
				entryId: a.entryId,
				locale,
				expectedVersion,
				title,
				summary: '',
				body: 'Nieuwe tekst.',
				userId: users.ana,
				note: 'Graag nalezen'
			});
		const states = async () => {
			const [entry] = await siteEntries(t.db, 'wsm', { query: 'Ter review' });
			return Object.fromEntries(
				(entry?.locales ?? []).map((l) => [l.locale, l.exists ? [l.status, l.in_review] : 'missing'])
			);
		};
		expect(await states()).toEqual({
			nl: ['published', false],
			fr: ['draft', false],
			en: 'missing',
			es: 'missing'
		});

		const live = await submit('nl', nl.version, 'Ter review, herzien');
		if (live.kind !== 'submitted') throw new Error(live.kind);
		const fr = (await siteEntries(t.db, 'wsm', { query: 'Ter review' }))[0]?.locales[1];
		expect(fr?.exists && fr.version).toBe(1);
		expect((await submit('fr', 1, 'En relecture')).kind).toBe('submitted');
		expect(await states()).toEqual({
			nl: ['published', true],
			fr: ['in_review', true],
			en: 'missing',
			es: 'missing'
		});

		// Withdrawn: the live text has no new version waiting any more.
		const closed = await closeReview(t.db, {
			siteId: 'wsm',
			reviewId: live.reviewId,
			userId: users.ana,
			note: '',
			outcome: 'withdrawn'
		});
		expect(closed.kind).toBe('done');
		expect(await states()).toEqual({
			nl: ['published', false],
			fr: ['in_review', true],
			en: 'missing',
			es: 'missing'
		});
	});
});
