// Every refusal of the members' area: a 404 for a member who may not, and its row in the audit log.
// Ids that name nothing are refused like ids of someone else's: both go through `refuse`.
import { randomUUID } from 'node:crypto';
import { karim, locale, pdf, run } from '@solidair/account/e2e/members';
import { refusalTests } from '@solidair/account/e2e/refusals';

const routes = `[lang=locale]`;
const nothing = randomUUID();
const denied = (targetType: string) => ({ action: 'resource.access_denied' as const, targetType });
const fileDenied = (targetType: string) => ({ action: 'file.access_denied' as const, targetType });

refusalTests('platform', [
	{
		route: `${routes}/meetings/[id]/+page.server.ts`,
		as: karim.email,
		path: `/${locale}/meetings/${nothing}`,
		audit: denied('meeting')
	},
	{
		route: `${routes}/meetings/[id].ics/+server.ts`,
		as: karim.email,
		path: `/${locale}/meetings/${nothing}.ics`,
		audit: denied('meeting')
	},
	{
		// A plain member manages no organisation's members.
		route: `${routes}/organisation/+page.server.ts`,
		as: karim.email,
		path: `/${locale}/organisation`,
		audit: denied('membership')
	},
	{
		// An organisation admin's form, posted by a plain member.
		route: `${routes}/organisation/+page.server.ts`,
		as: karim.email,
		path: `/${locale}/organisation?/remove`,
		form: { organisation: nothing, user: nothing },
		audit: denied('organisation')
	},
	{
		// A file for a group the member is not in (one that does not exist).
		route: `${routes}/files/+page.server.ts`,
		as: karim.email,
		path: `/${locale}/files?/upload`,
		form: { title: `Refused ${run}`, scope: `group:${nothing}`, file: pdf(`refused ${run}`) },
		audit: fileDenied('file-scope')
	},
	{
		route: `${routes}/files/[id]/+page.server.ts`,
		as: karim.email,
		path: `/${locale}/files/${nothing}`,
		audit: fileDenied('file')
	},
	{
		route: `${routes}/files/[id]/v/[version]/+server.ts`,
		as: karim.email,
		path: `/${locale}/files/${nothing}/v/1`,
		audit: fileDenied('file')
	},
	{
		route: `${routes}/groups/+page.server.ts`,
		as: karim.email,
		path: `/${locale}/groups?/join`,
		form: { slug: `no-such-group-${run}` },
		audit: denied('working-group')
	},
	{
		route: `${routes}/groups/[slug]/+page.server.ts`,
		as: karim.email,
		path: `/${locale}/groups/no-such-group-${run}`,
		audit: denied('working-group')
	},
	{
		route: `${routes}/groups/[slug]/threads/[id]/+page.server.ts`,
		as: karim.email,
		path: `/${locale}/groups/bolivia/threads/${nothing}`,
		audit: denied('thread')
	},
	{
		route: `${routes}/people/[id]/+page.server.ts`,
		as: karim.email,
		path: `/${locale}/people/${nothing}`,
		audit: denied('profile')
	}
]);
