/**
 * Hashes for the Content Security Policy. Astro hashes the scripts and styles it bundles; the
 * few inline ones (the before-paint script, a handout's page margins, the tokenizer's no-script
 * rule) are hashed here and given to Astro: the script in astro.config.mjs, the styles on their
 * page through `Astro.csp.insertStyleHash`.
 */
export async function cspHash(text: string): Promise<`sha256-${string}`> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}
