// Production entry: `node server.js` after `vite build` (see @solidair/server for why not build/index.js).
import { serve } from '@solidair/server';

// Public pages are answered from memory until what they show changes (PAGE_CACHE_MB sizes it).
// A visitor whose only cookie is the language of the page they ask for (i18n's `localeCookie`,
// set by the language switcher) is answered from memory too.
await serve({
	handler: new URL('./build/handler.js', import.meta.url),
	pageCache: true,
	choiceCookie: 'locale'
});
