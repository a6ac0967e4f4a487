// Production entry: `node server.js` after `vite build` (see @solidair/server for why not build/index.js).
import { serve } from '@solidair/server';

await serve({ handler: new URL('./build/handler.js', import.meta.url) });
