// Every refusal of the intranet: a 404 for a staff member who may not (here WSM's editor, asking
// for FOS's things and the admins' pages), and its row in the audit log; and its door, which
// refuses anyone signed in who is not staff.
import { randomUUID } from 'node:crypto';
import { test } from '@playwright/test';
import { karim, pdf, run } from '@solidair/account/e2e/members';
import { expectRefused, refusalTests } from '@solidair/account/e2e/refusals';
import { staff, userId } from '@solidair/account/e2e/staff';

const routes = `[lang=locale]`;
const nothing = randomUUID();
const denied = (targetType: string) => ({ action: 'resource.access_denied' as const, targetType });
const fileDenied = (targetType: string) => ({ action: 'file.access_denied' as const, targetType });
const an = staff.an;

const db = refusalTests(
	'intranet',
	[
		{
			route: `${routes}/admin/audit/+page.server.ts`,
			as: an,
			path: '/nl/admin/audit',
			audit: denied('audit-log')
		},
		{
			route: `${routes}/admin/users/+page.server.ts`,
			as: an,
			path: '/nl/admin/users',
			audit: denied('staff')
		},
		{
			route: `${routes}/admin/users/[id]/+page.server.ts`,
			as: an,
			path: async (db) => `/nl/admin/users/${await userId(db, staff.marie)}`,
			audit: denied('user')
		},
		{
			route: `${routes}/agenda/+page.server.ts`,
			as: an,
			path: '/nl/agenda?/create',
			form: {},
			audit: denied('staff-event')
		},
		{
			route: `${routes}/agenda/[id]/+page.server.ts`,
			as: an,
			path: `/nl/agenda/${nothing}`,
			audit: denied('staff-event')
		},
		{
			route: `${routes}/announcements/+page.server.ts`,
			as: an,
			path: '/nl/announcements?/create',
			form: {},
			audit: denied('announcement')
		},
		{
			route: `${routes}/announcements/[id]/+page.server.ts`,
			as: an,
			path: `/nl/announcements/${nothing}`,
			audit: denied('announcement')
		},
		{
			// A document for FOS's staff, which WSM's editor is not.
			route: `${routes}/documents/+page.server.ts`,
			as: an,
			path: '/nl/documents?/upload',
			form: { title: `Refused ${run}`, audience: 'fos', file: pdf(`refused ${run}`) },
			audit: fileDenied('file-scope')
		},
		{
			route: `${routes}/documents/[id]/+page.server.ts`,
			as: an,
			path: `/nl/documents/${nothing}`,
			audit: fileDenied('file')
		},
		{
			route: `${routes}/documents/[id]/v/[version]/+server.ts`,
			as: an,
			path: `/nl/documents/${nothing}/v/1`,
			audit: fileDenied('file')
		},
		{
			route: `${routes}/inbox/[site]/+page.server.ts`,
			as: an,
			path: '/nl/inbox/fos',
			audit: denied('inbox')
		},
		{
			route: `${routes}/inbox/[site]/[id]/+page.server.ts`,
			as: an,
			path: `/nl/inbox/fos/${nothing}`,
			audit: denied('inbox')
		},
		{
			route: `${routes}/subscribers/[site]/+page.server.ts`,
			as: an,
			path: '/nl/subscribers/fos',
			audit: denied('subscribers')
		},
		{
			route: `${routes}/subscribers/[site]/[id]/+page.server.ts`,
			as: an,
			path: `/nl/subscribers/fos/${nothing}`,
			audit: denied('subscribers')
		},
		{
			route: `${routes}/subscribers/[site]/export.csv/+server.ts`,
			as: an,
			path: '/nl/subscribers/fos/export.csv',
			audit: denied('subscribers')
		},
		{
			route: `${routes}/sites/[site]/entries/+page.server.ts`,
			as: an,
			path: '/nl/sites/fos/entries',
			audit: denied('site-entry')
		},
		{
			route: `${routes}/sites/[site]/entries/new/+page.server.ts`,
			as: an,
			path: '/nl/sites/fos/entries/new',
			audit: denied('site-entry')
		},
		{
			route: `${routes}/sites/[site]/entries/[id]/+page.server.ts`,
			as: an,
			path: `/nl/sites/fos/entries/${nothing}`,
			audit: denied('site-entry')
		},
		{
			route: `${routes}/sites/[site]/entries/[id]/autosave/+server.ts`,
			as: an,
			path: `/nl/sites/fos/entries/${nothing}/autosave`,
			form: { locale: 'nl', expectedVersion: '1', title: 'Overgenomen', summary: '', body: '' },
			audit: denied('site-entry')
		},
		{
			route: `${routes}/sites/[site]/entries/[id]/image.json/+server.ts`,
			as: an,
			path: `/nl/sites/fos/entries/${nothing}/image.json?image=${nothing}&lang=nl`,
			audit: denied('site-entry')
		},
		{
			route: `${routes}/sites/[site]/home/+page.server.ts`,
			as: an,
			path: '/nl/sites/fos/home',
			audit: denied('site-entry')
		},
		{
			route: `${routes}/sites/[site]/menus/+page.server.ts`,
			as: an,
			path: '/nl/sites/fos/menus',
			audit: denied('site-entry')
		},
		{
			route: `${routes}/sites/[site]/reviews/+page.server.ts`,
			as: an,
			path: '/nl/sites/fos/reviews',
			audit: denied('site-review')
		},
		{
			route: `${routes}/sites/[site]/reviews/[id]/+page.server.ts`,
			as: an,
			path: `/nl/sites/fos/reviews/${nothing}`,
			audit: denied('site-review')
		},
		{
			// A site's settings are the intranet admins', not its editors'.
			route: `${routes}/sites/[site]/settings/+page.server.ts`,
			as: an,
			path: '/nl/sites/wsm/settings',
			audit: denied('site-settings')
		},
		{
			route: `${routes}/sites/[site]/media/+page.server.ts`,
			as: an,
			path: '/nl/sites/fos/media',
			audit: denied('site-entry')
		},
		{
			route: `${routes}/sites/[site]/media/[id]/+page.server.ts`,
			as: an,
			path: `/nl/sites/fos/media/${nothing}`,
			audit: denied('site-entry')
		},
		{
			route: `${routes}/sites/[site]/media/library.json/+server.ts`,
			as: an,
			path: '/nl/sites/fos/media/library.json',
			audit: denied('site-entry')
		},
		{
			route: `${routes}/sites/[site]/media/pick/+page.server.ts`,
			as: an,
			path: `/nl/sites/fos/media/pick?for=${nothing}`,
			audit: denied('site-entry')
		},
		{
			route: `${routes}/sites/[site]/media/[id]/[file]/+server.ts`,
			as: an,
			path: `/nl/sites/fos/media/${nothing}/w640.jpg`,
			audit: denied('site-entry')
		}
	],
	// The intranet's helpers that refuse for the routes that call them.
	['editableSite', 'reviewSite', 'staffItemEditing']
);

test('intranet: its door refuses a member of the platform who is not staff: 404, audited', async ({
	browser,
	baseURL
}) => {
	await expectRefused(db, browser, baseURL!, {
		as: karim.email,
		path: '/nl',
		audit: denied('intranet'),
		routeId: `/${routes}`
	});
});
