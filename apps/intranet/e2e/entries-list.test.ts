// The entries list as a communication officer uses it: search by a word of a French title, "no
// French yet", sorted by title, all as one GET form (so also without JavaScript, and bookmarkable);
// at 1366 and 390 px nothing scrolls sideways or is cut off, and axe finds nothing.
import { expect, test, type Page } from '@playwright/test';
import { createEntry, saveTranslation } from '@solidair/db/editing';
import { languageName } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import { e2eDb, run, signedInPage, signIn, staff, userId } from '@solidair/account/e2e/staff';

const db = e2eDb();
const locale = 'nl';
const list = `/${locale}/sites/wsm/entries`;
// This file's entries, created in this order (so that the latest change first is not the titles'
// order) and marked: no other test's entries have the mark (they share `run`).
const mark = `Lijst ${run}`;
const titles = { bravo: `${mark} Bravo`, charlie: `${mark} Charlie`, alfa: `${mark} Alfa` };
const frenchTitle = `Les syndicats béninois s’organisent ${run}`;
const ids: Record<keyof typeof titles, string> = { bravo: '', charlie: '', alfa: '' };

test.beforeAll(async () => {
	const author = await userId(db, staff.an);
	for (const name of ['bravo', 'charlie', 'alfa'] as const) {
		const made = await createEntry(db, {
			siteId: 'wsm',
			type: 'news',
			sourceLocale: 'nl',
			title: titles[name],
			userId: author
		});
		if (made.kind !== 'created') throw new Error(`not created: ${made.kind}`);
		ids[name] = made.entryId;
	}
	// Alfa and Charlie in French; Bravo has no French yet.
	for (const [name, title] of [
		['alfa', frenchTitle],
		['charlie', `Charlie en français ${run}`]
	] as const) {
		const saved = await saveTranslation(db, {
			siteId: 'wsm',
			entryId: ids[name],
			locale: 'fr',
			expectedVersion: 0,
			title,
			summary: '',
			body: '',
			status: 'draft',
			userId: author
		});
		if (saved.kind !== 'saved') throw new Error(`not saved: ${saved.kind}`);
	}
});

test.afterAll(async () => {
	const made = Object.values(ids).filter(Boolean);
	if (made.length > 0) await db.deleteFrom('entries').where('id', 'in', made).execute();
	await db.destroy();
});

/** The titles of the list's rows, in order. */
const rowTitles = (page: Page) => page.getByRole('table').getByRole('rowheader');

test('search by a French title word, "French missing" without JavaScript, sort by title', async ({
	browser,
	baseURL
}) => {
	const { context, page } = await signedInPage(db, browser, baseURL, staff.an);
	try {
		// A word of the French title finds the entry, shown by its Dutch (source) title.
		await page.goto(list);
		await page.getByLabel(m.editing_search({}, { locale })).fill(`béninois ${run}`);
		await page.getByRole('button', { name: m.filter_apply({}, { locale }) }).click();
		await expect(rowTitles(page)).toHaveText([titles.alfa]);
		// Each language links to the editor on that language, its state in words.
		const french = page.getByRole('row', { name: new RegExp(titles.alfa) }).getByRole('link', {
			name: m.editing_language_state(
				{ language: languageName('fr', locale), state: m.editing_status_draft({}, { locale }) },
				{ locale }
			)
		});
		await expect(french).toHaveAttribute('href', `${list}/${ids.alfa}?lang=fr`);

		// Sorted by title, both ways; the order is in the address and kept by the form.
		await page.goto(`${list}?q=${mark}`);
		// The latest change first: Charlie's French was saved last.
		await expect(rowTitles(page)).toHaveText([titles.charlie, titles.alfa, titles.bravo]);
		const sort = page.getByLabel(m.editing_sort({}, { locale }));
		await sort.selectOption('title-asc');
		await page.getByRole('button', { name: m.filter_apply({}, { locale }) }).click();
		await expect(page).toHaveURL(new RegExp(`sort=title-asc`));
		await expect(rowTitles(page)).toHaveText([titles.alfa, titles.bravo, titles.charlie]);
		await expect(sort).toHaveValue('title-asc');
		await page.goto(`${list}?q=${mark}&sort=title-desc`);
		await expect(rowTitles(page)).toHaveText([titles.charlie, titles.bravo, titles.alfa]);
	} finally {
		await context.close();
	}

	// No JavaScript: the same form, a plain GET: "French" + "missing" lists only Bravo.
	const plain = await browser.newContext({ baseURL, javaScriptEnabled: false });
	try {
		await signIn(db, plain, baseURL, staff.an);
		const page = await plain.newPage();
		await page.goto(`${list}?q=${mark}`);
		await page
			.getByRole('combobox', { name: m.editing_col_language({}, { locale }), exact: true })
			.selectOption('fr');
		await page
			.getByRole('combobox', { name: m.editing_field_status({}, { locale }), exact: true })
			.selectOption('missing');
		await page.getByRole('button', { name: m.filter_apply({}, { locale }) }).click();
		await expect(page).toHaveURL(/language=fr&state=missing/);
		await expect(rowTitles(page)).toHaveText([titles.bravo]);
		await expect(page.getByText(m.list_count({ count: '1' }, { locale }))).toBeVisible();
	} finally {
		await plain.close();
	}
});

test('values no form sends are a 400 in the editor’s language, nothing of the query leaked', async ({
	browser,
	baseURL
}) => {
	const { context, page } = await signedInPage(db, browser, baseURL, staff.an);
	try {
		for (const query of ['state=gone', 'sort=title', 'language=xx', 'page=0', `q=${'x'.repeat(201)}`]) {
			const answer = await page.goto(`${list}?${query}`);
			expect(answer?.status(), query).toBe(400);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				m.error_bad_request_title({}, { locale })
			);
			expect(await page.content()).not.toMatch(/select |entry_translations|at .*\.ts/);
		}
	} finally {
		await context.close();
	}
});

for (const [width, height] of [
	[1366, 800],
	[390, 844]
] as const) {
	test(`at ${width} px the list fits: no sideways scroll, every cell whole, axe finds nothing`, async ({
		browser,
		baseURL
	}) => {
		const { context, page } = await signedInPage(db, browser, baseURL, staff.an);
		try {
			await page.setViewportSize({ width, height });
			// This run's entries and the seeded ones: long titles, scheduled times, all languages.
			for (const path of [`${list}?q=${mark}`, list]) {
				await page.goto(path);
				await expect(rowTitles(page).first()).toBeVisible();
				expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
					true
				);
				const cutOff = await page.evaluate(() =>
					[...document.querySelectorAll('main table tbody :is(th, td)')].flatMap((cell) => {
						const box = cell.getBoundingClientRect();
						const whole =
							box.width > 0 &&
							box.left >= 0 &&
							box.right <= window.innerWidth &&
							cell.scrollWidth <= cell.clientWidth + 1;
						return whole
							? []
							: [`${cell.textContent?.trim()} (${Math.round(box.left)}–${Math.round(box.right)})`];
					})
				);
				expect(cutOff).toEqual([]);
				await expectAccessible(page);
			}
			// Each language's state is there with its name, on the wide table as on a phone's cards.
			const row = page.getByRole('row', { name: new RegExp(titles.bravo) });
			await page.goto(`${list}?q=${mark}`);
			for (const code of ['nl', 'fr', 'en', 'es'] as const) {
				await expect(
					row.getByRole('link', { name: new RegExp(`^${languageName(code, locale)}: `) })
				).toBeVisible();
			}
		} finally {
			await context.close();
		}
	});
}
