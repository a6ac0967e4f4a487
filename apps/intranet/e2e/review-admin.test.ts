// Review before publishing, as the intranet admin sets it up (issue 20): Marie makes Tom, FOS's
// editor, a reviewer of FOS and takes it back; she makes FOS require review and lifts it again
// (the second time in a browser with JavaScript off); the audit log shows both; a site's own
// editor who posts its settings form is refused. FOS is left as it was whatever happens: other
// tests publish there.
import { expect, test } from '@playwright/test';
import type { AuditAction } from '@solidair/auth';
import { setSiteRequiresReview } from '@solidair/db/site-settings';
import * as m from '@solidair/i18n/messages';
import { e2eDb, forgetTwoFactor, signIn, signedInPage, staff, userId } from '@solidair/account/e2e/staff';
import { expectFits, locale } from './editor.ts';

const db = e2eDb();
test.afterAll(async () => {
	await forgetTwoFactor(db);
	await db.destroy();
});

const requiresReview = async (site: string) =>
	(await db.selectFrom('sites').select('require_review').where('id', '=', site).executeTakeFirstOrThrow())
		.require_review;

const reviewerRows = (user: string, site: string) =>
	db
		.selectFrom('site_reviewers')
		.selectAll()
		.where('user_id', '=', user)
		.where('site_id', '=', site)
		.execute();

/** The newest audit rows of `action` since `after`, as the tests compare them. */
async function logged(action: AuditAction, after: string) {
	const rows = await db
		.selectFrom('audit_log')
		.select(['actor_id', 'target_type', 'target_id', 'details'])
		.where('action', '=', action)
		.where('id', '>', after)
		.orderBy('id')
		.execute();
	return rows.map((row) => ({ ...row, details: row.details as Record<string, unknown> }));
}

async function latestAuditId(): Promise<string> {
	const row = await db.selectFrom('audit_log').select('id').orderBy('id', 'desc').limit(1).executeTakeFirst();
	return row?.id ?? '0';
}

test('an intranet admin grants and revokes the reviewer role, and makes a site require review and no longer', async ({
	browser,
	baseURL
}) => {
	const [marie, tom] = [await userId(db, staff.marie), await userId(db, staff.tom)];
	const since = await latestAuditId();
	const { context, page } = await signedInPage(db, browser, baseURL, staff.marie);
	try {
		// The reviewer role, on Tom's account page like the editor role.
		await page.goto(`/${locale}/admin/users?q=${encodeURIComponent(staff.tom)}`);
		await page.getByRole('link', { name: 'Tom Vermeulen' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tom Vermeulen');
		await expectFits(page, 'the account page');
		await page.getByRole('button', { name: m.users_reviewer_grant({ site: 'FOS' }, { locale }) }).click();
		await expect(page.getByText(m.users_roles_notice({}, { locale }))).toBeVisible();
		await expect(page.getByText(m.users_role_reviewer({ site: 'FOS' }, { locale }))).toBeVisible();
		expect(await reviewerRows(tom, 'fos')).toHaveLength(1);
		await expectFits(page, 'the account page of a reviewer');

		// The site's settings list him as its reviewer, linked to his account.
		await page.goto(`/${locale}/sites`);
		await page.getByRole('link', { name: m.site_settings_title({ site: 'FOS' }, { locale }) }).click();
		await expect(page).toHaveURL(`/${locale}/sites/fos/settings`);
		const reviewers = page.getByRole('region', {
			name: m.site_settings_reviewers({ site: 'FOS' }, { locale })
		});
		await expect(reviewers.getByRole('link', { name: 'Tom Vermeulen' })).toHaveAttribute(
			'href',
			`/${locale}/admin/users/${tom}`
		);
		await reviewers.getByRole('link', { name: 'Tom Vermeulen' }).click();
		await page.getByRole('button', { name: m.users_reviewer_revoke({ site: 'FOS' }, { locale }) }).click();
		await expect(
			page.getByRole('button', { name: m.users_reviewer_grant({ site: 'FOS' }, { locale }) })
		).toBeVisible();
		expect(await reviewerRows(tom, 'fos')).toHaveLength(0);

		// Review required: FOS has no reviewer now, and the page warns what that means.
		await page.goto(`/${locale}/sites/fos/settings`);
		await expect(reviewers.getByText(m.site_settings_reviewers_none({}, { locale }))).toBeVisible();
		const box = page.getByRole('checkbox', { name: m.site_settings_require_review({}, { locale }) });
		await expect(box).not.toBeChecked();
		await expectFits(page, 'the settings page');
		await box.check();
		await page.getByRole('button', { name: m.site_settings_save({}, { locale }) }).click();
		await expect(page.getByText(m.site_settings_saved({}, { locale }))).toBeVisible();
		await expect(page.getByText(m.site_settings_no_reviewers_warning({}, { locale }))).toBeVisible();
		await expect(box).toBeChecked();
		expect(await requiresReview('fos')).toBe(true);
		await expectFits(page, 'the settings page of a site that requires review');

		// A value the form never sends is refused, not read as "off".
		const tampered = await context.request.post(`/${locale}/sites/fos/settings`, {
			form: { requireReview: 'yes' },
			headers: { origin: baseURL!, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(tampered.status()).toBe(400);
		expect(await requiresReview('fos')).toBe(true);

		// And lifted again in a browser without JavaScript: the form posts natively, the notice follows.
		const plain = await browser.newContext({ baseURL, javaScriptEnabled: false });
		try {
			await signIn(db, plain, baseURL, staff.marie);
			const noScript = await plain.newPage();
			await noScript.goto(`/${locale}/sites/fos/settings`);
			await noScript
				.getByRole('checkbox', { name: m.site_settings_require_review({}, { locale }) })
				.uncheck();
			await noScript.getByRole('button', { name: m.site_settings_save({}, { locale }) }).click();
			await expect(noScript).toHaveURL(`/${locale}/sites/fos/settings?done=saved`);
			await expect(noScript.getByText(m.site_settings_saved({}, { locale }))).toBeVisible();
			await expect(
				noScript.getByRole('checkbox', { name: m.site_settings_require_review({}, { locale }) })
			).not.toBeChecked();
		} finally {
			await plain.close();
		}
		expect(await requiresReview('fos')).toBe(false);

		// Each change once in the log, with what changed; the refused post left nothing.
		expect(await logged('role.granted', since)).toEqual([
			{
				actor_id: marie,
				target_type: 'user',
				target_id: tom,
				details: { role: 'site_reviewer', site: 'fos' }
			}
		]);
		expect((await logged('role.revoked', since)).map((row) => row.details)).toEqual([
			{ role: 'site_reviewer', site: 'fos' }
		]);
		expect(await logged('site.settings_changed', since)).toEqual([
			{
				actor_id: marie,
				target_type: 'site',
				target_id: 'fos',
				details: { site: 'fos', setting: 'require_review', value: true }
			},
			{
				actor_id: marie,
				target_type: 'site',
				target_id: 'fos',
				details: { site: 'fos', setting: 'require_review', value: false }
			}
		]);

		// The audit log's page shows both, named in the reader's language.
		await page.goto(`/${locale}/admin/audit?action=site.settings_changed&actor=${staff.marie}`);
		const rows = page.getByRole('table').getByRole('row');
		await expect(rows.nth(1)).toContainText(m.audit_action_site_settings_changed({}, { locale }));
		// (jsonb keeps its own order of keys: each detail is looked for alone.)
		await expect(rows.nth(1)).toContainText('setting: require_review');
		await expect(rows.nth(1)).toContainText('value: false');
		await expect(rows.nth(2)).toContainText('value: true');
		await page.goto(`/${locale}/admin/audit?action=role.granted&actor=${staff.marie}`);
		await expect(rows.nth(1)).toContainText(`user ${tom}`);
		await expect(rows.nth(1)).toContainText('role: site_reviewer');
		await expect(rows.nth(1)).toContainText('site: fos');
	} finally {
		await db.deleteFrom('site_reviewers').where('user_id', '=', tom).where('site_id', '=', 'fos').execute();
		await setSiteRequiresReview(db, 'fos', false);
		await context.close();
	}
});

test('a site’s editor may not change its settings: the page and a direct post are a 404, audited', async ({
	browser,
	baseURL
}) => {
	const an = await userId(db, staff.an);
	const since = await latestAuditId();
	const { context, page } = await signedInPage(db, browser, baseURL, staff.an);
	try {
		// No way in is shown either.
		await page.goto(`/${locale}/sites`);
		await expect(
			page.getByRole('link', { name: m.site_settings_title({ site: 'WSM' }, { locale }) })
		).toHaveCount(0);
		expect((await page.goto(`/${locale}/sites/wsm/settings`))?.status()).toBe(404);
		const posted = await context.request.post(`/${locale}/sites/wsm/settings`, {
			form: { requireReview: 'on' },
			headers: { origin: baseURL!, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(posted.status()).toBe(404);
		// The refusal in An's language: the intranet's 404 page, in Dutch.
		expect(await posted.text()).toContain(m.error_not_found_title({}, { locale }));
		expect(await requiresReview('wsm')).toBe(false);
		const refusals = await logged('resource.access_denied', since);
		expect(refusals.filter((row) => row.actor_id === an).map((row) => row.target_type)).toEqual([
			'site-settings',
			'site-settings'
		]);
		expect(await logged('site.settings_changed', since)).toEqual([]);
	} finally {
		await setSiteRequiresReview(db, 'wsm', false);
		await context.close();
	}
});
