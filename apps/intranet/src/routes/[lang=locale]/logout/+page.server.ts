import { logoutPage } from '@solidair/account/server';
import { account } from '#lib/account.ts';

export const { load, actions } = logoutPage(account);
