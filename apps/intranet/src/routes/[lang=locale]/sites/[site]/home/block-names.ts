import type { HomeBlockKind } from '@solidair/db/input';
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';

const names: Record<HomeBlockKind, (locale: Locale) => string> = {
	lead: (locale) => m.home_block_lead({}, { locale }),
	news: (locale) => m.home_block_news({}, { locale }),
	events: (locale) => m.home_block_events({}, { locale }),
	figures: (locale) => m.home_block_figures({}, { locale }),
	themes: (locale) => m.home_block_themes({}, { locale }),
	partners: (locale) => m.home_block_partners({}, { locale }),
	donate: (locale) => m.home_block_donate({}, { locale }),
	newsletter: (locale) => m.home_block_newsletter({}, { locale })
};

/** A home block's name as staff read it in the editor. */
export const blockName = (kind: HomeBlockKind, locale: Locale): string => names[kind](locale);
