import { expect, test } from 'vitest';
import { rolesText } from './roles.ts';

const none = { isIntranetAdmin: false, isPlatformAdmin: false, editorOf: [], reviewerOf: [] };

test('each role per site is named, in the reader’s language', () => {
	expect(rolesText({ ...none, editorOf: ['wsm'], reviewerOf: ['wsm'] }, 'nl')).toBe(
		'redacteur WSM en reviewer WSM'
	);
	expect(rolesText({ ...none, reviewerOf: ['fos'] }, 'fr')).toBe('relecteur FOS');
	expect(rolesText({ ...none, isIntranetAdmin: true, reviewerOf: ['wsm', 'fos'] }, 'en')).toBe(
		'intranet admin, reviewer of WSM, and reviewer of FOS'
	);
	expect(rolesText(none, 'es')).toBe('—');
});
