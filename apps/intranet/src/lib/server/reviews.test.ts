import { expect, test } from 'vitest';
import { reviewMail, reviewPath, type ReviewDone } from './reviews.ts';

const done: ReviewDone = {
	step: 'submitted',
	siteId: 'wsm',
	review: {
		id: '0b6c2a47-7d0e-4a59-9d3c-1f7a2b3c4d5e',
		entryId: '1b6c2a47-7d0e-4a59-9d3c-1f7a2b3c4d5e',
		locale: 'fr',
		title: 'Salaire minimum',
		submittedBy: 'u-an'
	},
	translationId: '2b6c2a47-7d0e-4a59-9d3c-1f7a2b3c4d5e',
	note: 'Zie de tweede alinea.',
	actorId: 'u-an'
};
const claire = { id: 'u-claire', email: 'claire@wsm.example', name: 'Claire', locale: 'fr' as const };
const an = { id: 'u-an', email: 'an@wsm.example', name: 'An', locale: 'nl' as const };

test("a submission's mail is in the reviewer's language, with the title, the language, the note and a link", () => {
	const mail = reviewMail('https://intranet.example', done, claire, 'An Janssens');
	expect(mail).toMatchObject({ to: 'claire@wsm.example', kind: 'review.submitted' });
	expect(mail.subject).toBe('À relire : « Salaire minimum » (français)');
	expect(mail.text).toContain('An Janssens vous demande de relire le texte « Salaire minimum » en français');
	expect(mail.text).toContain('An Janssens a ajouté :\nZie de tweede alinea.');
	expect(mail.text).toContain(
		'https://intranet.example/fr/sites/wsm/reviews/0b6c2a47-7d0e-4a59-9d3c-1f7a2b3c4d5e'
	);
});

test('a sent-back mail to a Dutch author is in Dutch; without a note, no note line', () => {
	const mail = reviewMail('https://i.example', { ...done, step: 'sent_back', note: '' }, an, 'Claire Dupont');
	expect(mail.subject).toBe('Teruggestuurd: „Salaire minimum” (Frans)');
	expect(mail.text).toContain('Claire Dupont stuurde je tekst „Salaire minimum” in het Frans terug.');
	expect(mail.text).not.toContain('schreef erbij');
	expect(mail.text).toContain('https://i.example/nl/sites/wsm/reviews/');
	expect(mail.kind).toBe('review.sent_back');
});

test("a reader whose language the intranet does not speak gets its default language's link", () => {
	expect(reviewPath('wsm', 'x', 'es')).toBe('/nl/sites/wsm/reviews/x');
	expect(reviewPath('fos', 'x', 'en')).toBe('/en/sites/fos/reviews/x');
});
