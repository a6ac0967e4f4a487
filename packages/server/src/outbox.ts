// Delivers the outbox: e-mails the apps queued in the same transaction as what they stored
// (a contact message, a subscription). Over SMTP when SMTP_URL is set; otherwise printed, so a
// developer can read them. Several servers may run it: rows are claimed with SKIP LOCKED.
import { createDb, type Database } from '@solidair/db';
import { sql, type Kysely } from 'kysely';
import nodemailer, { type Transporter } from 'nodemailer';

export interface OutboxOptions {
	db: Kysely<Database>;
	/** Where mail goes: an SMTP transport, or anything nodemailer accepts (tests use a stream). */
	transport: Transporter | 'print';
	from: string;
	/** Rows claimed per round. */
	batch?: number;
}

const maxAttempts = 8;

/** A link's query string: where every single-use token a mail carries sits (resets, invitations, confirmations). */
const linkQuery = /(https?:\/\/[^\s?#"'<>]+)\?[^\s#"'<>]*/g;

/**
 * A sent mail's body as it is kept: its links without their query strings, so the outbox holds
 * no working reset, invitation or newsletter token once the mail is gone (only their hashes are
 * kept elsewhere). What the mail said, and to which page, stays readable for support.
 */
export function withoutLinkTokens(body: string): string {
	return body.replace(linkQuery, '$1?…');
}

/** Sends what is due, once; returns how many were sent and how many failed. */
export async function deliverDue({
	db,
	transport,
	from,
	batch = 20
}: OutboxOptions): Promise<{ sent: number; failed: number }> {
	let sent = 0;
	let failed = 0;
	await db.transaction().execute(async (tx) => {
		const due = await tx
			.selectFrom('outbox')
			.selectAll()
			.where('sent_at', 'is', null)
			.where('send_after', '<=', sql<Date>`now()`)
			.where('attempts', '<', maxAttempts)
			.orderBy('id')
			.limit(batch)
			.forUpdate()
			.skipLocked()
			.execute();
		for (const mail of due) {
			try {
				if (transport === 'print') {
					console.log(
						`\n--- outbox #${mail.id} (${mail.kind}) to ${mail.to_address}\nSubject: ${mail.subject}\n\n${mail.text_body}\n---`
					);
				} else {
					await transport.sendMail({
						from,
						to: mail.to_address,
						subject: mail.subject,
						text: mail.text_body,
						...(mail.html_body && { html: mail.html_body })
					});
				}
				await tx
					.updateTable('outbox')
					.set({
						sent_at: sql`now()`,
						last_error: null,
						text_body: withoutLinkTokens(mail.text_body),
						html_body: mail.html_body === null ? null : withoutLinkTokens(mail.html_body)
					})
					.where('id', '=', mail.id)
					.execute();
				sent++;
			} catch (error) {
				// Try again later, waiting twice as long each time (1, 2, 4 … minutes).
				await tx
					.updateTable('outbox')
					.set({
						attempts: sql`attempts + 1`,
						last_error: String(error instanceof Error ? error.message : error).slice(0, 500),
						send_after: sql`now() + make_interval(mins => power(2, attempts)::int)`
					})
					.where('id', '=', mail.id)
					.execute();
				failed++;
			}
		}
	});
	return { sent, failed };
}

/** Runs `deliverDue` every few seconds until stopped; returns the stop function. */
export function startOutboxSender(env: NodeJS.ProcessEnv = process.env): () => Promise<void> {
	const databaseUrl = env.DATABASE_URL;
	if (!databaseUrl) return async () => {};
	const db = createDb(databaseUrl, { max: 1 });
	const transport = env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : 'print';
	const from = env.MAIL_FROM ?? 'Solidair <no-reply@localhost>';
	let timer: NodeJS.Timeout | undefined;
	let running: Promise<unknown> = Promise.resolve();
	const tick = () => {
		running = deliverDue({ db, transport, from })
			.catch((error: unknown) =>
				console.error(`outbox: ${error instanceof Error ? error.message : String(error)}`)
			)
			.finally(() => (timer = setTimeout(tick, 5_000)));
	};
	tick();
	return async () => {
		clearTimeout(timer);
		await running;
		clearTimeout(timer);
		await db.destroy();
	};
}
