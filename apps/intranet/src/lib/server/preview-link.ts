// Signed preview links from the intranet to the public sites (checked there by `loadPreview`).
import type { SiteId } from '@solidair/auth';
import { previewToken } from '@solidair/site-kit/preview-token';
import type { Locale } from '@solidair/i18n';
import { previewPath } from '@solidair/site-kit/server';

/** How long a preview link works: long enough to share with a colleague, short enough to go stale. */
export const previewLifetimeMs = 60 * 60 * 1000;

/** The public address of a site: WSM_ORIGIN or FOS_ORIGIN, else the development server (tooling/ports.js). */
export function siteOrigin(siteId: SiteId, env: NodeJS.ProcessEnv = process.env): string {
	const configured = siteId === 'wsm' ? env.WSM_ORIGIN : env.FOS_ORIGIN;
	return configured || `http://localhost:${siteId === 'wsm' ? 3001 : 3002}`;
}

/**
 * A link to a translation's preview on its site, valid for an hour; `undefined` when PREVIEW_SECRET
 * is not set (or too short): then the sites could not check the link either.
 */
export function previewLink(
	siteId: SiteId,
	translation: { id: string; locale: Locale },
	{ env = process.env, now = new Date() }: { env?: NodeJS.ProcessEnv; now?: Date } = {}
): { href: string; expiresAt: Date } | undefined {
	const secret = env.PREVIEW_SECRET;
	if (!secret || secret.length < 32) return undefined;
	const expiresAt = new Date(now.getTime() + previewLifetimeMs);
	const token = previewToken({ translationId: translation.id, expiresAt }, secret);
	return { href: `${siteOrigin(siteId, env)}${previewPath(translation.locale, token)}`, expiresAt };
}
