import { describe, expect, inject, test } from 'vitest';
import type { Locale } from '../../schema.ts';
import { publishedTranslation } from '../content.ts';
import { editingDatabase, minute, saved, wsm } from './fixture.ts';
import { approveReview, closeReview, commentOnReview, submitForReview } from './review.ts';
import { openReviewCounts, reviewForReading, reviewQueue, translationReviews } from './review-read.ts';

describe.each(inject('databases'))('editing: review before publishing on $name', ({ adminUrl }) => {
	const { t, users, create, edit, revisionCount, row } = editingDatabase(adminUrl);

	/** A news item with its Dutch source and a French translation of `status`. */
	async function withFrench(title: string, status: 'draft' | 'published') {
		const created = await create({ title: `${title} (nl)` });
		const french = saved(
			await edit(created.entryId, 'fr', {
				expectedVersion: 0,
				title: `${title} (fr)`,
				summary: 'Résumé publié',
				body: 'Texte publié.',
				status
			})
		);
		return { entryId: created.entryId, french };
	}

	const submit = (
		entryId: string,
		expectedVersion: number,
		changes: { body?: string; locale?: Locale } = {}
	) =>
		submitForReview(t.db, {
			siteId: 'wsm',
			entryId,
			locale: changes.locale ?? 'fr',
			expectedVersion,
			title: 'Salaire minimum, relu',
			summary: 'Résumé proposé',
			body: changes.body ?? 'Texte proposé.',
			userId: users.ana,
			note: '  Merci de relire le deuxième paragraphe.  '
		});

	async function submitted(entryId: string, expectedVersion: number, changes: { body?: string } = {}) {
		const result = await submit(entryId, expectedVersion, changes);
		if (result.kind !== 'submitted') throw new Error(`expected submitted, got ${JSON.stringify(result)}`);
		return result;
	}

	const reviewRow = (id: string) =>
		t.db.selectFrom('entry_reviews').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

	const events = (id: string) =>
		t.db
			.selectFrom('entry_review_events')
			.select(['kind', 'note', 'created_by'])
			.where('review_id', '=', id)
			.orderBy('id')
			.execute();

	const publicFrench = (entryId: string) => publishedTranslation(t.db, wsm, 'fr', { entryId });

	describe('submitting', () => {
		test('a text that is not live is saved with the status in_review, as a revision', async () => {
			const { entryId, french } = await withFrench('Brouillon', 'draft');
			const result = await submitted(entryId, french.version);
			expect(result.live).toBe(false);
			expect(result.translationId).toBe(french.id);
			expect(await row(french.id)).toMatchObject({
				status: 'in_review',
				version: 2,
				title: 'Salaire minimum, relu',
				body: 'Texte proposé.',
				published_at: null
			});
			expect(await revisionCount(french.id)).toBe(2);
			expect(await reviewRow(result.reviewId)).toMatchObject({
				state: 'open',
				base_version: 2,
				body: 'Texte proposé.',
				submitted_by: users.ana
			});
			// The note is kept trimmed.
			expect(await events(result.reviewId)).toEqual([
				{ kind: 'submitted', note: 'Merci de relire le deuxième paragraphe.', created_by: users.ana }
			]);
		});

		test('a language not yet added is added in review', async () => {
			const created = await create({ title: 'Nouvelle langue' });
			const result = await submitted(created.entryId, 0);
			expect(result.live).toBe(false);
			expect(await row(result.translationId)).toMatchObject({
				status: 'in_review',
				version: 1,
				locale: 'fr'
			});
		});

		test('a live text stays as it is: the proposed one waits with the review', async () => {
			const { entryId, french } = await withFrench('En ligne', 'published');
			const result = await submitted(entryId, french.version);
			expect(result.live).toBe(true);
			expect(await row(french.id)).toMatchObject({ status: 'published', version: 1, body: 'Texte publié.' });
			expect(await revisionCount(french.id)).toBe(1);
			expect(await reviewRow(result.reviewId)).toMatchObject({ base_version: 1, body: 'Texte proposé.' });
			expect(await publicFrench(entryId)).toMatchObject({ body: 'Texte publié.' });
		});

		test('a second submission while one is open is refused, and so is one over a stale version', async () => {
			const { entryId, french } = await withFrench('Deux fois', 'published');
			await submitted(entryId, french.version);
			expect(await submit(entryId, french.version)).toEqual({ kind: 'in-review' });

			const other = await withFrench('Périmé', 'published');
			saved(await edit(other.entryId, 'fr', { body: 'Corrigé entre-temps.' }));
			const stale = await submit(other.entryId, other.french.version);
			expect(stale).toMatchObject({ kind: 'conflict', stored: { version: 2, body: 'Corrigé entre-temps.' } });
			expect(await reviewQueue(t.db, 'wsm')).not.toContainEqual(
				expect.objectContaining({ entryId: other.entryId })
			);
		});

		test("another site's entry is not found", async () => {
			const { entryId } = await withFrench('Autre site', 'draft');
			const result = await submitForReview(t.db, {
				siteId: 'fos',
				entryId,
				locale: 'fr',
				expectedVersion: 1,
				title: 'x',
				summary: '',
				body: '',
				userId: users.ben,
				note: ''
			});
			expect(result).toEqual({ kind: 'not-found' });
		});
	});

	describe('the steps', () => {
		test('a comment leaves the review open', async () => {
			const { entryId, french } = await withFrench('Commentaire', 'draft');
			const { reviewId } = await submitted(entryId, french.version);
			const result = await commentOnReview(t.db, {
				siteId: 'wsm',
				reviewId,
				userId: users.ben,
				note: 'Le titre est trop long.'
			});
			expect(result).toMatchObject({
				kind: 'done',
				review: {
					id: reviewId,
					entryId,
					locale: 'fr',
					title: 'Salaire minimum, relu',
					submittedBy: users.ana
				}
			});
			expect((await reviewRow(reviewId)).state).toBe('open');
			expect((await events(reviewId)).map((e) => e.kind)).toEqual(['submitted', 'comment']);
		});

		test('sending back a text that was not live makes it a draft again, with the submitted text', async () => {
			const { entryId, french } = await withFrench('Renvoi', 'draft');
			const { reviewId } = await submitted(entryId, french.version);
			const result = await closeReview(t.db, {
				siteId: 'wsm',
				reviewId,
				userId: users.ben,
				note: 'Vérifier les chiffres.',
				outcome: 'sent_back'
			});
			expect(result).toMatchObject({ kind: 'done' });
			expect(await row(french.id)).toMatchObject({ status: 'draft', version: 3, body: 'Texte proposé.' });
			expect(await reviewRow(reviewId)).toMatchObject({ state: 'sent_back', decided_by: users.ben });
			expect(await events(reviewId)).toContainEqual({
				kind: 'sent_back',
				note: 'Vérifier les chiffres.',
				created_by: users.ben
			});
			// Closed: no further step.
			const again = { siteId: 'wsm', reviewId, userId: users.ben, note: 'x' };
			expect(await commentOnReview(t.db, again)).toEqual({ kind: 'not-open' });
			expect(await approveReview(t.db, again)).toEqual({ kind: 'not-open' });
			// And it can be submitted again.
			expect((await submit(entryId, 3)).kind).toBe('submitted');
		});

		test("sending back a live text leaves it live, and puts the submitted text in its author's editor", async () => {
			const { entryId, french } = await withFrench('Renvoi en ligne', 'published');
			const { reviewId } = await submitted(entryId, french.version);
			await closeReview(t.db, {
				siteId: 'wsm',
				reviewId,
				userId: users.ben,
				note: 'Non.',
				outcome: 'sent_back'
			});
			expect(await row(french.id)).toMatchObject({ status: 'published', version: 1, body: 'Texte publié.' });
			const autosave = await t.db
				.selectFrom('entry_autosaves')
				.selectAll()
				.where('entry_id', '=', entryId)
				.where('locale', '=', 'fr')
				.execute();
			expect(autosave).toEqual([
				expect.objectContaining({
					user_id: users.ana,
					base_version: 1,
					title: 'Salaire minimum, relu',
					body: 'Texte proposé.'
				})
			]);
		});

		test('withdrawing closes the review as withdrawn', async () => {
			const { entryId, french } = await withFrench('Retrait', 'draft');
			const { reviewId } = await submitted(entryId, french.version);
			const result = await closeReview(t.db, {
				siteId: 'wsm',
				reviewId,
				userId: users.ana,
				note: '',
				outcome: 'withdrawn'
			});
			expect(result).toMatchObject({ kind: 'done' });
			expect(await reviewRow(reviewId)).toMatchObject({ state: 'withdrawn', decided_by: users.ana });
			expect((await row(french.id)).status).toBe('draft');
		});

		test('approving publishes the submitted text now, as a revision', async () => {
			const { entryId, french } = await withFrench('Approuvé', 'published');
			// The live text keeps its SEO fields: the submission did not touch them.
			await t.db
				.updateTable('entry_translations')
				.set({ seo_title: 'Titre SEO' })
				.where('id', '=', french.id)
				.execute();
			const { reviewId } = await submitted(entryId, french.version);
			const result = await approveReview(t.db, { siteId: 'wsm', reviewId, userId: users.ben, note: '' });
			expect(result).toMatchObject({
				kind: 'approved',
				review: { id: reviewId },
				translation: { status: 'published', version: 2, body: 'Texte proposé.' }
			});
			expect(await row(french.id)).toMatchObject({
				status: 'published',
				body: 'Texte proposé.',
				updated_by: users.ben,
				seo_title: 'Titre SEO',
				published_at: french.published_at
			});
			expect(await revisionCount(french.id)).toBe(2);
			expect(await reviewRow(reviewId)).toMatchObject({ state: 'approved', decided_by: users.ben });
			expect(await publicFrench(entryId)).toMatchObject({ body: 'Texte proposé.' });
		});

		test('approving at a later time schedules a text that was not live', async () => {
			const { entryId, french } = await withFrench('Planifié', 'draft');
			const { reviewId } = await submitted(entryId, french.version);
			const at = new Date(Date.now() + 60 * minute);
			const result = await approveReview(t.db, {
				siteId: 'wsm',
				reviewId,
				userId: users.ben,
				note: 'Pour demain.',
				publishAt: at
			});
			expect(result).toMatchObject({ kind: 'approved', translation: { status: 'scheduled' } });
			expect(await row(french.id)).toMatchObject({ status: 'scheduled', published_at: at });
			expect(await publicFrench(entryId)).toBeUndefined();
			// A time in the past is refused, and nothing is written.
			const other = await withFrench('Passé', 'draft');
			const second = await submitted(other.entryId, other.french.version);
			const past = await approveReview(t.db, {
				siteId: 'wsm',
				reviewId: second.reviewId,
				userId: users.ben,
				note: '',
				publishAt: new Date(Date.now() - minute)
			});
			expect(past).toEqual({ kind: 'invalid', field: 'publishAt', reason: 'not-in-future' });
			expect((await reviewRow(second.reviewId)).state).toBe('open');
		});

		test('approving after someone saved the translation meanwhile is a conflict, and writes nothing', async () => {
			const { entryId, french } = await withFrench('Conflit', 'published');
			const { reviewId } = await submitted(entryId, french.version);
			saved(await edit(entryId, 'fr', { body: 'Correction urgente.' }));
			const result = await approveReview(t.db, { siteId: 'wsm', reviewId, userId: users.ben, note: '' });
			expect(result).toMatchObject({ kind: 'conflict', stored: { version: 2, body: 'Correction urgente.' } });
			expect(await row(french.id)).toMatchObject({ version: 2, body: 'Correction urgente.' });
			expect((await reviewRow(reviewId)).state).toBe('open');
			expect((await events(reviewId)).map((e) => e.kind)).toEqual(['submitted']);
		});

		test("another site's review id, or no uuid at all, is not found", async () => {
			const { entryId, french } = await withFrench('Ailleurs', 'draft');
			const { reviewId } = await submitted(entryId, french.version);
			for (const id of [reviewId, 'not-a-uuid']) {
				const step = { siteId: 'fos', reviewId: id, userId: users.ben, note: 'x' };
				expect(await commentOnReview(t.db, step)).toEqual({ kind: 'not-found' });
				expect(await closeReview(t.db, { ...step, outcome: 'sent_back' })).toEqual({ kind: 'not-found' });
				expect(await approveReview(t.db, step)).toEqual({ kind: 'not-found' });
				expect(await reviewForReading(t.db, 'fos', id)).toBeUndefined();
			}
			expect((await reviewRow(reviewId)).state).toBe('open');
		});
	});

	describe('reading', () => {
		test('the queue lists the open reviews of the site, per language, oldest first', async () => {
			const before = await reviewQueue(t.db, 'wsm');
			const counted = await openReviewCounts(t.db, ['wsm', 'fos']);
			const a = await withFrench('File A', 'published');
			const first = await submitted(a.entryId, a.french.version);
			const b = await create({ title: 'File B' });
			const english = await submitForReview(t.db, {
				siteId: 'wsm',
				entryId: b.entryId,
				locale: 'en',
				expectedVersion: 0,
				title: 'Queue B',
				summary: '',
				body: 'English.',
				userId: users.ana,
				note: 'Please check.'
			});
			if (english.kind !== 'submitted') throw new Error(english.kind);
			const c = await withFrench('File C', 'draft');
			const closed = await submitted(c.entryId, c.french.version);
			await closeReview(t.db, {
				siteId: 'wsm',
				reviewId: closed.reviewId,
				userId: users.ben,
				note: 'x',
				outcome: 'withdrawn'
			});

			const queue = (await reviewQueue(t.db, 'wsm')).slice(before.length);
			expect(queue.map((r) => r.id)).toEqual([first.reviewId, english.reviewId]);
			expect(queue[0]).toMatchObject({
				entryId: a.entryId,
				entryType: 'news',
				locale: 'fr',
				title: 'Salaire minimum, relu',
				submittedByName: 'Ana',
				note: 'Merci de relire le deuxième paragraphe.',
				live: true
			});
			expect(queue[1]).toMatchObject({ locale: 'en', live: false, note: 'Please check.' });
			expect((await reviewQueue(t.db, 'wsm', 'en')).map((r) => r.id)).toContain(english.reviewId);
			expect((await reviewQueue(t.db, 'wsm', 'en')).map((r) => r.id)).not.toContain(first.reviewId);
			expect((await reviewQueue(t.db, 'fos')).map((r) => r.id)).not.toContain(first.reviewId);
			expect(await openReviewCounts(t.db, ['wsm', 'fos'])).toEqual({
				wsm: (counted.wsm ?? 0) + 2,
				fos: counted.fos
			});
		});

		test('one review: the proposed text, the live one, and every step with who took it', async () => {
			const { entryId, french } = await withFrench('Lecture', 'published');
			const { reviewId } = await submitted(entryId, french.version);
			await commentOnReview(t.db, { siteId: 'wsm', reviewId, userId: users.ben, note: 'Une question.' });
			await approveReview(t.db, { siteId: 'wsm', reviewId, userId: users.ben, note: 'Parfait.' });

			const review = await reviewForReading(t.db, 'wsm', reviewId);
			expect(review).toMatchObject({
				id: reviewId,
				state: 'approved',
				entryId,
				entryType: 'news',
				locale: 'fr',
				translationId: french.id,
				proposed: { title: 'Salaire minimum, relu', body: 'Texte proposé.' },
				submittedBy: { id: users.ana, name: 'Ana', email: 'ana@wsm.example', locale: 'nl' }
			});
			expect(review?.steps.map(({ kind, note, byName }) => ({ kind, note, byName }))).toEqual([
				{ kind: 'submitted', note: 'Merci de relire le deuxième paragraphe.', byName: 'Ana' },
				{ kind: 'comment', note: 'Une question.', byName: 'Ben' },
				{ kind: 'approved', note: 'Parfait.', byName: 'Ben' }
			]);
			const history = await translationReviews(t.db, 'wsm', french.id);
			expect(history.open).toBeUndefined();
			expect(history.steps).toHaveLength(3);
		});

		test('while open, the live text is there to compare with', async () => {
			const { entryId, french } = await withFrench('Comparer', 'published');
			const { reviewId } = await submitted(entryId, french.version);
			const review = await reviewForReading(t.db, 'wsm', reviewId);
			expect(review).toMatchObject({
				state: 'open',
				status: 'published',
				live: { title: 'Comparer (fr)', body: 'Texte publié.' }
			});
			expect((await translationReviews(t.db, 'wsm', french.id)).open).toMatchObject({
				id: reviewId,
				submittedByName: 'Ana'
			});
		});
	});
});
