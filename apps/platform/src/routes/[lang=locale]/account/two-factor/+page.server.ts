import { twoFactorPage } from '@solidair/account/server';
import { account } from '#lib/account.ts';

export const { load, actions } = twoFactorPage(account);
