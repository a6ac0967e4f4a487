import { describe, expect, inject, test } from 'vitest';
import { createDb } from '../../client.ts';
import { listEntries, publishedTranslation } from '../content.ts';
import { editingDatabase, minute, saved, wsm } from './fixture.ts';
import { revisions } from './revisions.ts';
import { saveTranslation } from './save.ts';

describe.each(inject('databases'))('editing: saving translations on $name', ({ adminUrl }) => {
	const { t, users, create, edit, revisionCount, row } = editingDatabase(adminUrl);

	describe('optimistic locking', () => {
		test('a save based on an older version is a conflict with both sides, and writes nothing', async () => {
			const created = await create({ title: 'Minimumloon', body: 'Versie een.' });
			const first = saved(await edit(created.entryId, 'nl', { body: 'Versie twee (Ana).' }));
			expect(first.version).toBe(2);

			// Ben loaded version 1 and saves after Ana.
			const result = await saveTranslation(t.db, {
				siteId: 'wsm',
				entryId: created.entryId,
				locale: 'nl',
				expectedVersion: 1,
				title: 'Minimumloon',
				summary: 'Samenvatting',
				body: 'Versie twee (Ben).',
				status: 'draft',
				userId: users.ben
			});
			expect(result).toMatchObject({
				kind: 'conflict',
				stored: {
					version: 2,
					body: 'Versie twee (Ana).',
					updated_by: users.ana,
					updated_by_name: 'Ana',
					updated_at: first.updated_at
				},
				submitted: { body: 'Versie twee (Ben).', title: 'Minimumloon', status: 'draft' }
			});
			expect(await row(created.translation.id)).toMatchObject({
				version: 2,
				body: 'Versie twee (Ana).',
				updated_by: users.ana
			});
			expect(await revisionCount(created.translation.id)).toBe(2);
		});

		test('of concurrent saves of the same version on two connection pools, exactly one wins', async () => {
			const created = await create({ title: 'Gelijktijdig' });
			const other = createDb(t.url, { max: 4 });
			try {
				const results = await Promise.all(
					[t.db, other, t.db, other, t.db, other].map((db, i) =>
						saveTranslation(db, {
							siteId: 'wsm',
							entryId: created.entryId,
							locale: 'nl',
							expectedVersion: 1,
							title: 'Gelijktijdig',
							summary: '',
							body: `Schrijver ${i}`,
							status: 'draft',
							userId: users.ana
						})
					)
				);
				const winners = results.filter((r) => r.kind === 'saved');
				expect(winners).toHaveLength(1);
				expect(results.filter((r) => r.kind === 'conflict')).toHaveLength(5);
				const stored = await row(created.translation.id);
				expect(stored.version).toBe(2);
				expect(stored.body).toBe(winners[0]?.kind === 'saved' ? winners[0].translation.body : '?');
				expect(await revisionCount(created.translation.id)).toBe(2);

				// Two people adding the same new locale at once: one adds it, the other gets a conflict.
				const adds = await Promise.all(
					[t.db, other].map((db, i) =>
						saveTranslation(db, {
							siteId: 'wsm',
							entryId: created.entryId,
							locale: 'fr',
							expectedVersion: 0,
							title: `Simultané ${i}`,
							summary: '',
							body: '',
							status: 'draft',
							userId: users.ana
						})
					)
				);
				expect(adds.map((r) => r.kind).sort()).toEqual(['conflict', 'saved']);
				const french = await t.db
					.selectFrom('entry_translations')
					.select(['version'])
					.where('entry_id', '=', created.entryId)
					.where('locale', '=', 'fr')
					.execute();
				expect(french).toEqual([{ version: 1 }]);
			} finally {
				await other.destroy();
			}
		});

		test('saving an existing translation with expectedVersion 0, or a missing one with a version, is refused', async () => {
			const created = await create({ title: 'Versies' });
			expect(await edit(created.entryId, 'nl', { expectedVersion: 0 })).toMatchObject({ kind: 'conflict' });
			expect(await edit(created.entryId, 'fr', { expectedVersion: 3 })).toEqual({ kind: 'not-found' });
			expect(await row(created.translation.id)).toMatchObject({ version: 1 });
		});
	});

	describe('status', () => {
		test('a scheduled translation is public exactly from its time on', async () => {
			const now = new Date();
			const at = new Date(now.getTime() + 60 * minute);
			const a = await create({ title: 'Gepland bericht', now });
			expect(await edit(a.entryId, 'nl', { status: 'scheduled', publishAt: null, now })).toEqual({
				kind: 'invalid',
				field: 'publishAt',
				reason: 'required'
			});
			expect(
				await edit(a.entryId, 'nl', { status: 'scheduled', publishAt: new Date(now.getTime() - minute), now })
			).toEqual({
				kind: 'invalid',
				field: 'publishAt',
				reason: 'not-in-future'
			});
			const scheduled = saved(await edit(a.entryId, 'nl', { status: 'scheduled', publishAt: at, now }));
			expect(scheduled).toMatchObject({ status: 'scheduled', published_at: at });

			const justBefore = new Date(at.getTime() - 1);
			expect(await publishedTranslation(t.db, wsm, 'nl', { entryId: a.entryId }, justBefore)).toBeUndefined();
			expect(await publishedTranslation(t.db, wsm, 'nl', { entryId: a.entryId }, at)).toMatchObject({
				title: 'Gepland bericht'
			});
			const listed = async (when: Date) =>
				(await listEntries(t.db, wsm, 'nl', { type: 'news', now: when, limit: 100 })).items.map(
					(i) => i.entry_id
				);
			expect(await listed(justBefore)).not.toContain(a.entryId);
			expect(await listed(at)).toContain(a.entryId);

			// After its time, re-saving it (a typo) with the same time is no error.
			const later = new Date(at.getTime() + minute);
			expect(saved(await edit(a.entryId, 'nl', { body: 'Typo hersteld.', now: later })).published_at).toEqual(
				at
			);
		});

		test('published goes live now and keeps its first date; archived and draft are hidden', async () => {
			const now = new Date();
			const a = await create({ title: 'Publiek bericht', now });
			const published = saved(await edit(a.entryId, 'nl', { status: 'published', now }));
			expect(published.published_at).toEqual(now);
			expect(await publishedTranslation(t.db, wsm, 'nl', { entryId: a.entryId })).toBeDefined();

			const later = (minutes: number) => new Date(now.getTime() + minutes * minute);
			saved(await edit(a.entryId, 'nl', { status: 'archived', now: later(1) }));
			expect(await publishedTranslation(t.db, wsm, 'nl', { entryId: a.entryId })).toBeUndefined();
			const republished = saved(await edit(a.entryId, 'nl', { status: 'published', now: later(2) }));
			expect(republished.published_at).toEqual(now);

			saved(await edit(a.entryId, 'nl', { status: 'draft', now: later(3) }));
			expect(await publishedTranslation(t.db, wsm, 'nl', { entryId: a.entryId })).toBeUndefined();
			const statuses = (await revisions(t.db, 'wsm', a.translation.id)).map((r) => r.status);
			expect(statuses).toEqual(['draft', 'published', 'archived', 'published', 'draft']);
		});

		test('a cancelled schedule forgets its time; publishing it then goes live now', async () => {
			const now = new Date();
			const a = await create({ title: 'Afgelast', now });
			saved(
				await edit(a.entryId, 'nl', {
					status: 'scheduled',
					publishAt: new Date(now.getTime() + 60 * minute),
					now
				})
			);
			expect(saved(await edit(a.entryId, 'nl', { status: 'draft', now })).published_at).toBeNull();
			const later = new Date(now.getTime() + minute);
			expect(saved(await edit(a.entryId, 'nl', { status: 'published', now: later })).published_at).toEqual(
				later
			);
		});
	});
});
