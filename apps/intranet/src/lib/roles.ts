import { formatList, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { siteName } from './public-sites.ts';

/** An account's roles in the reader's language, as one line; `—` when it has none. */
export function rolesText(
	account: { isIntranetAdmin: boolean; isPlatformAdmin: boolean; editorOf: string[]; reviewerOf: string[] },
	locale: Locale
): string {
	const roles = [
		...(account.isIntranetAdmin ? [m.users_role_intranet_admin({}, { locale })] : []),
		...(account.isPlatformAdmin ? [m.users_role_platform_admin({}, { locale })] : []),
		...account.editorOf.map((site) => m.users_role_editor({ site: siteName(site) }, { locale })),
		...account.reviewerOf.map((site) => m.users_role_reviewer({ site: siteName(site) }, { locale }))
	];
	return roles.length > 0 ? formatList(roles, locale) : '—';
}
