import type { Activity, DigestRecipient } from '@solidair/db/activity';
import { describe, expect, test } from 'vitest';
import { composeDigest, digestOrigin } from './digest.ts';

const recipient = (locale: DigestRecipient['locale']): DigestRecipient => ({
	id: 'u1',
	email: 'lid@example.org',
	name: 'Sara',
	locale,
	frequency: 'weekly',
	since: new Date('2026-11-16T08:00:00Z')
});

const activity: Activity[] = [
	{
		kind: 'replies',
		id: '11111111-1111-4111-8111-111111111111',
		title: 'Sociale bescherming in Bolivia',
		groupSlug: 'bolivia',
		groupName: 'Bolivia',
		count: 3,
		at: new Date('2026-11-20T10:00:00Z'),
		actor: 'Karim El Amrani',
		startsAt: null,
		version: null
	},
	{
		kind: 'version',
		id: '22222222-2222-4222-8222-222222222222',
		title: 'Jaarverslag',
		groupSlug: null,
		groupName: null,
		count: 1,
		at: new Date('2026-11-19T10:00:00Z'),
		actor: null,
		startsAt: null,
		version: 4
	}
];

describe('the activity digest mail', () => {
	test('in the member’s language, with absolute links on the configured origin', () => {
		const mail = composeDigest(recipient('nl'), activity, 'https://waardigwerk.be');
		expect(mail).toMatchObject({ to: 'lid@example.org', kind: 'digest' });
		expect(mail.subject).toBe('Platform Waardig Werk: nieuw sinds 16 november 2026 om 09:00');
		expect(mail.text).toContain('Dag Sara,');
		expect(mail.text).toContain(
			'- Sociale bescherming in Bolivia\n  Nieuwe reacties (3) in Bolivia, laatst van Karim El Amrani\n' +
				'  https://waardigwerk.be/nl/groups/bolivia/threads/11111111-1111-4111-8111-111111111111'
		);
		// An upload by an account that has since been removed.
		expect(mail.text).toContain('Versie 4, van een vroeger lid');
		expect(mail.text).toContain('elke week');
		expect(mail.text.trimEnd().endsWith('https://waardigwerk.be/nl/account')).toBe(true);
	});

	test('French for a French-speaking member; English for a language the portal does not have', () => {
		expect(composeDigest(recipient('fr'), activity, 'https://travaildecent.be').text).toContain(
			'https://travaildecent.be/fr/files/22222222-2222-4222-8222-222222222222'
		);
		const spanish = composeDigest(recipient('es'), activity, 'https://waardigwerk.be');
		expect(spanish.subject).toMatch(/^Decent Work Platform: new since/);
		expect(spanish.text).toContain('/en/account');
	});

	test('links point at ORIGIN, never at a request’s Host; this machine without it', () => {
		expect(digestOrigin({ ORIGIN: 'https://waardigwerk.be' })).toBe('https://waardigwerk.be');
		expect(digestOrigin({ PORT: '4000' })).toBe('http://localhost:4000');
	});
});
