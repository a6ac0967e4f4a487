import { describe, expect, inject, test } from 'vitest';
import { publicationFiles } from '../listings.ts';
import { editingDatabase, minute, saved } from './fixture.ts';
import {
	publicationFilesForEditing,
	removePublicationFile,
	setPublicationFile
} from './publication-files.ts';

describe.each(inject('databases'))('editing: publication files on $name', ({ adminUrl }) => {
	const { t, users, create, edit } = editingDatabase(adminUrl);

	test("a publication gets a file per language, in the site's media, and the public listing sees it", async () => {
		const created = await create({ type: 'publication', title: 'Jaarverslag' });
		saved(await edit(created.entryId, 'nl', { status: 'published' }));
		const file = {
			storageKey: 'a'.repeat(64),
			filename: 'jaarverslag.pdf',
			mimeType: 'application/pdf',
			byteSize: 1234
		};
		const base = { siteId: 'wsm', entryId: created.entryId, locale: 'nl', file, userId: users.ana };
		const result = await setPublicationFile(t.db, base);
		if (result.kind !== 'saved') throw new Error(`expected saved, got ${JSON.stringify(result)}`);
		const media = await t.db
			.selectFrom('media')
			.selectAll()
			.where('id', '=', result.mediaId)
			.executeTakeFirstOrThrow();
		expect(media).toMatchObject({ site_id: 'wsm', width: null, height: null, filename: 'jaarverslag.pdf' });
		expect((await publicationFiles(t.db, [created.entryId])).get(created.entryId)).toEqual([
			expect.objectContaining({
				locale: 'nl',
				filename: 'jaarverslag.pdf',
				byte_size: 1234,
				storage_key: file.storageKey
			})
		]);

		// A replacement takes the place of the old file; the same bytes again reuse the media row.
		const replacement = { ...file, storageKey: 'b'.repeat(64), filename: 'jaarverslag-v2.pdf', byteSize: 99 };
		expect(await setPublicationFile(t.db, { ...base, file: replacement })).toMatchObject({ kind: 'saved' });
		expect(await setPublicationFile(t.db, { ...base, locale: 'fr', file: replacement })).toMatchObject({
			kind: 'saved'
		});
		expect(await publicationFilesForEditing(t.db, 'wsm', created.entryId)).toEqual([
			expect.objectContaining({ locale: 'fr', filename: 'jaarverslag-v2.pdf', byte_size: 99 }),
			expect.objectContaining({ locale: 'nl', filename: 'jaarverslag-v2.pdf', byte_size: 99 })
		]);

		// Another site's entry, another type and a locale the site lacks are refused.
		expect(await setPublicationFile(t.db, { ...base, siteId: 'fos', userId: users.ben })).toEqual({
			kind: 'not-found'
		});
		const news = await create({ title: 'Geen publicatie' });
		expect(await setPublicationFile(t.db, { ...base, entryId: news.entryId })).toEqual({ kind: 'not-found' });
		expect(await setPublicationFile(t.db, { ...base, entryId: 'nope' })).toEqual({ kind: 'not-found' });
		expect(await setPublicationFile(t.db, { ...base, locale: 'de' })).toEqual({
			kind: 'invalid',
			field: 'locale',
			reason: 'not-a-site-locale'
		});
		// Bytes another site's library holds (here a draft's file) get a row of this site; theirs is untouched.
		const fosFile = await t.db
			.insertInto('media')
			.values({
				site_id: 'fos',
				storage_key: 'c'.repeat(64),
				filename: 'fos.pdf',
				mime_type: 'application/pdf',
				byte_size: 5
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const same = await setPublicationFile(t.db, {
			...base,
			locale: 'en',
			file: { ...file, storageKey: 'c'.repeat(64) }
		});
		if (same.kind !== 'saved') throw new Error(`expected saved, got ${JSON.stringify(same)}`);
		expect(same.mediaId).not.toBe(fosFile.id);
		expect(
			await t.db
				.selectFrom('media')
				.select(['site_id', 'filename'])
				.where('storage_key', '=', 'c'.repeat(64))
				.orderBy('site_id')
				.execute()
		).toEqual([
			{ site_id: 'fos', filename: 'fos.pdf' },
			{ site_id: 'wsm', filename: 'jaarverslag.pdf' }
		]);
		// Bytes this site has as an image are still refused: one row per site and bytes.
		await t.db
			.insertInto('media')
			.values({
				site_id: 'wsm',
				storage_key: 'd'.repeat(64),
				filename: 'foto.jpg',
				mime_type: 'image/jpeg',
				byte_size: 5,
				width: 10,
				height: 10
			})
			.execute();
		expect(
			await setPublicationFile(t.db, { ...base, file: { ...file, storageKey: 'd'.repeat(64) } })
		).toEqual({
			kind: 'invalid',
			field: 'file',
			reason: 'in-use'
		});
		expect(
			await removePublicationFile(t.db, { siteId: 'wsm', entryId: created.entryId, locale: 'en' })
		).toEqual({ kind: 'removed', storageKeys: [] });

		expect(
			await removePublicationFile(t.db, { siteId: 'fos', entryId: created.entryId, locale: 'fr' })
		).toEqual({
			kind: 'not-found'
		});
		expect(
			await removePublicationFile(t.db, { siteId: 'wsm', entryId: created.entryId, locale: 'fr' })
		).toEqual({
			kind: 'removed',
			storageKeys: []
		});
		expect((await publicationFilesForEditing(t.db, 'wsm', created.entryId)).map((f) => f.locale)).toEqual([
			'nl'
		]);
	});

	test('replacing or removing a publication file answers only the stored bytes no row needs any more', async () => {
		const report = await create({ type: 'publication', title: 'Rapport' });
		const other = await create({ type: 'publication', title: 'Ander rapport' });
		const key = (digit: string) => digit.repeat(64);
		const pdf = (storageKey: string) => ({
			storageKey,
			filename: 'rapport.pdf',
			mimeType: 'application/pdf',
			byteSize: 10
		});
		const set = async (entryId: string, locale: string, storageKey: string) => {
			const result = await setPublicationFile(t.db, {
				siteId: 'wsm',
				entryId,
				locale,
				file: pdf(storageKey),
				userId: users.ana
			});
			if (result.kind !== 'saved') throw new Error(`expected saved, got ${JSON.stringify(result)}`);
			return result.storageKeys;
		};
		const remove = (entryId: string, locale: string, siteId = 'wsm') =>
			removePublicationFile(t.db, { siteId, entryId, locale });
		const mediaWith = async (storageKey: string) =>
			(await t.db.selectFrom('media').select('id').where('storage_key', '=', storageKey).execute()).length;

		// A first file replaces nothing; replacing it frees its bytes and drops its media row.
		expect(await set(report.entryId, 'nl', key('1'))).toEqual([]);
		expect(await set(report.entryId, 'nl', key('1'))).toEqual([]);
		expect(await set(report.entryId, 'nl', key('2'))).toEqual([key('1')]);
		expect(await mediaWith(key('1'))).toBe(0);

		// The same bytes offered in another language and by another publication stay until the last goes.
		expect(await set(report.entryId, 'fr', key('2'))).toEqual([]);
		expect(await set(other.entryId, 'nl', key('2'))).toEqual([]);
		expect(await remove(report.entryId, 'nl')).toEqual({ kind: 'removed', storageKeys: [] });
		expect(await remove(report.entryId, 'fr')).toEqual({ kind: 'removed', storageKeys: [] });
		expect(await mediaWith(key('2'))).toBe(1);
		// Another site cannot remove it, and a language without a file has nothing to remove.
		expect(await remove(other.entryId, 'nl', 'fos')).toEqual({ kind: 'not-found' });
		expect(await remove(other.entryId, 'fr')).toEqual({ kind: 'not-found' });
		expect(await remove(other.entryId, 'nl')).toEqual({ kind: 'removed', storageKeys: [key('2')] });
		expect(await mediaWith(key('2'))).toBe(0);

		// Bytes a portal document also holds are kept (its row stays), though the file's row goes.
		const document = await t.db
			.insertInto('files')
			.values({ scope: 'platform', title: 'Zelfde PDF', created_by: users.ana })
			.returning('id')
			.executeTakeFirstOrThrow();
		await t.db
			.insertInto('file_versions')
			.values({
				file_id: document.id,
				version: 1,
				storage_key: key('3'),
				filename: 'zelfde.pdf',
				mime_type: 'application/pdf',
				byte_size: 10,
				sha256: new Uint8Array(32),
				uploaded_by: users.ana
			})
			.execute();
		expect(await set(report.entryId, 'nl', key('3'))).toEqual([]);
		expect(await remove(report.entryId, 'nl')).toEqual({ kind: 'removed', storageKeys: [] });
		expect(await mediaWith(key('3'))).toBe(0);

		// So are bytes that are also an image's resized copy.
		const image = await t.db
			.insertInto('media')
			.values({
				site_id: 'wsm',
				storage_key: key('4'),
				filename: 'foto.jpg',
				mime_type: 'image/jpeg',
				byte_size: 10,
				width: 800,
				height: 600
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await t.db
			.insertInto('media_variants')
			.values({
				media_id: image.id,
				format: 'jpeg',
				width: 400,
				height: 300,
				storage_key: key('5'),
				byte_size: 10
			})
			.execute();
		expect(await set(report.entryId, 'fr', key('5'))).toEqual([]);
		expect(await set(report.entryId, 'fr', key('6'))).toEqual([]);
		expect(await mediaWith(key('5'))).toBe(0);
		expect(await remove(report.entryId, 'fr')).toEqual({ kind: 'removed', storageKeys: [key('6')] });
		// The image itself is no publication's file: never dropped by these.
		expect(await mediaWith(key('4'))).toBe(1);
	});

	test('a report published by two sites is a file of each: its own row, shared bytes', async () => {
		const wsmReport = await create({ type: 'publication', title: 'Gedeeld rapport' });
		const fosReport = await create({
			type: 'publication',
			title: 'Gedeeld rapport',
			siteId: 'fos',
			userId: users.ben
		});
		const storageKey = 'e'.repeat(64);
		const attach = async (siteId: string, entryId: string, filename: string) => {
			const result = await setPublicationFile(t.db, {
				siteId,
				entryId,
				locale: 'nl',
				file: { storageKey, filename, mimeType: 'application/pdf', byteSize: 10 },
				userId: siteId === 'wsm' ? users.ana : users.ben
			});
			if (result.kind !== 'saved') throw new Error(`expected saved, got ${JSON.stringify(result)}`);
			return result.mediaId;
		};
		const wsmMedia = await attach('wsm', wsmReport.entryId, 'wsm-rapport.pdf');
		const fosMedia = await attach('fos', fosReport.entryId, 'fos-rapport.pdf');
		expect(fosMedia).not.toBe(wsmMedia);
		// The same bytes again in one site reuse its row.
		expect(await attach('fos', fosReport.entryId, 'fos-rapport.pdf')).toBe(fosMedia);
		const rows = await t.db
			.selectFrom('media')
			.select(['id', 'site_id', 'filename'])
			.where('storage_key', '=', storageKey)
			.orderBy('site_id')
			.execute();
		expect(rows).toEqual([
			{ id: fosMedia, site_id: 'fos', filename: 'fos-rapport.pdf' },
			{ id: wsmMedia, site_id: 'wsm', filename: 'wsm-rapport.pdf' }
		]);
		expect(await publicationFilesForEditing(t.db, 'fos', fosReport.entryId)).toEqual([
			expect.objectContaining({ locale: 'nl', filename: 'fos-rapport.pdf' })
		]);

		// Taking it off one site keeps the bytes for the other; the last one frees them.
		expect(
			await removePublicationFile(t.db, { siteId: 'fos', entryId: fosReport.entryId, locale: 'nl' })
		).toEqual({ kind: 'removed', storageKeys: [] });
		expect(
			(await t.db.selectFrom('media').select('id').where('storage_key', '=', storageKey).execute()).map(
				(row) => row.id
			)
		).toEqual([wsmMedia]);
		expect(
			await removePublicationFile(t.db, { siteId: 'wsm', entryId: wsmReport.entryId, locale: 'nl' })
		).toEqual({ kind: 'removed', storageKeys: [storageKey] });
	});

	test("the public list of a publication's files offers only languages whose translation is public now", async () => {
		const now = new Date();
		const created = await create({ type: 'publication', title: 'Jaarrapport' });
		saved(await edit(created.entryId, 'nl', { status: 'published', now }));
		saved(await edit(created.entryId, 'fr', { title: 'Rapport annuel' }));
		for (const [locale, digit] of [
			['nl', '7'],
			['fr', '8']
		] as const) {
			const result = await setPublicationFile(t.db, {
				siteId: 'wsm',
				entryId: created.entryId,
				locale,
				file: {
					storageKey: digit.repeat(64),
					filename: `${locale}.pdf`,
					mimeType: 'application/pdf',
					byteSize: 10
				},
				userId: users.ana
			});
			expect(result).toMatchObject({ kind: 'saved' });
		}
		const offered = async (at: Date) =>
			((await publicationFiles(t.db, [created.entryId], at)).get(created.entryId) ?? []).map((f) => f.locale);

		// The French text is a draft: its file is not offered.
		expect(await offered(now)).toEqual(['nl']);
		// Scheduled: offered from its time on, not before.
		const at = new Date(now.getTime() + 60 * minute);
		saved(await edit(created.entryId, 'fr', { status: 'scheduled', publishAt: at, now }));
		expect(await offered(new Date(at.getTime() - minute))).toEqual(['nl']);
		expect(await offered(at)).toEqual(['fr', 'nl']);
		// Archived: gone again.
		saved(await edit(created.entryId, 'nl', { status: 'archived', now: at }));
		expect(await offered(at)).toEqual(['fr']);
	});
});
