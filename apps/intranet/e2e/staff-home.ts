// What the staff home's test files (staff-home-*.test.ts) share: their language, a database
// handle closed after the file, and two small look-ups.
import { test, type Page } from '@playwright/test';
import { e2eDb, forgetTwoFactor, type E2eDb } from '@solidair/account/e2e/staff';

export const locale = 'nl';

/**
 * The e2e database for one test file; call it at the top of the file, so its clean-up (the 2FA
 * credentials signing in made, then the connection) runs after that file's tests.
 */
export function staffHomeDb(): E2eDb {
	const db = e2eDb();
	test.afterAll(async () => {
		await forgetTwoFactor(db);
		await db.destroy();
	});
	return db;
}

export const organisationId = async (db: E2eDb, slug: string) =>
	(await db.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;

/** Script that must stay text: any dialog it would open is collected here. */
export function watchDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	return dialogs;
}
