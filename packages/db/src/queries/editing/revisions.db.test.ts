import { describe, expect, inject, test } from 'vitest';
import { publishedTranslation } from '../content.ts';
import { previewTranslation } from './entry.ts';
import { editingDatabase, saved, wsm } from './fixture.ts';
import { restoreRevision, revisionDiff, revisions } from './revisions.ts';

describe.each(inject('databases'))('editing: revisions and previews on $name', ({ adminUrl }) => {
	const { t, users, create, edit, revisionCount } = editingDatabase(adminUrl);

	describe('revisions', () => {
		test('every save is a revision; restoring an old one adds a new revision and respects locking', async () => {
			const now = new Date();
			const a = await create({
				title: 'Geschiedenis',
				summary: 'Kort.',
				body: 'Regel een.\nRegel twee.',
				now
			});
			saved(await edit(a.entryId, 'nl', { status: 'published', now }));
			saved(
				await edit(a.entryId, 'nl', {
					body: 'Regel een.\nRegel twee, herzien.\nRegel drie.',
					now,
					userId: users.ben
				})
			);
			const history = await revisions(t.db, 'wsm', a.translation.id);
			expect(history.map((r) => [r.version, r.status, r.created_by_name])).toEqual([
				[3, 'published', 'Ben'],
				[2, 'published', 'Ana'],
				[1, 'draft', 'Ana']
			]);
			const [latest, , first] = history;
			const diff = revisionDiff(first!, latest!);
			expect(diff.title.every((l) => l.kind === 'same')).toBe(true);
			expect(diff.body).toEqual([
				{ kind: 'same', text: 'Regel een.' },
				{ kind: 'removed', text: 'Regel twee.' },
				{ kind: 'added', text: 'Regel twee, herzien.' },
				{ kind: 'added', text: 'Regel drie.' }
			]);

			// Based on a version someone has since replaced: a conflict, nothing written.
			const stale = await restoreRevision(t.db, {
				siteId: 'wsm',
				revisionId: first!.id,
				expectedVersion: 2,
				userId: users.ana
			});
			expect(stale).toMatchObject({ kind: 'conflict', stored: { version: 3 } });
			expect(await revisionCount(a.translation.id)).toBe(3);

			const restored = saved(
				await restoreRevision(t.db, {
					siteId: 'wsm',
					revisionId: first!.id,
					expectedVersion: 3,
					userId: users.ana,
					now
				})
			);
			// The old text is back; the status and URL stay as they are now (still published).
			expect(restored).toMatchObject({
				version: 4,
				body: 'Regel een.\nRegel twee.',
				status: 'published',
				slug: 'geschiedenis'
			});
			const after = await revisions(t.db, 'wsm', a.translation.id);
			expect(after).toHaveLength(4);
			expect(after[0]).toMatchObject({
				version: 4,
				restored_from: first!.id,
				status: 'published',
				body: 'Regel een.\nRegel twee.'
			});
			// History is not rewritten.
			expect(after.slice(1)).toEqual(history);
		});
	});

	test('a preview shows a draft in the shape of the public page', async () => {
		const now = new Date();
		const draft = await create({ title: 'Nog geheim', body: '# Kop\n\nTekst.', now });
		const live = await create({ title: 'Al publiek', now });
		saved(await edit(live.entryId, 'nl', { status: 'published', now }));

		const preview = await previewTranslation(t.db, 'wsm', draft.translation.id);
		expect(preview).toMatchObject({
			id: draft.translation.id,
			title: 'Nog geheim',
			body: '# Kop\n\nTekst.',
			fallback: false,
			type: 'news'
		});
		expect(await publishedTranslation(t.db, wsm, 'nl', { entryId: draft.entryId })).toBeUndefined();
		const published = await publishedTranslation(t.db, wsm, 'nl', { entryId: live.entryId });
		expect(Object.keys(preview!).sort()).toEqual(Object.keys(published!).sort());
		expect(await previewTranslation(t.db, 'wsm', live.translation.id)).toEqual(published);
	});
});
