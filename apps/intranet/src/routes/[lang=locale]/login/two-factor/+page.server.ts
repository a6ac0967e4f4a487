import { loginCodePage } from '@solidair/account/server';
import { account } from '#lib/account.ts';

export const { load, actions } = loginCodePage(account);
