// A translation that fell behind its source, and the translation memory: the Dutch text of an item
// changes, its French tab says since when and shows the removed and added words, "still correct"
// takes it off the entries list's "outdated" filter; and a sentence translated before in another
// item is offered in the French tab of the next one that uses it.
import { expect, test, type Page } from '@playwright/test';
import { createEntry, saveTranslation } from '@solidair/db/editing';
import * as m from '@solidair/i18n/messages';
import { e2eDb, run, signIn, staff, userId } from '@solidair/account/e2e/staff';
import {
	bodyField,
	escape,
	expectFits,
	language,
	locale,
	panel,
	tab,
	titleField,
	wsmNews
} from './editor.ts';

const db = e2eDb();
test.afterAll(() => db.destroy());

/** A French translation of an entry, saved in the database. */
async function addFrench(entryId: string, text: { title: string; body: string }) {
	const saved = await saveTranslation(db, {
		siteId: 'wsm',
		entryId,
		locale: 'fr',
		expectedVersion: 0,
		summary: '',
		status: 'draft',
		userId: await userId(db, staff.an),
		...text
	});
	if (saved.kind !== 'saved') throw new Error(saved.kind);
}

/** The titles the entries list shows for French translations that are outdated. */
async function outdatedFrench(page: Page, mark: string) {
	await page.goto(`/${locale}/sites/wsm/entries?q=${encodeURIComponent(mark)}&language=fr&state=outdated`);
	return page.getByRole('table').getByRole('rowheader');
}

test('the Dutch text changes: the French tab shows what changed until it is marked up to date', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(120_000);
	await signIn(db, context, baseURL, staff.an);
	const mark = `Oogst ${run}`;
	const { entryId } = await wsmNews(db, `${mark} in Kasai`, 'draft');
	await addFrench(entryId, { title: `Récolte ${run} au Kasaï`, body: 'Ce qui est en ligne.' });
	const editor = `/${locale}/sites/wsm/entries/${entryId}`;

	// Up to date: no notice, not in the list.
	await expect(await outdatedFrench(page, mark)).toHaveCount(0);
	await page.goto(`${editor}?lang=fr`);
	// The notice, whatever the time it names.
	const since = new RegExp(
		escape(m.editing_outdated_since_by({ name: '@', time: '@' }, { locale })).replace(/@/g, '.+')
	);
	await expect(panel(page, 'fr').getByText(since)).toHaveCount(0);

	// An changes the Dutch title and body.
	await tab(page, 'nl').click();
	await titleField(page, 'nl').fill(`${mark} in Kasai, herzien`);
	await bodyField(page, 'nl').click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.insertText('Wat nu online staat.');
	await panel(page, 'nl')
		.getByRole('button', { name: m.editing_save_draft({}, { locale }) })
		.click();
	await expect(page.getByText(m.editing_done_draft({ language: language('nl') }, { locale }))).toBeVisible();

	// The French tab says since when and by whom, and shows the words that changed.
	await page.goto(`${editor}?lang=fr`);
	const french = panel(page, 'fr');
	const anName = (
		await db
			.selectFrom('users')
			.select('display_name')
			.where('email', '=', staff.an)
			.executeTakeFirstOrThrow()
	).display_name;
	await expect(french.getByText(since)).toContainText(anName);
	const changes = french.getByRole('definition');
	await expect(changes.locator('ins')).toHaveText([
		`${m.editing_word_diff_added({}, { locale })} , herzien ${m.editing_word_diff_end({}, { locale })}`,
		`${m.editing_word_diff_added({}, { locale })} nu ${m.editing_word_diff_end({}, { locale })}`
	]);
	await expect(changes.locator('del')).toHaveCount(0);
	await expect(french.getByText(m.editing_word_diff_legend({}, { locale }))).toBeVisible();
	await expectFits(page, 'an outdated French tab');
	const listed = await outdatedFrench(page, mark);
	await expect(listed).toHaveCount(1);
	await expect(listed).toContainText(`${mark} in Kasai, herzien`);

	// A second change removes words: they show struck through, measured from the translated version.
	await page.goto(editor);
	await bodyField(page, 'nl').click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.insertText('Wat nu staat.');
	await panel(page, 'nl')
		.getByRole('button', { name: m.editing_save_draft({}, { locale }) })
		.click();
	await expect(page.getByText(m.editing_done_draft({ language: language('nl') }, { locale }))).toBeVisible();
	await page.goto(`${editor}?lang=fr`);
	await expect(panel(page, 'fr').getByRole('definition').locator('del')).toHaveText([
		`${m.editing_word_diff_removed({}, { locale })} online ${m.editing_word_diff_end({}, { locale })}`
	]);

	// Still correct: ticked and saved, the notice is gone and the list no longer has it.
	await panel(page, 'fr')
		.getByRole('checkbox', { name: m.editing_mark_up_to_date({}, { locale }) })
		.check();
	await panel(page, 'fr')
		.getByRole('button', { name: m.editing_save_draft({}, { locale }) })
		.click();
	await expect(page.getByText(m.editing_done_draft({ language: language('fr') }, { locale }))).toBeVisible();
	await page.goto(`${editor}?lang=fr`);
	await expect(
		panel(page, 'fr').getByRole('checkbox', { name: m.editing_mark_up_to_date({}, { locale }) })
	).toHaveCount(0);
	await expect(panel(page, 'fr').getByText(since)).toHaveCount(0);
	await expect(await outdatedFrench(page, mark)).toHaveCount(0);
});

test('a sentence translated before on the site is offered in the next item’s French tab', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await signIn(db, context, baseURL, staff.an);
	const an = await userId(db, staff.an);
	const shared = `Coöperatie ${run} verkoopt de koffie zelf.`;
	const first = await createEntry(db, {
		siteId: 'wsm',
		type: 'news',
		sourceLocale: 'nl',
		title: `Koffie ${run}`,
		body: `Boeren werken samen. ${shared}`,
		userId: an
	});
	if (first.kind !== 'created') throw new Error(first.kind);
	const french = `La coopérative ${run} vend elle-même le café.`;
	await addFrench(first.entryId, { title: `Café ${run}`, body: `Les paysans coopèrent. ${french}` });
	const second = await createEntry(db, {
		siteId: 'wsm',
		type: 'news',
		sourceLocale: 'nl',
		title: `Markt ${run}`,
		body: `${shared}\n\nOok in Rwanda.`,
		userId: an
	});
	if (second.kind !== 'created') throw new Error(second.kind);

	await page.goto(`/${locale}/sites/wsm/entries/${second.entryId}?lang=fr`);
	const memory = panel(page, 'fr').getByRole('region', { name: m.editing_memory_title({}, { locale }) });
	await expect(memory.getByText(shared, { exact: true })).toBeVisible();
	await expect(memory.getByText(french, { exact: true })).toBeVisible();
	const link = memory.getByRole('link', {
		name: m.editing_memory_from({ title: `Café ${run}` }, { locale })
	});
	await expect(link).toHaveAttribute('href', `/${locale}/sites/wsm/entries/${first.entryId}?lang=fr`);
	// Nothing else of the first item's matches a sentence of this one.
	await expect(memory.getByRole('listitem')).toHaveCount(2);

	await memory.getByRole('button', { name: m.editing_memory_copy({}, { locale }) }).click();
	await expect(memory.getByRole('status')).toHaveText(m.editing_memory_copied({}, { locale }));
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(french);
	// The button is reached by keyboard.
	await expect(memory.getByRole('button', { name: m.editing_memory_copy({}, { locale }) })).toBeFocused();
});
