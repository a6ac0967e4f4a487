// The portal at 320, 390 and 1366 px (tooling/playwright/fit.ts): its public pages signed out,
// then every page of the members' area as an organisation admin (who also sees the organisation's
// page), items found from the lists.
import { test } from '@playwright/test';
import { forgetTwoFactor, signIn } from '@solidair/account/e2e/staff';
import { e2eDb } from '@solidair/account/e2e/members';
import { fitTests, linksUnder, type FitPage } from '@solidair/tooling/playwright/fit';

const db = e2eDb(1);
test.afterAll(async () => {
	await forgetTwoFactor(db);
	await db.destroy();
});

fitTests({
	app: 'platform',
	label: 'signed out',
	pages: async () => [
		{ name: 'public home', path: '/nl' },
		{ name: 'publications', path: '/nl/publications' },
		{ name: 'agenda', path: '/nl/events' },
		{ name: 'login', path: '/nl/login' },
		{ name: 'not found', path: '/nl/bestaat-niet' }
	]
});

fitTests({
	app: 'platform',
	label: 'signed in',
	signIn: (context, baseURL) => signIn(db, context, baseURL, 'els.peeters@acv-csc.be').then(() => {}),
	pages: async (context) => {
		const pages: FitPage[] = [];
		const withFirst = async (name: string, path: string, prefix = path) => {
			pages.push({ name, path });
			const [link] = await linksUnder(context, path, prefix);
			if (link) pages.push({ name: `${name}: an item`, path: link });
			return link;
		};
		await withFirst('members home', '/nl/members', '/nl/groups');
		const group = await withFirst('groups', '/nl/groups');
		if (group) await withFirst('a group’s threads', group, `${group}/threads`);
		await withFirst('files and upload form', '/nl/files');
		await withFirst('meetings', '/nl/meetings');
		await withFirst('directory', '/nl/directory', '/nl/people');
		pages.push(
			{ name: 'organisation', path: '/nl/organisation' },
			{ name: 'account', path: '/nl/account' },
			{ name: 'profile', path: '/nl/account/profile' },
			{ name: 'two-factor', path: '/nl/account/two-factor' }
		);
		return pages;
	}
});
