import { type Database } from '@solidair/db';
import { enqueueMail } from '@solidair/db/forms';
import { createTestDatabase, type TestDatabase } from '@solidair/db/testing';
import type { Kysely } from 'kysely';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { deliverDue } from './outbox.ts';

describe.each(inject('databases'))('the outbox sender on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	let db: Kysely<Database>;

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		db = t.db;
	});
	afterAll(async () => t?.drop());

	test('a queued mail is sent once, as a real RFC 5322 message, and marked sent', async () => {
		await enqueueMail(db, {
			kind: 'test',
			to: 'leen@example.org',
			subject: 'Bevestig je inschrijving',
			text: 'Dag Leen,\n\nKlik hier.'
		});
		const messages: string[] = [];
		const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
		const transport = {
			sendMail: async (mail: SendMailOptions) => {
				const info = await stream.sendMail(mail);
				messages.push(String(info.message));
				return info;
			}
		} as unknown as Transporter;
		expect(await deliverDue({ db, transport, from: 'WSM <no-reply@wsm.be>' })).toEqual({
			sent: 1,
			failed: 0
		});
		expect(await deliverDue({ db, transport, from: 'WSM <no-reply@wsm.be>' })).toEqual({
			sent: 0,
			failed: 0
		});
		expect(messages).toHaveLength(1);
		const [headers = '', body = ''] = messages[0]!.split('\n\n', 2);
		expect(headers).toMatch(/^To: leen@example\.org$/m);
		expect(headers).toMatch(/^From: WSM <no-reply@wsm\.be>$/m);
		expect(headers).toMatch(/^Subject: Bevestig je inschrijving$/m);
		expect(body).toContain('Dag Leen');
		const row = await db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
		expect(row.sent_at).toBeInstanceOf(Date);
	});

	test('once sent, the outbox keeps no working token: links lose their query strings', async () => {
		await db.deleteFrom('outbox').execute();
		const token = 'q7x2m4k9a3b5c6d8e2f4g6h8j2k4m6n8';
		const link = `https://waardigwerk.be/nl/login/reset/new?token=${token}`;
		await enqueueMail(db, {
			kind: 'password-reset',
			to: 'an@example.org',
			subject: 'Nieuw wachtwoord',
			text: `Dag An,\n\nKies een nieuw wachtwoord: ${link}\n\nDe link werkt een uur.`,
			html: `<p><a href="${link}">Nieuw wachtwoord</a></p>`
		});
		const delivered: string[] = [];
		const transport = {
			sendMail: async (mail: SendMailOptions) => {
				delivered.push(`${String(mail.text)}\n${String(mail.html)}`);
				return {};
			}
		} as unknown as Transporter;
		expect(await deliverDue({ db, transport, from: 'x@example.org' })).toEqual({ sent: 1, failed: 0 });
		// The mail itself carried the link, token and all.
		expect(delivered[0]).toContain(link);
		const row = await db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
		expect(`${row.text_body}${row.html_body}`).not.toContain(token);
		expect(row.text_body).toBe(
			'Dag An,\n\nKies een nieuw wachtwoord: https://waardigwerk.be/nl/login/reset/new?…\n\nDe link werkt een uur.'
		);
		expect(row.html_body).toBe(
			'<p><a href="https://waardigwerk.be/nl/login/reset/new?…">Nieuw wachtwoord</a></p>'
		);
	});

	test('a failing delivery is kept, counted and retried later, not lost', async () => {
		await db.deleteFrom('outbox').execute();
		await enqueueMail(db, { kind: 'test', to: 'karim@example.org', subject: 'Uitnodiging', text: 'Welkom' });
		const broken = {
			sendMail: async () => Promise.reject(new Error('connection refused'))
		} as unknown as Transporter;
		expect(await deliverDue({ db, transport: broken, from: 'x@example.org' })).toEqual({
			sent: 0,
			failed: 1
		});
		const row = await db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
		expect(row).toMatchObject({ sent_at: null, attempts: 1, last_error: 'connection refused' });
		expect(row.send_after.getTime()).toBeGreaterThan(Date.now());
		// Not due yet: the next round leaves it alone.
		expect(await deliverDue({ db, transport: broken, from: 'x@example.org' })).toEqual({
			sent: 0,
			failed: 0
		});
	});
});
