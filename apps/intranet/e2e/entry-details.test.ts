// What an entry's languages share, edited in the intranet's "Details" section: an event made in
// the intranet gets its dates and place and so appears on the WSM agenda; an end before the start
// is refused with the input kept; a news item's main picture is chosen from the media library
// (the picker dialog) and shows on its public page; a page's film (a Vimeo address) becomes a
// player there, and an address that is not a film is refused with the input kept. Staff are
// signed in with a session made in the database.
import { expect, test, type Page } from '@playwright/test';
import { createEntry, saveTranslation } from '@solidair/db/editing';
import { dateTimeLocalValue, languageName, sectionPath } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import { e2eDb, run, signedInPage, staff, userId } from '@solidair/account/e2e/staff';
import { visit, wsmNews } from './editor.ts';

const db = e2eDb();
test.afterAll(() => db.destroy());

const locale = 'nl';
const hour = 3_600_000;

const detailsOf = (page: Page) => page.getByRole('region', { name: m.editing_details({}, { locale }) });

/**
 * Saves the details form; the action's status. With a script the form is enhanced (no reload): the
 * answer is the action's result as JSON, a redirect's status (303) inside.
 */
async function saveDetails(page: Page) {
	const [response] = await Promise.all([
		page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
		detailsOf(page)
			.getByRole('button', { name: m.editing_save_details({}, { locale }) })
			.click()
	]);
	// A refusal keeps its status; a redirect is answered 200, with the redirect inside.
	if (response.status() !== 200) return response;
	const result = (await response.json()) as { type: string; status: number };
	return { status: () => result.status };
}

/**
 * Waits until the edit page has hydrated (its Markdown editors are mounted): a choice made before
 * would be put back to the server's value by hydration.
 */
async function hydrated(page: Page) {
	await expect(page.locator('.cm-content').first()).toBeVisible();
}

test('an event made in the intranet gets its dates and place, and shows on the WSM agenda', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const { page, context } = await signedInPage(db, browser, baseURL, staff.an);

	// A new event: created with its title only, it has no date yet.
	await page.goto(`/${locale}/sites/wsm/entries/new`);
	await page.getByLabel(m.editing_col_type({}, { locale })).selectOption('event');
	const title = `Vormingsdag in Gent ${run}`;
	await page.getByRole('textbox', { name: m.editing_field_title({}, { locale }) }).fill(title);
	await page.getByRole('button', { name: m.editing_create({}, { locale }) }).click();
	await expect(page).toHaveURL(new RegExp(`/${locale}/sites/wsm/entries/[0-9a-f-]{36}\\?created=1$`));
	const editPath = new URL(page.url()).pathname;

	// Its Dutch text, published.
	const dutch = page.getByRole('tabpanel', { name: new RegExp(`^${languageName('nl', locale)}`) });
	await expect(dutch.locator('.cm-content')).toBeVisible();
	const [published] = await Promise.all([
		page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
		dutch.getByRole('button', { name: m.editing_publish_now({}, { locale }) }).click()
	]);
	// The enhanced form's answer: the redirect, as JSON.
	expect(published.status()).toBe(200);
	expect(await published.json()).toMatchObject({ type: 'redirect' });
	await expect(page).toHaveURL(`${editPath}?published=nl`);
	await hydrated(page);

	// Details: an end before the start comes back as a 400 in Dutch, with everything typed kept.
	// Soon: the agenda lists the upcoming events soonest first, so it is on its first page.
	const starts = new Date(Date.now() + hour);
	const startsAt = dateTimeLocalValue(starts);
	const tooEarly = dateTimeLocalValue(new Date(starts.getTime() - 2 * hour));
	const endsAt = dateTimeLocalValue(new Date(starts.getTime() + 3 * hour));
	const place = `Vooruit, Gent ${run}`;
	let details = detailsOf(page);
	await details.getByLabel(m.editing_field_starts_at({}, { locale })).fill(startsAt);
	await details.getByLabel(m.editing_field_ends_at({}, { locale })).fill(tooEarly);
	await details.getByLabel(m.editing_field_place({}, { locale })).fill(place);
	let response = await saveDetails(page);
	expect(response.status()).toBe(400);
	await expect(
		page.getByRole('link', { name: m.editing_error_ends_before_start({}, { locale }) })
	).toBeVisible();
	details = detailsOf(page);
	await expect(details.getByLabel(m.editing_field_starts_at({}, { locale }))).toHaveValue(startsAt);
	await expect(details.getByLabel(m.editing_field_ends_at({}, { locale }))).toHaveValue(tooEarly);
	await expect(details.getByLabel(m.editing_field_place({}, { locale }))).toHaveValue(place);
	await expectAccessible(page);

	// Corrected, it is saved.
	await hydrated(page);
	await details.getByLabel(m.editing_field_ends_at({}, { locale })).fill(endsAt);
	response = await saveDetails(page);
	expect(response.status()).toBe(303);
	await expect(page).toHaveURL(`${editPath}?details#details`);
	await expect(page.getByRole('status')).toHaveText(m.editing_details_saved({}, { locale }));
	await expect(detailsOf(page).getByLabel(m.editing_field_starts_at({}, { locale }))).toHaveValue(startsAt);
	await expectAccessible(page);

	// On the WSM agenda, and its page says where.
	const agenda = await visit(browser, sectionPath('agenda', 'nl'));
	expect(agenda.response?.status()).toBe(200);
	const link = agenda.page.getByRole('link', { name: title });
	await expect(link).toBeVisible();
	await link.click();
	await expect(agenda.page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(agenda.page.getByText(place)).toBeVisible();
	await agenda.close();
	await context.close();
});

test('a main picture chosen from the library shows on the news item’s public page', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(90_000);
	// A published news item of WSM made in the database (creating one has its own test).
	const title = `Nieuws met foto ${run}`;
	const created = await wsmNews(db, title, 'published');
	// One of the seed's pictures in WSM's library (the oldest: no other test deletes it).
	const image = await db
		.selectFrom('media')
		.select(['id', 'filename'])
		.where('site_id', '=', 'wsm')
		.where('width', 'is not', null)
		.orderBy('created_at')
		.orderBy('id')
		.executeTakeFirstOrThrow();

	const { page, context } = await signedInPage(db, browser, baseURL, staff.an);
	await page.goto(`/${locale}/sites/wsm/entries/${created.entryId}`);
	await hydrated(page);
	const details = detailsOf(page);
	// Chosen in the library's grid, in a dialog (media-library.test.ts tests the picker itself).
	await details.getByRole('link', { name: m.editing_image_choose({}, { locale }) }).click();
	const picker = page.getByRole('dialog', { name: m.media_pick_title({}, { locale }) });
	await picker.getByLabel(m.media_search({}, { locale })).fill(image.filename);
	await picker.getByRole('button', { name: m.media_search_submit({}, { locale }) }).click();
	await picker
		.getByRole('button', { name: m.media_pick_image({ name: image.filename }, { locale }) })
		.first()
		.click();
	const response = await saveDetails(page);
	expect(response.status()).toBe(303);
	await expect(page.getByRole('status')).toHaveText(m.editing_details_saved({}, { locale }));
	await expect(detailsOf(page).locator('input[type="hidden"][name="image"]')).toHaveValue(image.id);
	// The current picture is shown beside the choice.
	await expect(
		detailsOf(page).locator(`img[srcset*="/media/${image.id}/"], source[srcset*="/media/${image.id}/"]`)
	).not.toHaveCount(0);
	await expectAccessible(page);
	await context.close();

	const news = await visit(browser, `${sectionPath('news', 'nl')}/${created.slug}`);
	expect(news.response?.status()).toBe(200);
	await expect(news.page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(
		news.page.locator(`img[srcset*="/media/${image.id}/"], source[srcset*="/media/${image.id}/"]`)
	).not.toHaveCount(0);
	await news.close();
});

test('before the edit page’s scripts run, choosing a picture leads to the picker page', async ({
	browser,
	baseURL
}) => {
	const { page, context } = await signedInPage(db, browser, baseURL, staff.an);
	const created = await createEntry(db, {
		siteId: 'wsm',
		type: 'news',
		sourceLocale: 'nl',
		title: `Vroege keuze ${run}`,
		body: 'Tekst.',
		userId: await userId(db, staff.an)
	});
	if (created.kind !== 'created') throw new Error(created.kind);
	// The page's scripts are held back, as on a slow line: the link works as it does without them.
	await page.route('**/_app/immutable/**/*.js', () => undefined);
	await page.goto(`/${locale}/sites/wsm/entries/${created.entryId}`, { waitUntil: 'domcontentloaded' });
	await detailsOf(page)
		.getByRole('link', { name: m.editing_image_choose({}, { locale }) })
		.click();
	await expect(page).toHaveURL(new RegExp(`/${locale}/sites/wsm/media/pick\\?for=${created.entryId}&`));
	await context.close();
});

test('a film set in the details shows as a player on the public page; an address that is not one is refused, kept', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(90_000);
	// A published page of WSM made in the database (creating one has its own test).
	const user = await userId(db, staff.an);
	const title = `Pagina met film ${run}`;
	const created = await createEntry(db, {
		siteId: 'wsm',
		type: 'page',
		section: 'about',
		sourceLocale: 'nl',
		title,
		body: 'Een alinea.',
		userId: user
	});
	if (created.kind !== 'created') throw new Error(`not created: ${created.kind}`);
	const published = await saveTranslation(db, {
		siteId: 'wsm',
		entryId: created.entryId,
		locale: 'nl',
		expectedVersion: created.translation.version,
		title,
		summary: '',
		body: 'Een alinea.',
		status: 'published',
		userId: user
	});
	if (published.kind !== 'saved') throw new Error(`not published: ${published.kind}`);
	const publicPath = `${sectionPath('about', 'nl')}/${published.translation.slug}`;
	const film = 'https://vimeo.com/76979871';

	const { page, context } = await signedInPage(db, browser, baseURL, staff.an);
	await page.goto(`/${locale}/sites/wsm/entries/${created.entryId}`);
	await hydrated(page);
	const field = () => detailsOf(page).getByLabel(m.editing_field_video({}, { locale }));
	await expect(field()).toHaveValue('');

	// Not a video's address: a 400 with the reason in Dutch at the field, what was typed kept.
	await field().fill('https://example.org/x');
	let response = await saveDetails(page);
	expect(response.status()).toBe(400);
	await expect(page.getByRole('link', { name: m.editing_error_video({}, { locale }) })).toBeVisible();
	await expect(field()).toHaveValue('https://example.org/x');
	await expect(field()).toHaveAccessibleDescription(
		new RegExp(escape(m.editing_error_video({}, { locale })))
	);
	await expectAccessible(page);
	expect(
		(
			await db
				.selectFrom('entries')
				.select('video_url')
				.where('id', '=', created.entryId)
				.executeTakeFirstOrThrow()
		).video_url
	).toBeNull();

	// A Vimeo address is saved and shown back.
	await hydrated(page);
	await field().fill(film);
	response = await saveDetails(page);
	expect(response.status()).toBe(303);
	await expect(page.getByRole('status')).toHaveText(m.editing_details_saved({}, { locale }));
	await expect(field()).toHaveValue(film);

	// The public page shows it after the text: a player named after the page, which loads nothing
	// from Vimeo before the visitor follows its play link.
	let site = await visit(browser, publicPath);
	expect(site.response?.status()).toBe(200);
	const video = site.page.locator('#video-1');
	await expect(video.getByText(m.video_entry_title({ title }, { locale }))).toBeVisible();
	await expect(video.getByRole('link', { name: m.video_play({}, { locale }) })).toHaveAttribute(
		'href',
		'?video=1#video-1'
	);
	await expect(
		video.getByRole('link', { name: m.video_link({ provider: 'Vimeo' }, { locale }) })
	).toHaveAttribute('href', film);
	await expect(site.page.locator('iframe')).toHaveCount(0);
	await site.close();

	// Emptied, the page has no player again.
	await hydrated(page);
	await field().fill('');
	response = await saveDetails(page);
	expect(response.status()).toBe(303);
	await expect(page.getByRole('status')).toHaveText(m.editing_details_saved({}, { locale }));
	await context.close();
	site = await visit(browser, publicPath);
	expect(site.response?.status()).toBe(200);
	await expect(site.page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(site.page.locator('[id^="video-"]')).toHaveCount(0);
	await site.close();
});

/** Text as a regular expression that matches it literally. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
