import { isSupported, sectionOfRoute } from '@solidair/i18n';
import { defineParams } from '@sveltejs/kit/params';
import { site } from '#lib/site.ts';

export const params = defineParams({
	locale: (param) => (isSupported(param, site) ? param : undefined),
	/** A section of pages (`about-us`), named as in the routes; see `translatedReroute`. */
	pageSection: (param) => {
		const section = sectionOfRoute(param);
		return section && site.pageSections.includes(section) ? param : undefined;
	}
});
