import { verifyPreviewToken } from '@solidair/site-kit/preview-token';
import { expect, test } from 'vitest';
import { previewLink, siteOrigin } from './preview-link.ts';

const secret = 'a-test-secret-of-at-least-32-characters';
const translation = { id: '0b6c2a47-7d0e-4a59-9d3c-1f7a2b3c4d5e', locale: 'fr' as const };
const now = new Date('2026-11-23T10:00:00Z');

test('each site’s address comes from its variable, else its development server', () => {
	expect(siteOrigin('wsm', {})).toBe('http://localhost:3001');
	expect(siteOrigin('fos', {})).toBe('http://localhost:3002');
	expect(siteOrigin('wsm', { WSM_ORIGIN: 'https://www.wsm.be' })).toBe('https://www.wsm.be');
	expect(siteOrigin('fos', { WSM_ORIGIN: 'https://www.wsm.be' })).toBe('http://localhost:3002');
});

test('a preview link leads to the site’s preview page in the text’s language, signed for an hour', () => {
	const link = previewLink('wsm', translation, {
		env: { PREVIEW_SECRET: secret, WSM_ORIGIN: 'https://wsm.be' },
		now
	});
	expect(link?.expiresAt.toISOString()).toBe('2026-11-23T11:00:00.000Z');
	const match = /^https:\/\/wsm\.be\/fr\/preview\/([^/?#]+)$/.exec(link?.href ?? '');
	expect(match).not.toBeNull();
	const token = decodeURIComponent(match![1]!);
	expect(verifyPreviewToken(token, secret, now)).toEqual({
		translationId: translation.id,
		expiresAt: link!.expiresAt
	});
	expect(verifyPreviewToken(token, secret, new Date('2026-11-23T11:00:01Z'))).toBeNull();
});

test('without a secret long enough, there is no link', () => {
	expect(previewLink('wsm', translation, { env: {}, now })).toBeUndefined();
	expect(previewLink('fos', translation, { env: { PREVIEW_SECRET: 'short' }, now })).toBeUndefined();
});
