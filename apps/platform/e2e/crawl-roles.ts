// The roles the portal's and the intranet's crawls go round as: signed out and every demo role,
// each signed in with a session made in the e2e database (2FA counted as passed where required).
import type { CrawlRole } from '@solidair/tooling/playwright/crawl';
import { signIn } from '../../intranet/e2e/staff.ts';
import type { E2eDb } from './members.ts';

const accounts = {
	member: 'karim.elamrani@abvv-fgtb.be',
	'organisation admin': 'els.peeters@acv-csc.be',
	'platform admin': 'admin@waardigwerk.be',
	'WSM editor': 'an.janssens@wsm.be',
	'FOS editor': 'tom.vermeulen@fos.ngo',
	'intranet admin': 'marie.lambert@wsm.be'
};

export function demoRoles(db: E2eDb): CrawlRole[] {
	return [
		{ name: 'signed out' },
		...Object.entries(accounts).map(([name, email]) => ({
			name: `as ${name}`,
			signIn: async (context: Parameters<NonNullable<CrawlRole['signIn']>>[0], baseURL: string) => {
				await signIn(db, context, baseURL, email);
			}
		}))
	];
}
