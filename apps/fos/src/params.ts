import { isSupported } from '@solidair/i18n';
import { defineParams } from '@sveltejs/kit/params';
import { site } from '#lib/site.ts';

export const params = defineParams({
	locale: (param) => (isSupported(param, site) ? param : undefined)
});
