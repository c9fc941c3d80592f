/**
 * The security headers every response carries (next.config.ts `headers()`). The Content-Security-Policy is as
 * strict as a statically generated Next.js site allows: its pages bootstrap with inline scripts, and a nonce
 * would need every page rendered per request, so inline scripts stay allowed; `eval` is not (except in
 * `next dev`, whose refresh needs it). Frames come only from the embed hosts the Markdown renderer produces.
 */

/** The hosts of the players lib/markdown/rehype-wordpress.ts turns YouTube and Vimeo links into. */
const EMBED_FRAME_HOSTS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'];

/**
 * `httpImages`: whether the export's own bodies show images over plain http (lib/content/generated/insecure-images.ts, recorded in the manifest);
 * only then are `http:` images allowed.
 */
export function contentSecurityPolicy({ dev, httpImages = false }: { dev: boolean; httpImages?: boolean }): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // 'wasm-unsafe-eval': the search index is queried by Pagefind's WebAssembly module (it compiles WebAssembly
    // only: JavaScript `eval` stays blocked).
    'script-src': ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'", ...(dev ? ["'unsafe-eval'"] : [])],
    // React's style attributes, KaTeX, and the inline styles of old post bodies.
    'style-src': ["'self'", "'unsafe-inline'"],
    // Post images are hot-linked from anywhere (imgur, flickr, web.archive.org) as WordPress posts had them.
    'img-src': ["'self'", 'data:', 'https:', ...(httpImages ? ['http:'] : [])],
    'media-src': ["'self'", 'https:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
    'frame-src': EMBED_FRAME_HOSTS,
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Every header, for a site at `siteUrl`: HSTS only when the site is served over https. */
export function securityHeaders({
  dev,
  siteUrl,
  httpImages = false,
}: {
  dev: boolean;
  siteUrl: string | null;
  httpImages?: boolean;
}): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev, httpImages }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
    ...(siteUrl?.startsWith('https://') ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ];
}
