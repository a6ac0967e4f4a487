import { twoFactorPage } from '@solidair/site-kit/account/server';
import { account } from '#lib/account.ts';

export const { load, actions } = twoFactorPage(account);
