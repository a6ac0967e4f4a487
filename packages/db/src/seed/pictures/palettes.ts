// The light of a picture: time of day, weather, indoors. Each picture takes one, so a list of
// cards reads as photographs taken on different days rather than one drawing repeated.
import type { Palette } from './paint.ts';

export const palettes = {
	dawn: {
		skyTop: '#2d3a5c',
		skyBottom: '#f2b48a',
		light: '#ffd9a0',
		far: '#6b6585',
		mid: '#4a4460',
		near: '#3a3348',
		ground: '#7a6a70',
		ink: '#1d1822',
		accents: ['#c8402e', '#f1e6d2', '#e0a030']
	},
	morning: {
		skyTop: '#7fb0d8',
		skyBottom: '#e8eef0',
		light: '#fff6d8',
		far: '#9fb2b8',
		mid: '#5d7268',
		near: '#3f5a3c',
		ground: '#8a9a5a',
		ink: '#1f2a22',
		accents: ['#d2553a', '#2f6c8f', '#e9c46a']
	},
	noon: {
		skyTop: '#3d86c6',
		skyBottom: '#cfe3ee',
		light: '#ffffff',
		far: '#a7b8a0',
		mid: '#6f7f4a',
		near: '#4f6b2c',
		ground: '#c2a46a',
		ink: '#2a2418',
		accents: ['#e76f51', '#2a9d8f', '#f4a261']
	},
	dusk: {
		skyTop: '#3b1f4a',
		skyBottom: '#f08a4b',
		light: '#ffc070',
		far: '#7a4a5e',
		mid: '#4d2c40',
		near: '#33202e',
		ground: '#6e4a48',
		ink: '#160c14',
		accents: ['#d62828', '#fcbf49', '#f7f1e3']
	},
	overcast: {
		skyTop: '#8d97a0',
		skyBottom: '#d6d9d8',
		light: '#f2f2ec',
		far: '#a4aaa8',
		mid: '#6e7672',
		near: '#4c5450',
		ground: '#8a8c84',
		ink: '#23282a',
		accents: ['#b8312f', '#e8e4da', '#3d6e8a']
	},
	dry: {
		skyTop: '#c98a3c',
		skyBottom: '#f3d8a6',
		light: '#fff1c8',
		far: '#c9a276',
		mid: '#a0714a',
		near: '#7a4e2e',
		ground: '#c49a62',
		ink: '#3a2414',
		accents: ['#8c2f1b', '#e9c46a', '#3f6d4e']
	},
	tropic: {
		skyTop: '#5aa6b8',
		skyBottom: '#e6f1d8',
		light: '#fffbe0',
		far: '#7fae8e',
		mid: '#3f7a4a',
		near: '#24552e',
		ground: '#5f8a3a',
		ink: '#122418',
		accents: ['#e63946', '#f1c453', '#f7f3e3']
	},
	highland: {
		skyTop: '#5b7fa6',
		skyBottom: '#e9e2d0',
		light: '#fff4dc',
		far: '#8e98a8',
		mid: '#7a6a58',
		near: '#5b4a38',
		ground: '#a08a6a',
		ink: '#2a2018',
		accents: ['#c1272d', '#1f6fb2', '#f2b134']
	},
	warmRoom: {
		skyTop: '#5a3d2e',
		skyBottom: '#a0705a',
		light: '#ffe2b0',
		far: '#b9896a',
		mid: '#7a5440',
		near: '#5a3a28',
		ground: '#8a6248',
		ink: '#24140c',
		accents: ['#c0392b', '#2f5d50', '#e9c46a']
	},
	coolRoom: {
		skyTop: '#40505e',
		skyBottom: '#8a9aa6',
		light: '#eaf4fa',
		far: '#b4c2c8',
		mid: '#6e808a',
		near: '#4e5e68',
		ground: '#7d8a8e',
		ink: '#1a2228',
		accents: ['#d1495b', '#2e6f95', '#edae49']
	},
	evening: {
		skyTop: '#101a36',
		skyBottom: '#3a4a7a',
		light: '#ffcf7a',
		far: '#3a4266',
		mid: '#2a3050',
		near: '#1e2238',
		ground: '#3a3a4a',
		ink: '#0a0c16',
		accents: ['#e63946', '#ffb703', '#f1faee']
	},
	rose: {
		skyTop: '#6a3a6e',
		skyBottom: '#f4c2c2',
		light: '#fff0e8',
		far: '#a98aa6',
		mid: '#7a5478',
		near: '#553a58',
		ground: '#9a7a88',
		ink: '#241626',
		accents: ['#8e3b9c', '#f4e8f0', '#e05a7a']
	}
} satisfies Record<string, Palette>;

export type PaletteName = keyof typeof palettes;
