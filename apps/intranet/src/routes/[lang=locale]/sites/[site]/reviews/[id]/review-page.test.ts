import * as m from '@solidair/i18n/messages';
import { expect, test } from 'vitest';
import { reviewDoneKinds, reviewDoneMessage } from './review-page.ts';

test('each step the address names has its own message, in the reader’s language', () => {
	const texts = reviewDoneKinds.map((kind) => reviewDoneMessage(kind, 'fr', '24 déc. 2026, 10:00'));
	expect(new Set(texts).size).toBe(reviewDoneKinds.length);
	expect(reviewDoneMessage('sent_back', 'nl', '')).toBe(m.review_done_sent_back({}, { locale: 'nl' }));
	expect(reviewDoneMessage('scheduled', 'fr', '24 déc. 2026, 10:00')).toContain('24 déc. 2026, 10:00');
});
