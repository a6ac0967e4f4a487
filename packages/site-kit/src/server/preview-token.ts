// Signed preview links: an editor in the intranet shares `…/preview?token=…`, and the public site
// renders that translation whatever its status, until the link expires. The token is the
// translation id and expiry time with an HMAC-SHA256 over both, so it needs no table and no
// session on the public site; it cannot be altered to show another translation or to last longer.
// It lives beside the preview page's path and loader: the intranet signs with it
// (`@solidair/site-kit/preview-token`, its own subpath so signing loads none of the sites' loaders),
// the sites check it in `loadPreview`.
import { hmac } from '@oslojs/crypto/hmac';
import { SHA256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase64urlNoPadding } from '@oslojs/encoding';

export interface PreviewClaims {
	translationId: string;
	expiresAt: Date;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// Separates these signatures from any other HMAC made with the same secret.
const purpose = 'solidair-preview-v1';
const encoder = new TextEncoder();

function signature(payload: string, secret: string): string {
	if (secret.length < 32) throw new Error('the preview secret must be at least 32 characters');
	return encodeBase64urlNoPadding(
		hmac(SHA256, encoder.encode(secret), encoder.encode(`${purpose}:${payload}`))
	);
}

/** A token for a preview link of `translationId`, valid until `expiresAt` (to the second). */
export function previewToken({ translationId, expiresAt }: PreviewClaims, secret: string): string {
	const id = translationId.toLowerCase();
	if (!uuidPattern.test(id)) throw new Error('a preview token needs a translation id');
	const payload = `${id}.${Math.floor(expiresAt.getTime() / 1000)}`;
	return `${payload}.${signature(payload, secret)}`;
}

/**
 * The claims of a token signed with `secret` that has not expired at `now`; `null` for anything
 * else (malformed, altered, signed with another secret, expired), without saying which.
 */
export function verifyPreviewToken(
	token: string,
	secret: string,
	now: Date = new Date()
): PreviewClaims | null {
	const match = /^([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
	if (!match) return null;
	const [, translationId = '', seconds = '', mac = ''] = match;
	if (!uuidPattern.test(translationId)) return null;
	// Compared in constant time: the time taken must not tell how much of a guess was right.
	const expected = signature(`${translationId}.${seconds}`, secret);
	if (!constantTimeEqual(encoder.encode(mac), encoder.encode(expected))) return null;
	const expiresAt = new Date(Number(seconds) * 1000);
	return expiresAt.getTime() > now.getTime() ? { translationId, expiresAt } : null;
}
