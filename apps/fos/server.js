// Production entry: `node server.js` after `vite build` (see @solidair/server for why not build/index.js).
import { serve } from '@solidair/server';

// Public pages are answered from memory until what they show changes (PAGE_CACHE_MB sizes it).
await serve({ handler: new URL('./build/handler.js', import.meta.url), pageCache: true });
