// What each app tells the shared account pages about itself.
import { isSupported, type Locale, type LocaleConfig } from '@solidair/i18n';
import type { Cookies } from '@sveltejs/kit';
import type { Guard } from './guard.ts';

/** What the account pages read of SvelteKit's request event (a route's own event has all of it). */
export interface AccountEvent {
	locals: App.Locals;
	params: { lang: Locale };
	url: URL;
	request: Request;
	cookies: Cookies;
	getClientAddress: () => string;
}

export interface AccountOptions {
	/** Where a signed-in person goes when `?next=` names no page of this site (portal: the members' area). */
	home: (locale: Locale) => string;
	/** The app's door (e.g. `requireMember`, `requireStaff`), which the account pages use too. */
	guard: Guard;
	/** The password-reset mail's text around its `link`, naming the app (the subject is shared). */
	resetMailText: (link: string, locale: Locale) => string;
	/**
	 * The languages a user may choose on the account page (`users.locale`); logging in then lands
	 * on the home page in that language. Without them the account page has no language section.
	 */
	languages?: LocaleConfig;
}

/** The home page after logging in: in the user's own language when the app lets them choose one. */
export function homeAfterLogin(
	options: AccountOptions,
	locale: Locale,
	userLocale: string | undefined
): string {
	const languages = options.languages;
	return options.home(languages && isSupported(userLocale, languages) ? userLocale : locale);
}
