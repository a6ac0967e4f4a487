// The activity digest: composed in each member's language and queued in the outbox by
// `sendDueDigests`, which every running instance calls on a timer (each digest is claimed in the
// database, so two instances never send one twice).
import { sendDueDigests, type Activity, type DigestRecipient } from '@solidair/db/activity';
import { type Mail } from '@solidair/db/forms';
import { formatDateTime, isLocale, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { describeActivity } from './activity.ts';
import { site } from './site.ts';

/**
 * Where the digest's links point: the configured ORIGIN. There is no request to take it from (and
 * a request's Host header could be forged anyway); without ORIGIN, this machine (development).
 */
export function digestOrigin(env: NodeJS.ProcessEnv = process.env): string {
	return env.ORIGIN || `http://localhost:${env.PORT ?? 3003}`;
}

/** The portal's language closest to the member's: a Spanish-speaking member reads English. */
function portalLocale(locale: string): Locale {
	return isLocale(locale) && site.locales.includes(locale) ? locale : 'en';
}

export function composeDigest(recipient: DigestRecipient, activity: Activity[], origin: string): Mail {
	const locale = portalLocale(recipient.locale);
	const since = formatDateTime(recipient.since, locale);
	const link = (path: string) => new URL(path, origin).href;
	const lines = activity.map((item) => {
		const line = describeActivity(item, locale);
		return `- ${line.title}\n  ${line.detail}\n  ${link(line.href)}`;
	});
	const frequency =
		recipient.frequency === 'daily'
			? m.digest_frequency_daily({}, { locale })
			: m.digest_frequency_weekly({}, { locale });
	return {
		to: recipient.email,
		subject: m.digest_subject({ date: since }, { locale }),
		text: [
			m.digest_greeting({ name: recipient.name }, { locale }),
			m.digest_intro({ date: since }, { locale }),
			lines.join('\n\n'),
			`${m.digest_footer({ frequency }, { locale })}\n${link(`/${locale}/account`)}`
		].join('\n\n'),
		kind: 'digest'
	};
}

const digestIntervalMs = 15 * 60 * 1000;

/** Sends the due digests now and then every quarter of an hour, for as long as the process runs. */
export function startDigests(db: () => Parameters<typeof sendDueDigests>[0]): void {
	const run = async () => {
		try {
			const origin = digestOrigin();
			await sendDueDigests(db(), (recipient, activity) => composeDigest(recipient, activity, origin));
		} catch (error) {
			// A database outage is not fatal: the next round sends what is still due.
			console.error(
				JSON.stringify({
					level: 'error',
					msg: 'digest',
					error: error instanceof Error ? error.message : String(error)
				})
			);
		}
	};
	setTimeout(run, 10_000).unref();
	setInterval(run, digestIntervalMs).unref();
}
