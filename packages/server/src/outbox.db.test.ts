import { enqueueMail, type Database } from '@solidair/db';
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
