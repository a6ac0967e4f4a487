// The intranet admin's editing and deleting of announcements and agenda items (issue 8), which
// no one else may do. Staff are signed in without the login page (staff.ts), which has its own tests.
import { expect, test, type Page } from '@playwright/test';
import { dateTimeLocalValue } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import { run, signedInPage, staff, userId } from '@solidair/account/e2e/staff';
import { locale, organisationId, staffHomeDb } from './staff-home.ts';

const db = staffHomeDb();

test('the intranet admin edits an announcement: the form comes prefilled, refused input is kept, the home page shows the change', async ({
	browser,
	baseURL
}) => {
	const title = `Teamvergadering ${run}`;
	const changed = `Teamvergadering verplaatst ${run}`;
	const { id } = await db
		.insertInto('announcements')
		.values({
			title,
			body: 'Om **10 uur**.',
			organisation_id: await organisationId(db, 'wsm'),
			publish_from: new Date(Date.now() - 60_000),
			created_by: await userId(db, staff.marie)
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	const { context, page } = await signedInPage(db, browser, baseURL, staff.marie);
	await page.goto(`/${locale}/announcements`);
	await page
		.getByRole('article')
		.filter({ has: page.getByRole('heading', { name: title, exact: true }) })
		.getByRole('link', { name: `${m.staff_edit({}, { locale })} (${title})` })
		.click();
	await expect(page).toHaveURL(`/${locale}/announcements/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.staff_announcement_edit({}, { locale }));
	const field = (label: string) => page.getByLabel(label);
	await expect(field(m.staff_field_title({}, { locale }))).toHaveValue(title);
	await expect(field(m.staff_field_body({}, { locale }))).toHaveValue('Om **10 uur**.');
	await expect(field(m.staff_field_audience({}, { locale }))).toHaveValue('wsm');
	await expect(field(m.staff_field_pinned({}, { locale }))).not.toBeChecked();
	await expect(field(m.staff_field_publish_from({}, { locale }))).not.toHaveValue('');
	await expectAccessible(page);

	// No title: a 400 with the message at its field, the rest as typed, nothing stored.
	const save = page.getByRole('button', { name: m.staff_save({}, { locale }) });
	await field(m.staff_field_title({}, { locale })).fill('');
	await field(m.staff_field_body({}, { locale })).fill('Om **11 uur**, in zaal 2.');
	await field(m.staff_field_audience({}, { locale })).selectOption('all');
	const refused = page.waitForResponse((r) => r.request().method() === 'POST');
	await save.click();
	expect((await refused).status()).toBe(400);
	await expect(page.locator('#title-error')).toContainText(m.field_required({}, { locale }));
	await expect(
		page.getByRole('region', { name: m.form_errors_title({}, { locale }) }).getByRole('link')
	).toHaveText([m.field_required({}, { locale })]);
	await expect(field(m.staff_field_body({}, { locale }))).toHaveValue('Om **11 uur**, in zaal 2.');
	await expect(field(m.staff_field_audience({}, { locale }))).toHaveValue('all');
	await expectAccessible(page);
	expect(
		await db.selectFrom('announcements').select('title').where('id', '=', id).executeTakeFirstOrThrow()
	).toEqual({ title });

	// For all staff now, pinned, published from now on: first on a FOS editor's home page.
	await field(m.staff_field_title({}, { locale })).fill(changed);
	await field(m.staff_field_pinned({}, { locale })).check();
	await field(m.staff_field_publish_from({}, { locale })).fill('');
	await save.click();
	await expect(page).toHaveURL(`/${locale}/announcements?done=saved`);
	await expect(page.getByText(m.staff_announcement_saved({}, { locale }))).toBeVisible();
	await expect(page.getByRole('heading', { name: changed, exact: true })).toBeVisible();
	await expectAccessible(page);

	const tom = await signedInPage(db, browser, baseURL, staff.tom);
	await tom.page.goto(`/${locale}`);
	const announcements = tom.page.getByRole('region', { name: m.intranet_announcements({}, { locale }) });
	await expect(announcements.getByRole('heading', { level: 3 }).first()).toHaveText(changed);
	await expect(announcements.getByRole('article').first()).toContainText(m.staff_pinned({}, { locale }));
	await expect(announcements.locator('strong', { hasText: '11 uur' })).toBeVisible();
	await expect(tom.page.getByText(title, { exact: true })).toHaveCount(0);
	// An edit link is for those who may edit: not for Tom.
	await tom.page.goto(`/${locale}/announcements`);
	await expect(tom.page.getByRole('heading', { name: changed, exact: true })).toBeVisible();
	await expect(tom.page.getByRole('link', { name: m.staff_edit({}, { locale }) })).toHaveCount(0);
	await tom.context.close();
	await context.close();
});

test('two admins edit the same announcement: the later save gets a 409 with the other version shown, then saves knowingly', async ({
	browser,
	baseURL
}) => {
	const title = `Nieuwjaarsreceptie ${run}`;
	const { id } = await db
		.insertInto('announcements')
		.values({
			title,
			body: 'Op vrijdag.',
			publish_from: new Date(Date.now() - 60_000),
			created_by: await userId(db, staff.marie)
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	const path = `/${locale}/announcements/${id}`;
	const first = await signedInPage(db, browser, baseURL, staff.marie);
	const second = await signedInPage(db, browser, baseURL, staff.marie);
	await first.page.goto(path);
	await second.page.goto(path);
	const titleField = (page: Page) => page.getByLabel(m.staff_field_title({}, { locale }));
	const save = (page: Page) => page.getByRole('button', { name: m.staff_save({}, { locale }) }).click();
	const stored = () =>
		db
			.selectFrom('announcements')
			.select(['title', 'body', 'version'])
			.where('id', '=', id)
			.executeTakeFirstOrThrow();

	const firstTitle = `Nieuwjaarsreceptie (verplaatst) ${run}`;
	await titleField(first.page).fill(firstTitle);
	await save(first.page);
	await expect(first.page).toHaveURL(`/${locale}/announcements?done=saved`);
	expect(await stored()).toEqual({ title: firstTitle, body: 'Op vrijdag.', version: 2 });

	// The second still counts on version 1: refused, nothing written, what they typed kept.
	const secondTitle = `Nieuwjaarsreceptie (afgelast) ${run}`;
	await titleField(second.page).fill(secondTitle);
	await second.page.getByLabel(m.staff_field_body({}, { locale })).fill('Gaat niet door.');
	const refused = second.page.waitForResponse((r) => r.request().method() === 'POST');
	await save(second.page);
	expect((await refused).status()).toBe(409);
	expect(await stored()).toEqual({ title: firstTitle, body: 'Op vrijdag.', version: 2 });
	const summary = second.page.getByRole('region', { name: m.form_errors_title({}, { locale }) });
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link')).toHaveText([m.staff_conflict_announcement({}, { locale })]);
	const conflict = second.page.getByRole('region', { name: m.staff_conflict_announcement({}, { locale }) });
	await expect(conflict.getByRole('definition').first()).toHaveText(firstTitle);
	await expect(conflict).toContainText('Op vrijdag.');
	await expect(titleField(second.page)).toHaveValue(secondTitle);
	await expect(second.page.getByLabel(m.staff_field_body({}, { locale }))).toHaveValue('Gaat niet door.');
	await expectAccessible(second.page);

	// Saving again, now based on the first's version, replaces it knowingly.
	await save(second.page);
	await expect(second.page).toHaveURL(`/${locale}/announcements?done=saved`);
	expect(await stored()).toEqual({ title: secondTitle, body: 'Gaat niet door.', version: 3 });

	// A version no form of ours sends: 400, before anything is saved.
	const form = { title: 'Vervalst', body: 'x', audience: 'all', publishFrom: '', expiresAt: '' };
	for (const expectedVersion of [undefined, '', '0', '-1', '2.5', 'drie', '99999999999']) {
		const response = await first.page.request.post(`${path}?/save`, {
			form: expectedVersion === undefined ? form : { ...form, expectedVersion },
			headers: { origin: baseURL! },
			maxRedirects: 0
		});
		expect(response.status(), String(expectedVersion)).toBe(400);
	}
	expect(await stored()).toMatchObject({ title: secondTitle, version: 3 });

	// An agenda item's form alike: saved by another admin (version 2) since this one loaded it.
	const startsAt = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 4 * 24 * 3_600_000);
	const { id: event } = await db
		.insertInto('staff_events')
		.values({
			title: `Vorming ${run}`,
			starts_at: startsAt,
			ends_at: new Date(startsAt.getTime() + 3_600_000),
			created_by: await userId(db, staff.marie)
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	await second.page.goto(`/${locale}/agenda/${event}`);
	const theirs = `Vorming (in Gent) ${run}`;
	await db.updateTable('staff_events').set({ title: theirs, version: 2 }).where('id', '=', event).execute();
	await titleField(second.page).fill(`Vorming (online) ${run}`);
	const refusedEvent = second.page.waitForResponse((r) => r.request().method() === 'POST');
	await save(second.page);
	expect((await refusedEvent).status()).toBe(409);
	const eventConflict = second.page.getByRole('region', { name: m.staff_conflict_event({}, { locale }) });
	await expect(eventConflict.getByRole('definition').first()).toHaveText(theirs);
	await expect(titleField(second.page)).toHaveValue(`Vorming (online) ${run}`);
	await expectAccessible(second.page);
	expect(
		await db
			.selectFrom('staff_events')
			.select(['title', 'version'])
			.where('id', '=', event)
			.executeTakeFirstOrThrow()
	).toEqual({ title: theirs, version: 2 });
	await first.context.close();
	await second.context.close();
});

test('the intranet admin deletes an agenda item after ticking the confirmation: gone from the agenda and its .ics', async ({
	browser,
	baseURL
}) => {
	const title = `Personeelsvergadering ${run}`;
	// Whole minutes, as a datetime-local field holds them.
	const startsAt = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 2 * 24 * 3_600_000);
	const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
	const { id } = await db
		.insertInto('staff_events')
		.values({
			title,
			description: 'Jaarlijkse vergadering',
			starts_at: startsAt,
			ends_at: endsAt,
			place: 'Brussel',
			created_by: await userId(db, staff.marie)
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	const { context, page } = await signedInPage(db, browser, baseURL, staff.marie);
	const ics = async () => (await page.request.get(`/${locale}/agenda.ics`)).text();
	expect(await ics()).toContain(`SUMMARY:${title}`);
	await page.goto(`/${locale}/agenda`);
	await page.getByRole('link', { name: `${m.staff_edit({}, { locale })} (${title})` }).click();
	await expect(page).toHaveURL(`/${locale}/agenda/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.staff_event_edit({}, { locale }));
	await expect(page.getByLabel(m.staff_field_title({}, { locale }))).toHaveValue(title);
	await expect(page.getByLabel(m.staff_field_starts({}, { locale }))).toHaveValue(
		dateTimeLocalValue(startsAt)
	);
	await expect(page.getByLabel(m.staff_field_ends({}, { locale }))).toHaveValue(dateTimeLocalValue(endsAt));
	await expect(page.getByLabel(m.staff_field_place({}, { locale }))).toHaveValue('Brussel');
	await expect(page.getByLabel(m.staff_field_audience({}, { locale }))).toHaveValue('all');
	await expectAccessible(page);

	// Not ticked: a 400 that says so, and the item stays.
	const remove = page.getByRole('button', { name: m.staff_delete_submit({}, { locale }) });
	const refused = page.waitForResponse((r) => r.request().method() === 'POST');
	await remove.click();
	expect((await refused).status()).toBe(400);
	await expect(page.locator('#confirm-error')).toContainText(m.staff_delete_confirm_missing({}, { locale }));
	await expectAccessible(page);
	expect(await db.selectFrom('staff_events').select('id').where('id', '=', id).execute()).toHaveLength(1);

	await page.getByLabel(m.staff_delete_confirm({}, { locale })).check();
	await remove.click();
	await expect(page).toHaveURL(`/${locale}/agenda?done=deleted`);
	await expect(page.getByText(m.staff_event_deleted({}, { locale }))).toBeVisible();
	await expect(page.getByText(title)).toHaveCount(0);
	await expectAccessible(page);
	expect(await ics()).not.toContain(title);
	expect(await db.selectFrom('staff_events').select('id').where('id', '=', id).execute()).toEqual([]);
	// Its page is gone too.
	expect((await page.request.get(`/${locale}/agenda/${id}`)).status()).toBe(404);
	await context.close();
});

test('edit pages: 404 for staff who may not edit (page and forged posts), and for ids that name nothing', async ({
	browser,
	baseURL
}) => {
	const marie = await userId(db, staff.marie);
	const announcementTitle = `Niet voor jou ${run}`;
	const { id: announcement } = await db
		.insertInto('announcements')
		.values({ title: announcementTitle, body: 'Alleen admins bewerken.', created_by: marie })
		.returning('id')
		.executeTakeFirstOrThrow();
	const eventTitle = `Niet te wissen ${run}`;
	const startsAt = new Date(Date.now() + 3 * 24 * 3_600_000);
	const { id: event } = await db
		.insertInto('staff_events')
		.values({
			title: eventTitle,
			starts_at: startsAt,
			ends_at: new Date(startsAt.getTime() + 3_600_000),
			created_by: marie
		})
		.returning('id')
		.executeTakeFirstOrThrow();

	// An, a WSM editor without admin rights, sees both but may change neither.
	const an = await signedInPage(db, browser, baseURL, staff.an);
	await an.page.goto(`/${locale}/announcements`);
	await expect(an.page.getByRole('heading', { name: announcementTitle })).toBeVisible();
	await expect(an.page.getByRole('link', { name: m.staff_edit({}, { locale }) })).toHaveCount(0);
	await an.page.goto(`/${locale}/agenda`);
	await expect(an.page.getByRole('heading', { name: eventTitle })).toBeVisible();
	await expect(an.page.getByRole('link', { name: m.staff_edit({}, { locale }) })).toHaveCount(0);
	const response = await an.page.goto(`/${locale}/announcements/${announcement}`);
	expect(response?.status()).toBe(404);
	await expect(an.page.getByLabel(m.staff_field_title({}, { locale }))).toHaveCount(0);
	expect((await an.page.request.get(`/${locale}/agenda/${event}`)).status()).toBe(404);
	const post = (path: string, form: Record<string, string>) =>
		an.page.request.post(path, { form, headers: { origin: baseURL! }, maxRedirects: 0 });
	for (const [path, form] of [
		[
			`/${locale}/announcements/${announcement}?/save`,
			{ title: 'Vervalst', body: 'x', audience: 'all', publishFrom: '', expiresAt: '' }
		],
		[`/${locale}/announcements/${announcement}?/delete`, { confirm: 'on' }],
		[
			`/${locale}/agenda/${event}?/save`,
			{ title: 'Vervalst', audience: 'all', startsAt: '2099-01-01T10:00', endsAt: '2099-01-01T11:00' }
		],
		[`/${locale}/agenda/${event}?/delete`, { confirm: 'on' }],
		// Refused input too: permission is asked first.
		[`/${locale}/announcements/${announcement}?/save`, { title: '' }]
	] as const) {
		expect((await post(path, form)).status(), path).toBe(404);
	}
	expect(
		await db.selectFrom('announcements').select('title').where('id', '=', announcement).execute()
	).toEqual([{ title: announcementTitle }]);
	expect(await db.selectFrom('staff_events').select('title').where('id', '=', event).execute()).toEqual([
		{ title: eventTitle }
	]);
	await an.context.close();

	// The admin: 404 for an id that names nothing, well-formed or not.
	const admin = await signedInPage(db, browser, baseURL, staff.marie);
	for (const path of [
		`/${locale}/announcements/${crypto.randomUUID()}`,
		`/${locale}/announcements/not-an-id`,
		`/${locale}/agenda/${crypto.randomUUID()}`,
		`/${locale}/agenda/${event}x`
	]) {
		expect((await admin.page.request.get(path)).status(), path).toBe(404);
	}
	expect(
		(
			await admin.page.request.post(`/${locale}/agenda/not-an-id?/delete`, {
				form: { confirm: 'on' },
				headers: { origin: baseURL! }
			})
		).status()
	).toBe(404);
	await admin.context.close();
});
