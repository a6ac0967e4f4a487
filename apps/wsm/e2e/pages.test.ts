import { definePublicSiteTests } from '@solidair/site-kit/e2e';
import { site } from '../src/lib/site.ts';

definePublicSiteTests(site);
