// The intranet at 320, 390 and 1366 px (tooling/playwright/fit.ts), as an intranet admin (who
// sees every page, the admin pages included): the staff pages, WSM's editing pages, the inbox and
// the admin pages, items found from the lists. The seed's announcement with a long unbroken
// address is on the home page and the announcements list.
import { test } from '@playwright/test';
import { forgetTwoFactor, signIn, staff } from '@solidair/account/e2e/staff';
import { e2eDb } from '@solidair/account/e2e/members';
import { fitTests, linksUnder, type FitPage } from '@solidair/tooling/playwright/fit';

const db = e2eDb(1);
test.afterAll(async () => {
	await forgetTwoFactor(db);
	await db.destroy();
});

fitTests({
	app: 'intranet',
	label: 'signed out',
	pages: async () => [
		{ name: 'login', path: '/nl/login' },
		{ name: 'password reset', path: '/nl/login/reset' }
	]
});

fitTests({
	app: 'intranet',
	signIn: (context, baseURL) => signIn(db, context, baseURL, staff.marie).then(() => {}),
	pages: async (context) => {
		const pages: FitPage[] = [];
		const withFirst = async (name: string, path: string, prefix = path) => {
			pages.push({ name, path });
			const links = await linksUnder(context, path, prefix);
			// An editor's entry, not the "new entry" form (which has its own place below).
			const link = links.find((href) => !/\/(new|pick)$/.test(href));
			if (link) pages.push({ name: `${name}: an item`, path: link });
			return link;
		};
		pages.push({ name: 'home', path: '/nl' });
		await withFirst('announcements', '/nl/announcements');
		await withFirst('agenda', '/nl/agenda');
		await withFirst('documents', '/nl/documents');
		pages.push({ name: 'directory', path: '/nl/directory' }, { name: 'sites', path: '/nl/sites' });
		await withFirst('entries list', '/nl/sites/wsm/entries');
		pages.push({ name: 'new entry', path: '/nl/sites/wsm/entries/new' });
		await withFirst('review queue', '/nl/sites/wsm/reviews');
		await withFirst('media library', '/nl/sites/wsm/media');
		pages.push({ name: 'site settings', path: '/nl/sites/wsm/settings' });
		const inbox = await withFirst('inbox', '/nl/inbox');
		if (inbox) await withFirst('inbox of a site', inbox);
		await withFirst('subscribers', '/nl/subscribers/wsm');
		await withFirst('admin: users', '/nl/admin/users');
		pages.push(
			{ name: 'admin: audit log', path: '/nl/admin/audit' },
			{ name: 'account', path: '/nl/account' },
			{ name: 'not found', path: '/nl/bestaat-niet' }
		);
		return pages;
	}
});
