/**
 * The site's address when `_config.yml` does not give one (a Jekyll theme's config often replaced the exporter's:
 * `url` missing or `""`): the host most of the export's guids and absolute permalinks name. WordPress writes each
 * guid once, when the post is created (`https://example.com/?p=123`), from the address the site had then.
 */

/** How the documents name the site: one vote per guid and per absolute permalink. */
interface HostVotes {
  guids: number;
  permalinks: number;
  /** Whether any vote used https. */
  https: boolean;
  /** Each spelling of the host (with and without `www.`), with its votes. */
  spellings: Map<string, number>;
  /** The newest dated document that named the host (epoch ms): breaks a tie between hosts. */
  newest: number;
}

/** What the export's documents say the site's address is. */
export interface InferredAddress {
  /** Scheme and host, no path: `https://example.com`. */
  origin: string;
  guids: number;
  permalinks: number;
  /** Other hosts named (old domains, feed proxies), most votes first, with their votes. */
  others: [host: string, votes: number][];
}

/**
 * Addresses no public site has, which a guid or a config can still hold: a local install's
 * (`http://localhost:8080`, `http://mysite.local`, `http://127.0.0.1`, one on the home network,
 * `http://192.168.1.5`) or a Jekyll theme's development server. (An intranet blog sets its `url`.)
 */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  return (
    host === 'localhost' ||
    /\.(localhost|local|localdomain|test|invalid|lan|internal|home\.arpa)$/.test(host) ||
    /^(?:127|10)\.\d+\.\d+\.\d+$/.test(host) ||
    /^(?:192\.168|169\.254|172\.(?:1[6-9]|2\d|3[01]))\.\d+\.\d+$/.test(host) ||
    /^f[cd][0-9a-f]{0,2}:|^fe[89ab][0-9a-f]?:/.test(host) ||
    host === '0.0.0.0' ||
    host === '::1' ||
    host === '::'
  );
}

/** A public http(s) URL's parts, or null for anything else (a `tag:` guid, a path, a local address). */
function publicUrl(value: string): URL | null {
  if (!/^https?:\/\//i.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return url.hostname && !isLocalHost(url.hostname) ? url : null;
}

/** Counts, document by document, the hosts the export's guids and absolute permalinks name. */
export class AddressVotes {
  private readonly hosts = new Map<string, HostVotes>();

  /** One document's guid and permalink (either may be absent, relative, or not a URL: those are not votes). */
  add(guid: string | null, permalink: string | null, dated: number | null): void {
    this.vote(guid, 'guids', dated);
    this.vote(permalink, 'permalinks', dated);
  }

  private vote(value: string | null, kind: 'guids' | 'permalinks', dated: number | null): void {
    const url = value === null ? null : publicUrl(value.trim());
    if (!url) return;
    // `www.example.com` and `example.com` are one site, as links to either are the site's own (core/urls.ts).
    const spelling = url.host;
    const key = spelling.replace(/^www\./, '');
    let votes = this.hosts.get(key);
    if (!votes) {
      votes = { guids: 0, permalinks: 0, https: false, spellings: new Map(), newest: -Infinity };
      this.hosts.set(key, votes);
    }
    votes[kind]++;
    votes.https ||= url.protocol === 'https:';
    votes.spellings.set(spelling, (votes.spellings.get(spelling) ?? 0) + 1);
    if (dated !== null && dated > votes.newest) votes.newest = dated;
  }

  /**
   * The host most votes name; on a tie, the one a newer document names, then the first in alphabetical order.
   * Its scheme is https when any of its votes used https: a guid never changes after its post is written, so a site
   * that moved to https keeps http guids on its older posts (the move the other way is practically unheard of).
   * Null when no document names a public host.
   */
  infer(): InferredAddress | null {
    const total = (votes: HostVotes) => votes.guids + votes.permalinks;
    const ranked = [...this.hosts].sort(
      ([hostA, a], [hostB, b]) => total(b) - total(a) || b.newest - a.newest || (hostA < hostB ? -1 : hostA > hostB ? 1 : 0),
    );
    if (ranked.length === 0) return null;
    const [, votes] = ranked[0]!;
    // The spelling most votes use (`www.` or not); on a tie, the shorter one.
    const [host] = [...votes.spellings].sort(([a, n], [b, m]) => m - n || a.length - b.length || (a < b ? -1 : 1))[0]!;
    return {
      origin: `${votes.https ? 'https' : 'http'}://${host}`,
      guids: votes.guids,
      permalinks: votes.permalinks,
      others: ranked.slice(1).map(([key, other]) => [key, total(other)]),
    };
  }
}
