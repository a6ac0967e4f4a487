import * as m from '@solidair/i18n/messages';
import { expect, test } from 'vitest';
import { doneKind, doneMessage } from './done.ts';

test('the message follows the status the save gave, and taking a text offline is said so', () => {
	expect(doneKind('publish', 'published')).toBe('published');
	expect(doneKind('save', 'published')).toBe('published');
	expect(doneKind('schedule', 'scheduled')).toBe('scheduled');
	expect(doneKind('save', 'draft')).toBe('draft');
	expect(doneKind('unpublish', 'draft')).toBe('unpublished');
	expect(doneKind('save', 'archived')).toBe('saved');
});

test('published links to the live page, a draft or a scheduled text to its preview', () => {
	const links = { live: 'https://wsm.example/nl/nieuws/x', preview: 'https://wsm.example/nl/preview/t' };
	expect(doneMessage('published', { language: 'Nederlands', links, locale: 'nl' })).toEqual({
		text: 'Gepubliceerd in het Nederlands',
		link: { href: links.live, label: 'bekijk op de site' }
	});
	expect(
		doneMessage('scheduled', { language: 'français', time: '8 déc. 2026, 09:00', links, locale: 'fr' })
	).toEqual({
		text: m.editing_done_scheduled({ language: 'français', time: '8 déc. 2026, 09:00' }, { locale: 'fr' }),
		link: { href: links.preview, label: m.editing_view_preview({}, { locale: 'fr' }) }
	});
	expect(doneMessage('draft', { language: 'English', links: {}, locale: 'en' })).toEqual({
		text: 'Draft in English saved',
		link: undefined
	});
	expect(doneMessage('unpublished', { language: 'español', links, locale: 'es' }).link).toBeUndefined();
});

test('a submission says the site’s reviewers were told, a withdrawal that the text is editable again', () => {
	const links = { preview: 'https://wsm.example/nl/preview/t' };
	expect(doneMessage('submitted', { language: 'Nederlands', site: 'WSM', links, locale: 'nl' })).toEqual({
		text: 'Ter review voorgelegd in het Nederlands: de reviewers van WSM kregen een e-mail',
		link: { href: links.preview, label: 'bekijk het voorbeeld' }
	});
	expect(doneMessage('withdrawn', { language: 'français', links, locale: 'fr' })).toEqual({
		text: m.editing_done_withdrawn({ language: 'français' }, { locale: 'fr' })
	});
});
