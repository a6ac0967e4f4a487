// Signing in and asking for a password reset, on the portal and the intranet alike.
import * as v from 'valibot';
import { tooLong } from './codes.ts';
import { email } from './fields.ts';

/** Long enough for any passphrase; longer is an attempt to make hashing costly. */
export const passwordMaxLength = 1000;

/** E-mail and password. The password is taken as typed: spaces at its ends are part of it. */
export const loginSchema = v.object({
	email: email(),
	password: v.pipe(
		v.string('required'),
		v.nonEmpty('required'),
		v.maxLength(passwordMaxLength, tooLong(passwordMaxLength))
	)
});

/** The address a reset link is sent to. */
export const resetSchema = v.object({ email: email() });
