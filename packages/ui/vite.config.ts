import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// Storybook builds the design system with this configuration.
export default defineConfig({ plugins: [svelte()] });
