// Review before publishing, in the editor. Where WSM requires review, its editor An (not a
// reviewer) is offered no way to publish, only to submit for review; a post of the publish button
// made by hand is refused with a 403 page in Dutch and a row in the audit log, and nothing goes
// online; Claire, WSM's reviewer, still publishes. A language with an open review shows its notice
// and a read-only form, its steps in the history, and refuses a save with a 409.
import { expect, test } from '@playwright/test';
import { submitForReview } from '@solidair/db/editing';
import { languageName } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { e2eDb, run, signIn, signedInPage, staff, userId } from '@solidair/account/e2e/staff';
import { escape, expectFits, locale, panel, titleField, wsmNews } from './editor.ts';

const db = e2eDb();
test.afterAll(() => db.destroy());

/** WSM requires review for the length of `body`, and no longer after it, whatever happens. */
async function withReviewRequired(body: () => Promise<void>) {
	await db.updateTable('sites').set({ require_review: true }).where('id', '=', 'wsm').execute();
	try {
		await body();
	} finally {
		// Other tests publish on WSM directly.
		await db.updateTable('sites').set({ require_review: false }).where('id', '=', 'wsm').execute();
	}
}

const stored = (entryId: string) =>
	db
		.selectFrom('entry_translations')
		.select(['title', 'body', 'status', 'version', 'slug'])
		.where('entry_id', '=', entryId)
		.where('locale', '=', 'nl')
		.executeTakeFirstOrThrow();

test('with review required, an editor submits for review: no publish button, and a forged publish is a 403 in Dutch, audited', async ({
	page,
	context,
	baseURL,
	browser
}) => {
	const title = `Ter review ${run}`;
	const { entryId } = await wsmNews(db, title, 'draft');
	const path = `/${locale}/sites/wsm/entries/${entryId}`;
	try {
		await withReviewRequired(async () => {
			await signIn(db, context, baseURL, staff.an);
			await page.goto(path);
			const nl = panel(page, 'nl');
			await expect(nl.getByText(m.editing_review_required({}, { locale }))).toBeVisible();
			await expect(nl.getByRole('button', { name: m.editing_publish_now({}, { locale }) })).toHaveCount(0);
			await expect(nl.getByText(m.editing_schedule_open({}, { locale }))).toHaveCount(0);
			await expect(nl.getByRole('button', { name: m.editing_save_draft({}, { locale }) })).toBeVisible();
			// The way to the site: a note (optional) and the button, shown at once.
			await expect(nl.getByRole('textbox', { name: m.editing_review_note({}, { locale }) })).toBeVisible();
			const submit = nl.getByRole('button', { name: m.editing_review_submit({}, { locale }) });
			await expect(submit).toBeVisible();
			await expect(submit).toHaveAttribute('formaction', '?/submitReview');
			await expectFits(page, 'review required, An');

			// The publish button's post, made without the button.
			const before = await stored(entryId);
			const since = new Date(Date.now() - 1000);
			const response = await page.request.post(`${path}?/save`, {
				// As a browser posts the form without a script: the answer is a page.
				headers: { origin: baseURL!, accept: 'text/html' },
				form: {
					locale: 'nl',
					expectedVersion: String(before.version),
					title,
					slug: before.slug,
					summary: '',
					body: 'Toch gepubliceerd?',
					intent: 'publish'
				}
			});
			expect(response.status()).toBe(403);
			const html = await response.text();
			expect(html).toContain(m.editing_publish_refused({ site: 'WSM' }, { locale }));
			expect(html).toContain(m.error_forbidden_title({}, { locale }));
			// Nothing written, nothing online.
			expect(await stored(entryId)).toEqual(before);
			const refused = await db
				.selectFrom('audit_log')
				.select(['target_type', 'target_id', 'details'])
				.where('action', '=', 'resource.access_denied')
				.where('actor_id', '=', await userId(db, staff.an))
				.where('at', '>=', since)
				.execute();
			expect(refused).toEqual([
				{
					target_type: 'site-publishing',
					target_id: 'wsm',
					details: expect.objectContaining({ attempted: 'publish', site: 'wsm' })
				}
			]);

			// A published text: saving changes would change the site, so only taking it offline is
			// offered, and Enter in a field (which presses the form's first button) submits nothing.
			const published = await wsmNews(db, `Al online ${run}`, 'published');
			try {
				await page.goto(`/${locale}/sites/wsm/entries/${published.entryId}`);
				await expect(nl.getByText(m.editing_review_required_live({}, { locale }))).toBeVisible();
				await expect(nl.getByRole('button', { name: m.editing_unpublish({}, { locale }) })).toBeVisible();
				await expect(
					nl.getByRole('button', { name: m.editing_save({ language: 'Nederlands' }, { locale }) })
				).toHaveCount(0);
				await expect(nl.locator('form[action="?/save"] button[type="submit"]').first()).toBeDisabled();
				// Restoring keeps the status: over a live text, that would publish the older version.
				await expect(
					nl.getByRole('button', { name: m.editing_restore({ version: '1' }, { locale }) })
				).toHaveCount(0);
				await expectFits(page, 'review required, An, a published text');
			} finally {
				await db.deleteFrom('entries').where('id', '=', published.entryId).execute();
			}

			// WSM's reviewer publishes directly (her intranet is in French).
			const claire = await signedInPage(db, browser, baseURL, staff.claire);
			await claire.page.goto(`/fr/sites/wsm/entries/${entryId}`);
			const dutch = claire.page.getByRole('tabpanel', { name: new RegExp(`^${languageName('nl', 'fr')}`) });
			await expect(
				dutch.getByRole('button', { name: m.editing_publish_now({}, { locale: 'fr' }) })
			).toBeVisible();
			await expect(dutch.getByText(m.editing_review_required({}, { locale: 'fr' }))).toHaveCount(0);
			await claire.context.close();
		});
	} finally {
		await db.deleteFrom('entries').where('id', '=', entryId).execute();
	}
});

test('a language in review: its notice, a read-only form with the submitted text, its steps in the history, the list’s tag, and a save refused with a 409', async ({
	page,
	context,
	baseURL
}) => {
	const title = `Live, herzien ter review ${run}`;
	const { entryId, slug } = await wsmNews(db, title, 'published');
	const path = `/${locale}/sites/wsm/entries/${entryId}`;
	try {
		const live = await stored(entryId);
		const submitted = await submitForReview(db, {
			siteId: 'wsm',
			entryId,
			locale: 'nl',
			expectedVersion: live.version,
			title: `${title}, nieuwe versie`,
			summary: '',
			body: 'De nieuwe tekst, nog niet online.',
			userId: await userId(db, staff.an),
			note: 'Graag de cijfers nakijken.'
		});
		expect(submitted.kind).toBe('submitted');

		await signIn(db, context, baseURL, staff.an);
		await page.goto(path);
		const nl = panel(page, 'nl');
		const notice = nl.getByRole('region', { name: /^In review sinds .+ — voorgelegd door An Janssens$/ });
		await expect(notice).toBeVisible();
		await expect(notice).toContainText('Graag de cijfers nakijken.');
		await expect(notice).toContainText(m.editing_review_locked_live({}, { locale }));
		await expect(notice.getByRole('link', { name: m.editing_review_view({}, { locale }) })).toHaveAttribute(
			'href',
			new RegExp(
				`^/nl/sites/wsm/reviews/${escape(submitted.kind === 'submitted' ? submitted.reviewId : '')}$`
			)
		);
		await expect(
			notice.getByRole('button', { name: m.editing_review_withdraw({}, { locale }) })
		).toBeVisible();
		// The form shows the submitted text, and cannot change it.
		await expect(titleField(page, 'nl')).toHaveValue(`${title}, nieuwe versie`);
		await expect(titleField(page, 'nl')).toHaveAttribute('readonly', '');
		await expect(nl.getByRole('textbox', { name: m.editing_field_body({}, { locale }) })).toHaveValue(
			'De nieuwe tekst, nog niet online.'
		);
		for (const name of [
			m.editing_save({ language: 'Nederlands' }, { locale }),
			m.editing_publish_now({}, { locale })
		])
			await expect(nl.getByRole('button', { name })).toHaveCount(0);
		await expect(
			nl.getByRole('button', { name: m.editing_restore({ version: '1' }, { locale }) })
		).toHaveCount(0);
		// The side panel and the history say it.
		await expect(page.getByRole('complementary')).toContainText(
			m.editing_status_new_version_in_review({}, { locale })
		);
		const history = nl.getByRole('region', { name: /^Versies in het/ });
		await expect(
			history.getByRole('row', { name: new RegExp(m.editing_review_step_submitted({}, { locale })) })
		).toContainText('Graag de cijfers nakijken.');
		await expectFits(page, 'a language in review');
		// And the entries list, beside the Dutch text's status.
		await page.goto(`/${locale}/sites/wsm/entries?q=${encodeURIComponent(title)}`);
		await expect(
			page.getByRole('link', {
				name: m.editing_language_state(
					{
						language: 'Nederlands',
						state: `${m.editing_status_published({}, { locale })}, ${m.editing_status_new_version_in_review({}, { locale })}`
					},
					{ locale }
				)
			})
		).toBeVisible();

		// A save posted anyway: 409, nothing written, the live text unchanged.
		const response = await page.request.post(`${path}?/save`, {
			// As a browser posts the form without a script: the answer is a page.
			headers: { origin: baseURL!, accept: 'text/html' },
			form: {
				locale: 'nl',
				expectedVersion: String(live.version),
				title,
				slug,
				summary: '',
				body: 'Ondertussen gewijzigd.',
				intent: 'unpublish'
			}
		});
		expect(response.status()).toBe(409);
		expect(await response.text()).toContain(m.editing_review_busy({}, { locale }));
		expect(await stored(entryId)).toEqual(live);
	} finally {
		await db.deleteFrom('entries').where('id', '=', entryId).execute();
	}
});
