// The home page staff compose (`home_blocks`) and its lead: stored per site and language, read
// back in order, and the lead falling back from the chosen entry to the latest campaign, then to
// the latest news item with a picture.
import { describe, expect, inject, test } from 'vitest';
import type { HomeBlock } from '../input/home.ts';
import type { EntryType, Locale } from '../schema.ts';
import { editingDatabase, minute, wsm } from './editing/fixture.ts';
import { isLeadCandidate, leadCandidates, leadStory, saveHomeBlocks, storedHomeBlocks } from './home.ts';

describe.each(inject('databases'))('the home page of a site on $name', ({ adminUrl }) => {
	const { t } = editingDatabase(adminUrl);
	const t0 = new Date();
	const at = (minutes: number) => new Date(t0.getTime() + minutes * minute);

	async function entry(
		type: EntryType,
		title: string,
		options: { siteId?: string; locale?: Locale; published?: Date | null; image?: boolean } = {}
	): Promise<string> {
		const siteId = options.siteId ?? 'wsm';
		const imageId = options.image
			? (
					await t.db
						.insertInto('media')
						.values({
							site_id: siteId,
							storage_key: `k-${title}`,
							filename: 'a.jpg',
							mime_type: 'image/jpeg',
							byte_size: 10
						})
						.returning('id')
						.executeTakeFirstOrThrow()
				).id
			: null;
		const { id } = await t.db
			.insertInto('entries')
			.values({
				site_id: siteId,
				type,
				source_locale: 'nl',
				image_id: imageId,
				section: type === 'campaign' ? 'join' : null
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const published = options.published === undefined ? at(-10) : options.published;
		await t.db
			.insertInto('entry_translations')
			.values({
				entry_id: id,
				site_id: siteId,
				entry_type: type,
				locale: options.locale ?? 'nl',
				slug: title.toLowerCase().replaceAll(' ', '-'),
				title,
				status: published ? 'published' : 'draft',
				published_at: published
			})
			.execute();
		return id;
	}

	const block = (kind: HomeBlock['kind'], enabled = true, extra: Partial<HomeBlock> = {}): HomeBlock => ({
		kind,
		enabled,
		count: null,
		entryId: null,
		...extra
	});

	test('nothing stored reads as undefined; saved blocks come back in order, per language, completed', async () => {
		expect(await storedHomeBlocks(t.db, 'wsm', 'fr')).toBeUndefined();
		const blocks = [block('news', true, { count: 4 }), block('lead'), block('donate', false)];
		await saveHomeBlocks(t.db, 'wsm', 'fr', blocks);
		const stored = await storedHomeBlocks(t.db, 'wsm', 'fr');
		expect(stored?.slice(0, 3)).toEqual(blocks);
		// Every other kind is stored too, switched off, after them.
		expect(stored).toHaveLength(8);
		expect(stored?.slice(3).every((b) => !b.enabled)).toBe(true);
		// Another language and another site are untouched.
		expect(await storedHomeBlocks(t.db, 'wsm', 'nl')).toBeUndefined();
		expect(await storedHomeBlocks(t.db, 'fos', 'fr')).toBeUndefined();
		// Saving again replaces the order.
		await saveHomeBlocks(t.db, 'wsm', 'fr', [block('lead'), block('news', false, { count: 2 })]);
		expect((await storedHomeBlocks(t.db, 'wsm', 'fr'))?.slice(0, 2)).toEqual([
			block('lead'),
			block('news', false, { count: 2 })
		]);
	});

	test('a count outside the bounds is refused by the database too', async () => {
		await expect(saveHomeBlocks(t.db, 'wsm', 'es', [block('news', true, { count: 7 })])).rejects.toThrow();
		expect(await storedHomeBlocks(t.db, 'wsm', 'es')).toBeUndefined();
	});

	test('the lead: the chosen entry, else the latest campaign, else the latest news item with a picture', async () => {
		const site = { ...wsm, id: 'fos' };
		// FOS has nothing yet.
		expect(await leadStory(t.db, site, 'nl', null)).toBeUndefined();
		await entry('news', 'Zonder beeld', { siteId: 'fos', published: at(-1) });
		expect(await leadStory(t.db, site, 'nl', null)).toBeUndefined();
		const pictured = await entry('news', 'Met beeld', { siteId: 'fos', image: true, published: at(-5) });
		expect((await leadStory(t.db, site, 'nl', null))?.entry_id).toBe(pictured);
		const older = await entry('campaign', 'Oude campagne', { siteId: 'fos', published: at(-30) });
		const campaign = await entry('campaign', 'Nieuwe campagne', { siteId: 'fos', published: at(-20) });
		await entry('campaign', 'Nog een ontwerp', { siteId: 'fos', published: null });
		const lead = await leadStory(t.db, site, 'nl', null);
		expect(lead).toMatchObject({ entry_id: campaign, type: 'campaign', section: 'join', fallback: false });
		// A chosen entry wins, even an older one; a chosen entry of another site does not.
		expect((await leadStory(t.db, site, 'nl', older))?.entry_id).toBe(older);
		const wsmNews = await entry('news', 'Van WSM', { image: true });
		expect((await leadStory(t.db, site, 'nl', wsmNews))?.entry_id).toBe(campaign);
		// In French, with nothing translated, the chosen entry stands in with its Dutch text.
		expect(await leadStory(t.db, site, 'fr', older)).toMatchObject({ entry_id: older, fallback: true });
	});

	test('lead candidates are the site’s public campaigns and news in the language, campaigns first', async () => {
		const campaign = await entry('campaign', 'Kandidaat campagne', { published: at(-50) });
		const news = await entry('news', 'Kandidaat nieuws', { published: at(-2) });
		const draft = await entry('news', 'Kandidaat ontwerp', { published: null });
		const event = await entry('event', 'Kandidaat activiteit');
		const candidates = await leadCandidates(t.db, 'wsm', 'nl');
		const ids = candidates.map((c) => c.entryId);
		expect(ids).toContain(campaign);
		expect(ids).toContain(news);
		expect(ids).not.toContain(draft);
		expect(ids).not.toContain(event);
		expect(ids.indexOf(campaign)).toBeLessThan(ids.indexOf(news));
		expect(await isLeadCandidate(t.db, 'wsm', 'nl', news)).toBe(true);
		expect(await isLeadCandidate(t.db, 'wsm', 'nl', draft)).toBe(false);
		expect(await isLeadCandidate(t.db, 'fos', 'nl', news)).toBe(false);
		expect(await isLeadCandidate(t.db, 'wsm', 'fr', news)).toBe(false);
	});
});
