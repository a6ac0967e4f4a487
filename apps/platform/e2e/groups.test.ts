// The members' area as an attacker would try it: script in posts, disguised uploads, guessed ids,
// paths that climb out of the library, and a member of another organisation knocking on doors.
import { expect, test } from '@playwright/test';
import * as m from '@solidair/i18n/messages';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import { randomUUID } from 'node:crypto';
import {
	bolivia,
	e2eDb,
	joinGroup,
	karim,
	locale,
	logInAsMember as logIn,
	pdf,
	run,
	signedIn,
	sophie
} from '@solidair/account/e2e/members';

const group = bolivia;

const png = Buffer.from(
	'89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5e0a2a30000000049454e44ae426082',
	'hex'
);

const xss = [
	'<script>alert("xss-1")</script>',
	'<img src=x onerror="alert(\'xss-2\')">',
	'<svg onload=alert("xss-3")><circle r=1 /></svg>',
	'[klik hier](javascript:alert("xss-4"))',
	'[KLIK](JaVaScRiPt:alert("xss-5"))',
	'<a href="javascript:alert(\'xss-6\')">link</a>',
	'![beeld](javascript:alert("xss-7"))',
	'<iframe src="javascript:alert(\'xss-8\')"></iframe>',
	'&lt;script&gt;alert("xss-9")&lt;/script&gt; &#x3C;img src=x onerror=alert(10)&#x3E;',
	'<details open ontoggle=alert("xss-11")>',
	'"><body onload=alert("xss-12")>',
	'`<b>code</b>` [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'
];

test('a member joins a group and starts a thread of script payloads: shown as text, nothing runs', async ({
	page
}) => {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	await logIn(page, karim.email);
	await page.goto(`/${locale}/groups`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.area_groups({}, { locale }));
	await expectAccessible(page);
	await joinGroup(page);
	await expectAccessible(page);

	const title = `<script>alert("title")</script><img src=x onerror=alert(0)> ${run}`;
	await page.getByLabel(m.thread_title({}, { locale })).fill(title);
	await page.getByLabel(m.thread_body({}, { locale })).fill(xss.join('\n\n'));
	await page.getByRole('button', { name: m.thread_submit({}, { locale }) }).click();
	await expect(page).toHaveURL(new RegExp(`/${locale}/groups/${group.slug}/threads/[0-9a-f-]{36}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	const post = page.locator('.posts li').first();
	await expect(post).toContainText('<script>alert("xss-1")</script>');
	await expect(post).toContainText('<img src=x onerror=');
	await expect(post).toContainText('<svg onload=');
	// Nothing injected: no element the payloads would make, no link to a script.
	const main = page.locator('main, body').first();
	for (const selector of [
		'.posts script',
		'.posts img',
		'.posts svg',
		'.posts iframe',
		'.posts details',
		'h1 *'
	]) {
		await expect(main.locator(selector)).toHaveCount(0);
	}
	const hrefs = await page
		.locator('.posts a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	expect(hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href))).toEqual([]);
	await expect(page.locator('.posts code')).toHaveText('<b>code</b>');
	await expectAccessible(page);

	await page
		.getByLabel(m.thread_body({}, { locale }))
		.fill(`**Antwoord** ${run} <img src=x onerror=alert(13)>`);
	await page.getByRole('button', { name: m.thread_reply_submit({}, { locale }) }).click();
	await expect(page.locator('.posts li')).toHaveCount(2);
	await expect(page.locator('.posts li').nth(1).locator('strong')).toHaveText('Antwoord');
	await expect(page.locator('.posts img')).toHaveCount(0);

	// An empty reply: a 400 in Dutch, nothing posted.
	await page.getByRole('button', { name: m.thread_reply_submit({}, { locale }) }).click();
	await expect(page.getByRole('heading', { name: m.form_errors_title({}, { locale }) })).toBeVisible();
	await expect(page.locator('#body-error')).toContainText(m.field_required({}, { locale }));
	await expect(page.locator('.posts li')).toHaveCount(2);

	// The thread is listed on the group page, newest activity first, still as text.
	await page.goto(`/${locale}/groups/${group.slug}`);
	await expect(page.getByRole('link', { name: title })).toBeVisible();
	await page.waitForTimeout(300);
	expect(dialogs).toEqual([]);
});

test('files: an upload comes back byte for byte, disguised files are refused, others get 404', async ({
	page,
	browser,
	baseURL
}) => {
	const db = e2eDb(1);
	try {
		const started = new Date(Date.now() - 1000);
		await logIn(page, karim.email);
		await joinGroup(page);
		await page.goto(`/${locale}/files`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.area_files({}, { locale }));
		await expectAccessible(page);

		// A PNG named report.pdf and an HTML page named notes.txt: refused in Dutch, nothing stored.
		const disguised = [
			{ name: 'report.pdf', mimeType: 'application/pdf', buffer: png, extension: 'pdf' },
			{
				name: 'notes.txt',
				mimeType: 'text/plain',
				buffer: Buffer.from('<!DOCTYPE html><script>alert(1)</script>'),
				extension: 'txt'
			}
		];
		for (const file of disguised) {
			const title = `Vermomd ${file.name} ${run}`;
			await page.getByLabel(m.files_col_title({}, { locale })).fill(title);
			await page.locator('input#file').setInputFiles(file);
			await page.getByLabel(m.files_field_scope({}, { locale })).selectOption({
				label: m.files_scope_group({ name: group.name }, { locale })
			});
			await page.getByRole('button', { name: m.files_upload_submit({}, { locale }) }).click();
			await expect(page.locator('#file-error')).toContainText(
				m.files_error_mismatch({ extension: file.extension }, { locale })
			);
			await expect(page.getByLabel(m.files_col_title({}, { locale }))).toHaveValue(title);
			await expectAccessible(page);
			expect(await db.selectFrom('files').select('id').where('title', '=', title).execute()).toEqual([]);
		}

		// A real PDF, for the group.
		const first = pdf(`Verslag ${run}`);
		const title = `Verslag ${run}`;
		await page.getByLabel(m.files_col_title({}, { locale })).fill(title);
		await page
			.locator('input#file')
			.setInputFiles({ name: `verslag ${run}.pdf`, mimeType: 'application/pdf', buffer: first });
		await page.getByLabel(m.files_field_scope({}, { locale })).selectOption({
			label: m.files_scope_group({ name: group.name }, { locale })
		});
		await page.getByRole('button', { name: m.files_upload_submit({}, { locale }) }).click();
		// Back on the library (post/redirect/get), which says what was added, with a link to it.
		await expect(page).toHaveURL(/\/nl\/files\?added=[0-9a-f-]{36}$/);
		const notice = page.getByRole('status');
		await expect(notice).toHaveText(m.files_added({ title }, { locale }));
		await expectAccessible(page);
		await notice.getByRole('link', { name: title }).click();
		await expect(page).toHaveURL(/\/nl\/files\/[0-9a-f-]{36}$/);
		const fileId = page.url().split('/').at(-1)!;
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(page.getByRole('status')).toHaveCount(0);
		await expectAccessible(page);

		const download = await page.request.get(`/${locale}/files/${fileId}/v/1`);
		expect(download.status()).toBe(200);
		expect(download.headers()['content-type']).toBe('application/pdf');
		expect(download.headers()['x-content-type-options']).toBe('nosniff');
		expect(download.headers()['content-disposition']).toMatch(
			/^attachment; filename="verslag [a-z0-9]+\.pdf"; filename\*=UTF-8''verslag%20/
		);
		expect(Buffer.compare(await download.body(), first)).toBe(0);

		// A new version appears in the list, and is the one downloaded as version 2.
		const second = pdf(`Verslag ${run} v2`);
		await page
			.locator('input#file')
			.setInputFiles({ name: 'verslag-v2.pdf', mimeType: 'application/pdf', buffer: second });
		await page.getByRole('button', { name: m.file_new_version({}, { locale }) }).click();
		await expect(page.getByRole('status')).toHaveText(m.files_version_added({}, { locale }));
		await expect(
			page.getByRole('link', {
				name: m.file_download({ filename: 'verslag-v2.pdf', version: '2' }, { locale })
			})
		).toBeVisible();
		expect(
			Buffer.compare(await (await page.request.get(`/${locale}/files/${fileId}/v/2`)).body(), second)
		).toBe(0);

		// Paths that try to climb out of the library.
		for (const path of [
			`/${locale}/files/${fileId}/v/..%2F..%2Fetc%2Fpasswd`,
			`/${locale}/files/..%2F..%2F/v/1`,
			`/${locale}/files/${fileId}/v/0`,
			`/${locale}/files/${fileId}/v/1e3`,
			`/${locale}/files/${fileId}/v/99`
		]) {
			const response = await page.request.get(path);
			expect(response.status(), path).toBe(404);
			expect(await response.text()).not.toContain('root:');
		}

		// A member of another organisation, not in the group: 404 everywhere, as for what does not exist.
		const other = await signedIn(browser, baseURL, sophie.email);
		try {
			for (const path of [
				`/${locale}/files/${fileId}`,
				`/${locale}/files/${fileId}/v/1`,
				`/${locale}/files/${randomUUID()}`,
				`/${locale}/files/${randomUUID()}/v/1`,
				`/${locale}/files/not-a-uuid`
			]) {
				const response = await other.page.goto(path);
				expect(response?.status(), path).toBe(404);
			}
			await expect(other.page.getByText(title)).toHaveCount(0);
			await other.page.goto(`/${locale}/files`);
			await expect(other.page.getByText(title)).toHaveCount(0);
			// The group page shows what the group is and how to join, not its work.
			await other.page.goto(`/${locale}/groups/${group.slug}`);
			await expect(
				other.page.getByRole('button', { name: m.groups_join({ name: group.name }, { locale }) })
			).toBeVisible();
			await expect(other.page.getByRole('heading', { name: m.groups_threads({}, { locale }) })).toHaveCount(
				0
			);
			await expectAccessible(other.page);

			// Forged posts with a guessed group id: a new version, an upload to the group, a thread.
			const { id: groupId } = await db
				.selectFrom('working_groups')
				.select('id')
				.where('slug', '=', group.slug)
				.executeTakeFirstOrThrow();
			const origin = new URL(baseURL!).origin;
			const forged = [
				other.page.request.post(`/${locale}/files/${fileId}?/version`, {
					headers: { origin },
					multipart: { file: { name: 'x.pdf', mimeType: 'application/pdf', buffer: pdf(`forged ${run}`) } }
				}),
				other.page.request.post(`/${locale}/files?/upload`, {
					headers: { origin },
					multipart: {
						title: `Forged ${run}`,
						scope: `group:${groupId}`,
						file: { name: 'x.pdf', mimeType: 'application/pdf', buffer: pdf(`forged2 ${run}`) }
					}
				}),
				other.page.request.post(`/${locale}/groups/${group.slug}?/thread`, {
					headers: { origin },
					form: { title: `Forged ${run}`, body: 'x' }
				})
			];
			for (const response of await Promise.all(forged)) expect(response.status()).toBe(404);
			expect(
				await db.selectFrom('threads').select('id').where('title', '=', `Forged ${run}`).execute()
			).toEqual([]);
			expect(
				await db.selectFrom('files').select('id').where('title', '=', `Forged ${run}`).execute()
			).toEqual([]);
			expect(
				(await db.selectFrom('file_versions').select('id').where('file_id', '=', fileId).execute()).length
			).toBe(2);

			const { id: sophieId } = await db
				.selectFrom('users')
				.select('id')
				.where('email', '=', sophie.email)
				.executeTakeFirstOrThrow();
			const denied = await db
				.selectFrom('audit_log')
				.select(['action', 'target_id'])
				.where('actor_id', '=', sophieId)
				.where('at', '>=', started)
				.execute();
			expect(denied).toEqual(
				expect.arrayContaining([
					{ action: 'file.access_denied', target_id: fileId },
					{ action: 'file.access_denied', target_id: `${fileId}/v/1` },
					{ action: 'resource.access_denied', target_id: groupId }
				])
			);
		} finally {
			await other.context.close();
		}
	} finally {
		await db.destroy();
	}
});

test('meetings: a member answers, the answer shows, the .ics holds the meeting; outsiders get 404', async ({
	page,
	browser,
	baseURL
}) => {
	const db = e2eDb(1);
	try {
		await logIn(page, karim.email);
		await page.goto(`/${locale}/meetings`);
		await expectAccessible(page);
		const title = 'Algemene vergadering van het platform';
		await page.getByRole('link', { name: title }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expectAccessible(page);
		await page.getByRole('radio', { name: m.meeting_rsvp_maybe({}, { locale }) }).check();
		await page.getByRole('button', { name: m.meeting_rsvp_submit({}, { locale }) }).click();
		await expect(page.getByText(m.meeting_rsvp_saved({}, { locale }))).toBeVisible();
		await expect(page.getByRole('radio', { name: m.meeting_rsvp_maybe({}, { locale }) })).toBeChecked();
		await expect(page.getByRole('region', { name: m.meeting_rsvps({}, { locale }) })).toContainText(
			`${karim.name}: ${m.meeting_rsvp_maybe({}, { locale })}`
		);
		await expectAccessible(page);

		const meetingId = page.url().split('/').at(-1)!.split('?')[0]!;
		const ics = await page.request.get(`/${locale}/meetings/${meetingId}.ics`);
		expect(ics.status()).toBe(200);
		expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
		const text = (await ics.text()).replace(/\r\n /g, '');
		expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
		expect(text).toContain(`UID:${meetingId}@platform.solidair`);
		expect(text).toContain(`SUMMARY:${title}`);
		expect(text).toMatch(/DTSTART:\d{8}T\d{6}Z\r\n/);
		expect(text).toMatch(/END:VEVENT\r\nEND:VCALENDAR\r\n$/);

		// A meeting of a group she is not in: 404 for a member of another organisation, page and .ics.
		const { id: groupMeeting } = await db
			.selectFrom('platform_events')
			.select('id')
			.where('title', '=', 'Werkgroep sociale bescherming')
			.executeTakeFirstOrThrow();
		const other = await signedIn(browser, baseURL, sophie.email);
		try {
			for (const path of [
				`/${locale}/meetings/${groupMeeting}`,
				`/${locale}/meetings/${groupMeeting}.ics`,
				`/${locale}/meetings/${randomUUID()}`
			]) {
				expect((await other.page.request.get(path)).status(), path).toBe(404);
			}
			const rsvp = await other.page.request.post(`/${locale}/meetings/${groupMeeting}?/rsvp`, {
				headers: { origin: new URL(baseURL!).origin },
				form: { answer: 'yes' }
			});
			expect(rsvp.status()).toBe(404);
		} finally {
			await other.context.close();
		}
	} finally {
		await db.destroy();
	}
});
