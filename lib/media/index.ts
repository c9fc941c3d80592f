/**
 * The export's media folders (`wp-content/`, `assets/`) at run time: what may be served and how.
 *
 * - request-path.ts: the path a request names, decoded and checked as text
 * - file-types.ts: the file types uploads hold, and their Content-Type
 * - refused-names.ts: plugin-protected folders, keys, dumps and backups, refused by name
 * - open-inside.ts: opening a file inside the media folder without following any symbolic link
 * - htaccess.ts: folders whose `.htaccess` denies access
 * - response-plan.ts, file-body.ts, file-response.ts: conditional requests and byte ranges
 * - serve.ts: the route handlers' entry point
 * - link-scan.ts: the content step's warnings about links and withheld folders
 */
export { MEDIA_CSP } from './file-response';
export { isServedMediaIn, servableType } from './file-types';
export { requestedParts, resolveInside } from './request-path';
export { serveExportFile, serveMediaFile } from './serve';
