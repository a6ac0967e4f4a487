// The public sites' forms: the contact form and the newsletter's sign-up. (The donate form reads
// an amount as written in any locale, with its own parser in site-kit: no schema.)
import * as v from 'valibot';
import { email, requiredText, textOrEmpty } from './fields.ts';

export const contactNameMaxLength = 200;
export const contactSubjectMaxLength = 200;
export const contactMessageMaxLength = 10_000;

/** A message to the site's team; the subject may stay empty. */
export const contactSchema = v.object({
	name: requiredText(contactNameMaxLength),
	email: email(),
	subject: textOrEmpty(contactSubjectMaxLength),
	message: requiredText(contactMessageMaxLength)
});

/** A sign-up to the newsletter: an address, and the consent box ticked (`yes`). */
export const subscribeSchema = v.object({
	email: email(),
	consent: v.literal('yes', 'consent')
});
