// A public site's settings form, as the intranet's admins post it.
import * as v from 'valibot';
import { choice } from './fields.ts';

/**
 * The settings form: "review required before publishing", a checkbox. A browser sends `on` when
 * it is ticked and nothing when not (read as ''); anything else was not sent by the form and is
 * refused rather than read as "off", which would quietly lift the requirement.
 */
export const siteSettingsSchema = v.object({
	requireReview: v.pipe(
		choice(['', 'on']),
		v.transform((value) => value === 'on')
	)
});
