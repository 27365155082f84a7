/** Types for readme-api.mjs (plain Node, run after `npm run build`). */
export const README: string;
export const MANIFEST: string;
export const START: string;
export const END: string;
export function widgetDeclaration(manifest: unknown): { tagName: string; [key: string]: unknown };
export function renderApi(manifest: unknown): string;
export function updateReadme(readme: string, manifest: unknown): string;
