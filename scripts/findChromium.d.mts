// Types of findChromium.mjs for the TypeScript side (playwright.config.ts).
export function findChromium(): Promise<{ path: string; source: string } | null>;
export const INSTALL_HINT: string;
