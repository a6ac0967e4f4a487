import { loadPreview } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

// A signed preview link from the intranet: any status, never cached, never indexed.
export const load = (event) => loadPreview(site, event);
