import { definePublicFitTests } from '@solidair/site-kit/e2e/fit';
import { site } from '../src/lib/site.ts';

definePublicFitTests(site);
