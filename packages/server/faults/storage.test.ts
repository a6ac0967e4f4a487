// An upload when the media folder cannot be written (here: its path runs through a file; a full
// or read-only disk fails the same way): the member gets a clear message in their language with
// what they typed, and nothing is half-stored — no file row, no version, nothing on disk.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDb } from '@solidair/db';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { faultStack, joinFirstGroup, platformLogin, root } from './stack.ts';

const port = 3295;
const stack = faultStack(54384);
const origin = `http://127.0.0.1:${port}`;
const blocked = join(stack.mediaDir, '..', 'not-a-folder');

beforeAll(async () => {
	await stack.startDatabase(true);
	writeFileSync(blocked, 'a file where the media folder should be');
	await stack.startApp('platform', port, { MEDIA_DIR: join(blocked, 'media') });
}, 120_000);

afterAll(() => stack.cleanUp(), 60_000);

test('an unwritable media folder: a clear 503 in Dutch, the input kept, nothing stored', async () => {
	const cookie = await platformLogin(port);

	const db = createDb(stack.databaseUrl, { max: 1 });
	try {
		const group = { id: await joinFirstGroup(stack.databaseUrl) };

		const title = `Verslag ${Date.now()}`;
		const pdf = `%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\n% ${title}\ntrailer <</Root 1 0 R>>\n%%EOF\n`;
		const form = new FormData();
		form.set('title', title);
		form.set('scope', `group:${group.id}`);
		form.set('file', new Blob([pdf], { type: 'application/pdf' }), 'verslag.pdf');
		const upload = await fetch(`${origin}/nl/files?/upload`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin, accept: 'text/html', cookie },
			body: form
		});
		const html = await upload.text();
		const messages = JSON.parse(readFileSync(join(root, 'packages/i18n/messages/nl.json'), 'utf8')) as Record<
			string,
			string
		>;
		expect(upload.status).toBe(503);
		// The message's first clause (the page escapes the rest's punctuation its own way).
		expect(html).toContain(messages.files_error_storage!.split(':')[0]);
		expect(html).toContain(`value="${title}"`);
		expect(html).not.toMatch(/ENOTDIR|at .*\.js:\d+/);

		const rows = await db.selectFrom('files').select('id').where('title', '=', title).execute();
		expect(rows).toEqual([]);
	} finally {
		await db.destroy();
	}
}, 60_000);
