import { enqueueMail, saveContactMessage } from '@solidair/db/forms';
import { sectionPath, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { redirect } from '@sveltejs/kit';
import type { PublicSite } from '../site.ts';
import { database, formValues, parseForm } from '@solidair/app-kit/server';
import { contactSchema } from '@solidair/db/input';
import { allowedToPost, isRobot, tooMany } from './public-forms.ts';
import { sectionAlternates, type Alternates } from './entries.ts';
import { tagPage } from './page-tags.ts';

const fields = ['name', 'email', 'subject', 'message'] as const;

export interface ContactData {
	sent: boolean;
	alternates: Alternates;
}

export function loadContact(site: PublicSite, locale: Locale, url: URL): ContactData {
	// The form and the site's address: nothing but the site's frame.
	tagPage();
	return {
		sent: url.searchParams.get('sent') === '1',
		alternates: sectionAlternates(site, 'contact')
	};
}

/**
 * Stores the message for the intranet's inbox and tells the site's team by e-mail, in one
 * transaction: a message is never stored without its notice, nor the reverse.
 */
export async function contactAction(
	site: PublicSite,
	locale: Locale,
	request: Request,
	clientAddress: string
) {
	const data = await request.formData();
	const values = formValues(data, fields);
	const done = `${sectionPath('contact', locale)}?sent=1`;
	if (isRobot(data)) redirect(303, done);
	if (!(await allowedToPost(site, 'contact', clientAddress))) return tooMany(values, locale);
	const parsed = parseForm(contactSchema, values, locale);
	if (!parsed.ok) return parsed.failure;
	const message = parsed.data;
	await database()
		.transaction()
		.execute(async (tx) => {
			await saveContactMessage(tx, { siteId: site.id, locale, ...message });
			await enqueueMail(tx, {
				kind: 'contact-notice',
				to: site.contactEmail,
				subject: m.contact_mail_subject(
					{ subject: message.subject || message.name },
					{ locale: site.defaultLocale }
				),
				text: `${message.name} <${message.email}>\n\n${message.message}`
			});
		});
	redirect(303, done);
}
