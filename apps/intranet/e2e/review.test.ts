// Review before publishing, end to end: An (WSM's editor, who reads Dutch) submits a new French
// text of a published news item; Claire (WSM's reviewer, who reads French) finds it in the queue,
// comments and sends it back; An submits again, Claire approves. The public French page changes only
// at approval; the audit log and both mailboxes (the outbox) show every step.
import { expect, test, type Page } from '@playwright/test';
import { saveTranslation } from '@solidair/db/editing';
import { languageName, sectionPath } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { e2eDb, run, signIn, signedInPage, staff, userId } from '@solidair/account/e2e/staff';
import { escape, expectFits, publicText, wsmNews } from './editor.ts';

const db = e2eDb();
test.afterAll(() => db.destroy());

const fr = 'fr';

test('An submits French for review; Claire comments, sends it back, then approves it; the site changes only then', async ({
	page,
	context,
	baseURL,
	browser
}) => {
	test.setTimeout(180_000);
	const title = `Salaire minimum ${run}`;
	const news = await wsmNews(db, `Minimumloon ${run}`, 'published');
	const an = await userId(db, staff.an);
	const french = await saveTranslation(db, {
		siteId: 'wsm',
		entryId: news.entryId,
		locale: fr,
		expectedVersion: 0,
		title,
		summary: '',
		body: 'Le texte en ligne.',
		status: 'published',
		userId: an
	});
	if (french.kind !== 'saved') throw new Error(french.kind);
	const frPath = `${sectionPath('news', fr)}/${french.translation.slug}`;
	expect(await publicText(browser, frPath)).toContain('Le texte en ligne.');

	// An submits a new French text from the editor's form (its fields, plus a note).
	await signIn(db, context, baseURL, staff.an);
	const editPath = `/nl/sites/wsm/entries/${news.entryId}`;
	const submit = (body: string, note: string) =>
		page.request.post(`${editPath}?/submitReview`, {
			// As a browser without a script posts it: a redirect, or the page with the refusal.
			headers: { origin: baseURL!, accept: 'text/html' },
			maxRedirects: 0,
			form: {
				locale: fr,
				expectedVersion: String(french.translation.version),
				title,
				slug: french.translation.slug,
				summary: '',
				body,
				markUpToDate: '',
				note
			}
		});
	// Submitted, then taken back (the reviewers hear of both), then submitted for good.
	const early = await submit('Un brouillon trop tôt.', '');
	expect(early.status()).toBe(303);
	const earlyReview = await db
		.selectFrom('entry_reviews')
		.select('id')
		.where('translation_id', '=', french.translation.id)
		.where('state', '=', 'open')
		.executeTakeFirstOrThrow();
	const withdraw = (review: string) =>
		page.request.post(`${editPath}?/withdrawReview`, {
			headers: { origin: baseURL!, accept: 'text/html' },
			maxRedirects: 0,
			form: { locale: fr, review }
		});
	const withdrawn = await withdraw(earlyReview.id);
	expect(withdrawn.status()).toBe(303);
	expect(withdrawn.headers().location).toBe(`${editPath}?withdrawn=${fr}`);
	// Once closed, it cannot be withdrawn again; an id that is no review of this text is not found.
	expect((await withdraw(earlyReview.id)).status()).toBe(409);
	expect((await withdraw(news.entryId)).status()).toBe(404);
	const first = await submit('Le nouveau texte, première version.', 'Pouvez-vous relire le chiffre ?');
	expect(first.status()).toBe(303);
	expect(first.headers().location).toBe(`${editPath}?submitted=${fr}`);
	// A second submission while one is open is refused, in An's language, with the text kept.
	const twice = await submit('Encore.', '');
	expect(twice.status()).toBe(409);
	expect(await twice.text()).toContain(m.review_in_review({}, { locale: 'nl' }));
	// The live text stays as it is.
	expect(await publicText(browser, frPath)).toContain('Le texte en ligne.');

	// Claire, in French: the queue, the review, a comment, then sent back with a reason.
	const claire = await signedInPage(db, browser, baseURL, staff.claire);
	const queue = `/${fr}/sites/wsm/reviews`;
	await claire.page.goto(queue);
	await expect(claire.page.getByRole('heading', { level: 1 })).toHaveText(
		m.review_queue_title({ site: 'WSM' }, { locale: fr })
	);
	const link = claire.page.getByRole('link', { name: title });
	await expect(link).toBeVisible();
	await expect(claire.page.getByText('Pouvez-vous relire le chiffre ?')).toBeVisible();
	await expectFits(claire.page, 'queue');
	expect((await claire.page.request.get(`${queue}?language=xx`)).status()).toBe(400);
	await link.click();
	await expect(claire.page.getByRole('heading', { level: 1 })).toHaveText(
		m.review_page_title({ title }, { locale: fr })
	);
	await expect(claire.page.getByText('Le nouveau texte, première version.').first()).toBeVisible();
	await expectFits(claire.page, 'review page');
	const reviewUrl = claire.page.url();

	await step(claire.page, m.review_comment_label, m.review_comment_submit, 'Le chiffre vient d’où ?');
	// The message of the step takes focus, so a screen reader reads it at once.
	await expect(claire.page.locator(':focus')).toContainText(m.review_done_comment({}, { locale: fr }));
	// A reason is required (the browser says so first): a post without one is refused, in French.
	const empty = await claire.page.request.post(`${reviewUrl.split('?')[0]}?/sendBack`, {
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0,
		form: { note: '   ' }
	});
	expect(empty.status()).toBe(400);
	expect(await empty.text()).toContain(m.field_required({}, { locale: fr }));
	await step(claire.page, m.review_send_back_label, m.review_send_back_submit, 'Il manque la source.');
	await expect(claire.page.getByText(m.review_done_sent_back({}, { locale: fr }))).toBeVisible();
	await expect(claire.page.getByText('Il manque la source.')).toBeVisible();
	await expect(
		claire.page.getByRole('button', { name: m.review_approve_submit({}, { locale: fr }) })
	).toHaveCount(0);
	// Another site's address for the same review: not found.
	expect((await claire.page.request.get(reviewUrl.replace('/wsm/', '/fos/'))).status()).toBe(404);
	// An edits but does not review: the queue is hers to see, a reviewer's step is not; FOS's editor
	// sees nothing of WSM's reviews.
	expect((await page.request.get(queue)).status()).toBe(200);
	const notHers = await page.request.post(`${reviewUrl.split('?')[0]}?/approve`, {
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0,
		form: { when: 'now', publishAt: '', note: '' }
	});
	expect(notHers.status()).toBe(404);
	const tom = await signedInPage(db, browser, baseURL, staff.tom);
	expect((await tom.page.request.get(queue)).status()).toBe(404);
	expect((await tom.page.request.get(reviewUrl)).status()).toBe(404);
	await tom.context.close();

	// An again, with the source; Claire approves it.
	expect((await submit('Le nouveau texte, avec sa source.', 'Source ajoutée.')).status()).toBe(303);
	expect(await publicText(browser, frPath)).toContain('Le texte en ligne.');
	await claire.page.goto(queue);
	await claire.page.getByRole('link', { name: title }).click();
	await claire.page.getByRole('button', { name: m.review_approve_submit({}, { locale: fr }) }).click();
	await expect(claire.page.getByText(m.review_done_approved({}, { locale: fr }))).toBeVisible();
	await expect(
		claire.page.getByRole('link', { name: m.editing_view_live({}, { locale: fr }) })
	).toBeVisible();
	await expectFits(claire.page, 'approved');
	// Decided: a late comment (a post from a page loaded before) is refused, and says why.
	const late = await claire.page.request.post(`${claire.page.url().split('?')[0]}?/comment`, {
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0,
		form: { note: 'Trop tard ?' }
	});
	expect(late.status()).toBe(409);
	expect(await late.text()).toContain(m.review_not_open({}, { locale: fr }));
	expect(await publicText(browser, frPath)).toContain('Le nouveau texte, avec sa source.');
	await claire.context.close();

	// The audit log: every step, on the French translation.
	const logged = await db
		.selectFrom('audit_log')
		.select(['action', 'details'])
		.where('target_type', '=', 'entry_translation')
		.where('target_id', '=', french.translation.id)
		.orderBy('id')
		.execute();
	expect(logged.map((row) => row.action)).toEqual([
		'review.submitted',
		'review.withdrawn',
		'review.submitted',
		'review.commented',
		'review.sent_back',
		'review.submitted',
		'review.approved'
	]);
	expect(logged[4]?.details).toMatchObject({
		site: 'wsm',
		locale: fr,
		noteLength: 'Il manque la source.'.length
	});
	const admin = await signedInPage(db, browser, baseURL, staff.marie);
	await admin.page.goto(`/nl/admin/audit?actor=${encodeURIComponent(staff.claire)}&action=review.sent_back`);
	await expect(
		admin.page.getByRole('row', { name: new RegExp(french.translation.id) }).getByRole('cell', {
			name: m.audit_action_review_sent_back({}, { locale: 'nl' })
		})
	).toBeVisible();
	await admin.context.close();

	// The mailboxes: Claire's in French, An's in Dutch, each step once.
	const mails = await db
		.selectFrom('outbox')
		.select(['to_address', 'subject', 'kind', 'text_body'])
		.where('subject', 'like', `%${run}%`)
		.orderBy('id')
		.execute();
	const to = (address: string) => mails.filter((mail) => mail.to_address === address);
	const named = (locale: 'nl' | 'fr') => ({ title, language: languageName(fr, locale) });
	expect(to(staff.claire).map((mail) => mail.subject)).toEqual([
		m.review_mail_submitted_subject(named(fr), { locale: fr }),
		m.review_mail_withdrawn_subject(named(fr), { locale: fr }),
		m.review_mail_submitted_subject(named(fr), { locale: fr }),
		m.review_mail_submitted_subject(named(fr), { locale: fr })
	]);
	expect(to(staff.claire)[2]?.text_body).toContain('Pouvez-vous relire le chiffre ?');
	expect(to(staff.claire)[2]?.text_body).toContain(`${new URL(baseURL!).origin}/fr/sites/wsm/reviews/`);
	expect(to(staff.an).map((mail) => [mail.kind, mail.subject])).toEqual([
		['review.comment', m.review_mail_comment_subject(named('nl'), { locale: 'nl' })],
		['review.sent_back', m.review_mail_sent_back_subject(named('nl'), { locale: 'nl' })],
		['review.approved', m.review_mail_approved_subject(named('nl'), { locale: 'nl' })]
	]);
	expect(to(staff.an)[1]?.text_body).toContain('Il manque la source.');
});

/** Fills a step's note (by its label in French) and presses its button. */
async function step(
	page: Page,
	label: (inputs: object, options: { locale: 'fr' }) => string,
	button: (inputs: object, options: { locale: 'fr' }) => string,
	note: string
) {
	await page.getByRole('textbox', { name: new RegExp(`^${escape(label({}, { locale: fr }))}`) }).fill(note);
	await page.getByRole('button', { name: button({}, { locale: fr }) }).click();
}
