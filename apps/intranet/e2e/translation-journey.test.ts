// Issue 20's journey, all by the buttons a person presses: An changes the Dutch source of a
// published news item; its French translation says it is outdated and shows the changed words;
// An updates the French and submits it for review; Claire, WSM's reviewer, sends it back once and
// approves it the second time. The public French page changes only at approval; the audit log and
// both people's mailboxes (the outbox) show each step.
import { expect, test } from '@playwright/test';
import { saveTranslation } from '@solidair/db/editing';
import { languageName, sectionPath } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { e2eDb, run, signedInPage, staff, userId } from '@solidair/account/e2e/staff';
import { escape, expectFits, panel, tab, typeInBody, publicText, wsmNews } from './editor.ts';

const db = e2eDb();
test.afterAll(() => db.destroy());

const nl = 'nl';
const fr = 'fr';

test('outdated with the diff, updated, sent back once, approved: the French page changes only then', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(240_000);
	const dutchTitle = `Sociale bescherming in Benin ${run}`;
	const frenchTitle = `Protection sociale au Bénin ${run}`;
	const news = await wsmNews(db, dutchTitle, 'published');
	const an = await userId(db, staff.an);
	const french = await saveTranslation(db, {
		siteId: 'wsm',
		entryId: news.entryId,
		locale: fr,
		expectedVersion: 0,
		title: frenchTitle,
		summary: '',
		body: 'Ce qui est en ligne.',
		status: 'published',
		userId: an
	});
	if (french.kind !== 'saved') throw new Error(french.kind);
	const frPath = `${sectionPath('news', fr)}/${french.translation.slug}`;
	expect(await publicText(browser, frPath)).toContain('Ce qui est en ligne.');

	// An changes the Dutch source and saves it (it stays online).
	const editor = await signedInPage(db, browser, baseURL, staff.an);
	const page = editor.page;
	const editPath = `/nl/sites/wsm/entries/${news.entryId}`;
	await page.goto(editPath);
	await typeInBody(page, nl, ' De mutualiteiten betalen nu ook de kraamzorg.');
	await panel(page, nl)
		.getByRole('button', {
			name: new RegExp(`^${escape(m.editing_save({ language: '' }, { locale: nl }).split('(')[0]!)}`)
		})
		.click();
	await expect(
		page.getByText(m.editing_done_published({ language: languageName(nl, nl) }, { locale: nl }))
	).toBeVisible();

	// The French tab: outdated since An's change, with the added Dutch words.
	await tab(page, fr).click();
	const frPanel = panel(page, fr);
	await expect(frPanel.getByText(new RegExp(`^${escape('Verouderd: ')}`))).toBeVisible();
	await expect(frPanel.locator('ins')).toContainText('De mutualiteiten betalen nu ook de kraamzorg.');
	await expectFits(page, 'outdated');

	// An updates the French and submits it for review with a note.
	await typeInBody(page, fr, ' Les mutualités paient aussi les soins de maternité.');
	await frPanel.getByText(m.editing_review_open({}, { locale: nl })).click();
	await frPanel.getByLabel(m.editing_review_note({}, { locale: nl })).fill('Nieuwe alinea over kraamzorg.');
	await frPanel.getByRole('button', { name: m.editing_review_submit({}, { locale: nl }) }).click();
	await expect(
		page.getByText(m.editing_done_submitted({ language: languageName(fr, nl), site: 'WSM' }, { locale: nl }))
	).toBeVisible();
	await expect(frPanel.locator(`#review-${fr}`)).toBeVisible();
	expect(await publicText(browser, frPath)).toContain('Ce qui est en ligne.');

	// Claire, in French: the queue, the changed words, sent back with a reason.
	const claire = await signedInPage(db, browser, baseURL, staff.claire);
	const queue = `/${fr}/sites/wsm/reviews`;
	await claire.page.goto(queue);
	await claire.page.getByRole('link', { name: frenchTitle }).click();
	await expect(claire.page.locator('ins')).toContainText(
		'Les mutualités paient aussi les soins de maternité.'
	);
	await expect(claire.page.getByText('Nieuwe alinea over kraamzorg.').first()).toBeVisible();
	await claire.page
		.getByRole('textbox', { name: new RegExp(`^${escape(m.review_send_back_label({}, { locale: fr }))}`) })
		.fill('Précisez « soins de maternité » : ce sont les soins à domicile après la naissance.');
	await claire.page.getByRole('button', { name: m.review_send_back_submit({}, { locale: fr }) }).click();
	await expect(claire.page.getByText(m.review_done_sent_back({}, { locale: fr }))).toBeVisible();
	expect(await publicText(browser, frPath)).toContain('Ce qui est en ligne.');

	// An gets the text back in the editor (as what it kept for him), completes it, submits again.
	await page.goto(`${editPath}?lang=${fr}`);
	await expect(frPanel.locator(`#review-${fr}`)).toHaveCount(0);
	await expect(frPanel.locator('.cm-content')).toContainText(
		'Les mutualités paient aussi les soins de maternité.'
	);
	await typeInBody(page, fr, ' Il s’agit des soins à domicile après la naissance.');
	await frPanel.getByText(m.editing_review_open({}, { locale: nl })).click();
	await frPanel.getByRole('button', { name: m.editing_review_submit({}, { locale: nl }) }).click();
	await expect(frPanel.locator(`#review-${fr}`)).toBeVisible();
	expect(await publicText(browser, frPath)).toContain('Ce qui est en ligne.');

	// Claire approves it: now, and only now, the French page changes.
	await claire.page.goto(queue);
	await claire.page.getByRole('link', { name: frenchTitle }).click();
	await claire.page.getByRole('button', { name: m.review_approve_submit({}, { locale: fr }) }).click();
	await expect(claire.page.getByText(m.review_done_approved({}, { locale: fr }))).toBeVisible();
	const published = await publicText(browser, frPath);
	expect(published).toContain('Il s’agit des soins à domicile après la naissance.');
	await claire.context.close();

	// No longer outdated: the approval saved the French against the new source.
	await page.goto(`${editPath}?lang=${fr}`);
	await expect(frPanel.getByText(new RegExp(`^${escape('Verouderd: ')}`))).toHaveCount(0);
	await editor.context.close();

	// The audit log: each step, on the French translation.
	const logged = await db
		.selectFrom('audit_log')
		.select('action')
		.where('target_type', '=', 'entry_translation')
		.where('target_id', '=', french.translation.id)
		.orderBy('id')
		.execute();
	expect(logged.map((row) => row.action)).toEqual([
		'review.submitted',
		'review.sent_back',
		'review.submitted',
		'review.approved'
	]);

	// Both mailboxes: Claire's in French (each submission), An's in Dutch (sent back, approved).
	const mails = await db
		.selectFrom('outbox')
		.select(['to_address', 'subject', 'text_body'])
		.where('subject', 'like', `%${run}%`)
		.where('subject', 'like', `%${frenchTitle}%`)
		.orderBy('id')
		.execute();
	const to = (address: string) => mails.filter((mail) => mail.to_address === address);
	const named = (locale: 'nl' | 'fr') => ({ title: frenchTitle, language: languageName(fr, locale) });
	expect(to(staff.claire).map((mail) => mail.subject)).toEqual([
		m.review_mail_submitted_subject(named(fr), { locale: fr }),
		m.review_mail_submitted_subject(named(fr), { locale: fr })
	]);
	expect(to(staff.claire)[0]?.text_body).toContain('Nieuwe alinea over kraamzorg.');
	expect(to(staff.an).map((mail) => mail.subject)).toEqual([
		m.review_mail_sent_back_subject(named(nl), { locale: nl }),
		m.review_mail_approved_subject(named(nl), { locale: nl })
	]);
	expect(to(staff.an)[0]?.text_body).toContain('soins à domicile après la naissance');
});
