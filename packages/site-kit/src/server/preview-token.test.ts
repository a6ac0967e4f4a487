import { describe, expect, test } from 'vitest';
import { previewToken, verifyPreviewToken } from './preview-token.ts';

const secret = 'a-secret-of-at-least-32-characters!!';
const translationId = '0b7e1c4a-3f1d-4c2e-9a6b-5d8f7e6c4b3a';
const now = new Date('2026-11-23T12:00:00Z');
const expiresAt = new Date('2026-11-30T12:00:00Z');

describe('preview tokens', () => {
	const token = previewToken({ translationId, expiresAt }, secret);

	test('a fresh token gives back its translation and expiry', () => {
		expect(verifyPreviewToken(token, secret, now)).toEqual({ translationId, expiresAt });
	});

	test('it is valid until its expiry time, not at or after it', () => {
		expect(verifyPreviewToken(token, secret, new Date(expiresAt.getTime() - 1))).not.toBeNull();
		expect(verifyPreviewToken(token, secret, expiresAt)).toBeNull();
		expect(verifyPreviewToken(token, secret, new Date(expiresAt.getTime() + 86_400_000))).toBeNull();
	});

	test('another secret does not verify it', () => {
		expect(verifyPreviewToken(token, `${secret}x`, now)).toBeNull();
	});

	test('changing the translation, the expiry or the signature breaks it', () => {
		const [id, seconds, mac] = token.split('.') as [string, string, string];
		const otherId = '0b7e1c4a-3f1d-4c2e-9a6b-5d8f7e6c4b3b';
		const later = String(Number(seconds) + 86_400);
		const flipped = (mac[0] === 'A' ? 'B' : 'A') + mac.slice(1);
		for (const forged of [
			`${otherId}.${seconds}.${mac}`,
			`${id}.${later}.${mac}`,
			`${id}.${seconds}.${flipped}`,
			`${id}.${seconds}.${mac.slice(0, -1)}`,
			`${id}.${seconds}`,
			`${id}.${seconds}.${mac}.extra`,
			`${id.toUpperCase()}.${seconds}.${mac}`,
			'',
			'not a token'
		]) {
			expect(verifyPreviewToken(forged, secret, now), forged).toBeNull();
		}
		// A token for the other translation, properly signed, is valid for that one only.
		const other = previewToken({ translationId: otherId, expiresAt }, secret);
		expect(verifyPreviewToken(other, secret, now)?.translationId).toBe(otherId);
	});

	test('the token is URL-safe', () => {
		expect(encodeURIComponent(token)).toBe(token);
	});

	test('a short secret or a malformed id is a programming error', () => {
		expect(() => previewToken({ translationId, expiresAt }, 'short')).toThrow(/32 characters/);
		expect(() => previewToken({ translationId: 'x.y', expiresAt }, secret)).toThrow();
	});
});
