import { describe, expect, test } from 'vitest';
import { commonPasswords } from './common-passwords.ts';
import { hashPassword, passwordProblem, verifyPassword } from './password.ts';

const els = { email: 'els.peeters@acv-csc.be', name: 'Els Peeters' };

describe('passwordProblem', () => {
	test.each([
		['', 'too_short'],
		['k7#mQ2v', 'too_short'],
		['k7#mQ2vx', undefined],
		['x'.repeat(7) + 'Q', undefined],
		// Seven emoji are fourteen UTF-16 units but seven characters.
		['🐢🦊🐙🦉🐝🦔🐳', 'too_short'],
		['🐢🦊🐙🦉🐝🦔🐳🐌', undefined],
		['é'.repeat(8), undefined],
		// Combining accents count as the code points they are.
		['e\u0301'.repeat(4), undefined],
		['kM9#'.repeat(63) + 'kM9', undefined],
		['kM9#'.repeat(64), 'too_long'],
		// 255 emoji are 510 UTF-16 units and still allowed.
		['🐢'.repeat(255), undefined],
		['🐢'.repeat(256), 'too_long']
	] as const)('%j → %s', (password, problem) => {
		expect(passwordProblem(password)).toBe(problem);
	});

	test.each([
		'password',
		'PASSWORD',
		'Password1',
		'12345678',
		'iloveyou',
		'wachtwoord',
		'Wachtwoord',
		'motdepasse',
		'MotDePasse',
		'azerty123',
		'AZERTYUIOP',
		'welkom123',
		'bonjour123',
		'Soleil2024!',
		'Wachtwoord1',
		'contraseña',
		'CONTRASEÑA'
	])('%s is common, whatever its case', (password) => {
		expect(passwordProblem(password)).toBe('common');
	});

	test('passwords merely containing a common word are fine', () => {
		expect(passwordProblem('my-soleil-is-blue')).toBeUndefined();
		expect(passwordProblem('2024soleil')).toBeUndefined();
		expect(passwordProblem('correct horse battery staple')).toBeUndefined();
	});

	test('the list is lower-cased and has the Dutch and French classics', () => {
		for (const word of commonPasswords) expect(word).toBe(word.toLowerCase());
		for (const word of ['wachtwoord', 'motdepasse', 'azerty123', 'welkom123', 'bonjour123', 'soleil']) {
			expect(commonPasswords.has(word)).toBe(true);
		}
	});

	test.each([
		['els.peeters-2026', 'like_account'],
		['ELS.PEETERS!!', 'like_account'],
		['xx-Peeters-xx', 'like_account'],
		['ElsPeeters!x', 'like_account'],
		['Els Peeters 4ever', 'like_account'],
		// Three letters are too short a fragment to judge by: "els" is in many words.
		['welsh rarebit', undefined],
		['peet3rs-aside', undefined]
	] as const)('%j with the account of Els Peeters → %s', (password, problem) => {
		expect(passwordProblem(password, els)).toBe(problem);
	});

	test('without an account, a name in the password is fine', () => {
		expect(passwordProblem('xx-Peeters-xx')).toBeUndefined();
	});
});

describe('hashPassword and verifyPassword', () => {
	test('argon2id with OWASP parameters, salted', async () => {
		const a = await hashPassword('k7#mQ2vx');
		const b = await hashPassword('k7#mQ2vx');
		expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(a).not.toBe(b);
	});

	test('the right password verifies, a wrong one and a malformed hash do not', async () => {
		const stored = await hashPassword('k7#mQ2vx');
		expect(await verifyPassword(stored, 'k7#mQ2vx')).toBe(true);
		expect(await verifyPassword(stored, 'k7#mQ2vX')).toBe(false);
		expect(await verifyPassword('not a hash', 'k7#mQ2vx')).toBe(false);
	});

	test('the same characters typed differently verify alike', async () => {
		// é as one code point, and as e plus a combining accent (as macOS may send it).
		const stored = await hashPassword('caf\u00e9-au-lait');
		expect(await verifyPassword(stored, 'cafe\u0301-au-lait')).toBe(true);
	});
});
