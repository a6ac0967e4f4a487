// The members' portal's forms: the profile, an invitation to the organisation, a file in the
// library, and a thread or a reply in a group.
import * as v from 'valibot';
import { email, requiredText, textOrEmpty } from './fields.ts';

export const bioMaxLength = 2000;
/** "Nederlands, Frans, Kirundi": room for ten languages of forty characters each. */
export const languagesMaxLength = 400;
export const fileTitleMaxLength = 200;
export const fileScopeMaxLength = 100;
export const threadTitleMaxLength = 200;
export const postBodyMaxLength = 20_000;

/** The roles an organisation's admin may give an invitee. */
export const inviteRoles = ['member', 'admin'] as const;

/** A member's profile: both texts may stay empty (the languages are split by the page). */
export const profileSchema = v.object({
	bio: textOrEmpty(bioMaxLength),
	languages: textOrEmpty(languagesMaxLength)
});

/** An invitation: whom, and as what. */
export const inviteSchema = v.object({
	email: email(),
	role: v.picklist(inviteRoles, 'required')
});

/** A file's title and where it goes (the scope's id is checked by the page). */
export const uploadSchema = v.object({
	title: requiredText(fileTitleMaxLength),
	scope: requiredText(fileScopeMaxLength)
});

/** A new thread in a group. */
export const threadSchema = v.object({
	title: requiredText(threadTitleMaxLength),
	body: requiredText(postBodyMaxLength)
});

/** A reply in a thread. */
export const replySchema = v.object({ body: requiredText(postBodyMaxLength) });
