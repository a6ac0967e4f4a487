import * as m from '@solidair/i18n/messages';
import { bodyTooLargeHeader } from '@solidair/server/limits';
import { expect, test } from 'vitest';
import { MediaStoreError } from '@solidair/db/storage';
import { readForm, storageFailure } from './uploads.ts';

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
	new Request('http://intranet.test/nl/documents?/upload', { method: 'POST', body, headers });

test('a form is read as it was posted', async () => {
	const form = new FormData();
	form.set('title', 'Jaarverslag');
	const result = await readForm(post(form), 'nl');
	expect(result.ok && result.data.get('title')).toBe('Jaarverslag');
});

test('a body the server would not take is a 413 with the reason in the reader’s language', async () => {
	const result = await readForm(
		post(null, { [bodyTooLargeHeader]: '1', 'content-type': 'multipart/form-data; boundary=x' }),
		'fr'
	);
	expect(result).toEqual({ ok: false, status: 413, message: m.files_error_too_large({}, { locale: 'fr' }) });
});

test('a body that is no form is a 400', async () => {
	const result = await readForm(post('no form', { 'content-type': 'multipart/form-data; boundary=x' }), 'nl');
	expect(result).toMatchObject({ ok: false, status: 400 });
});

test('an S3 store refusing or out of reach is the server’s problem: a 503 in the reader’s language', () => {
	const failure = storageFailure(
		new MediaStoreError('the S3 store s3://media refused to store a file (HTTP 500)', 500),
		'fr'
	);
	expect(failure).toMatchObject({ ok: false, status: 503 });
	expect(failure?.message).toBe(m.files_error_storage({}, { locale: 'fr' }));
	expect(storageFailure(new Error('a bug'), 'fr')).toBeUndefined();
});
