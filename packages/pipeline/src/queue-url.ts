/**
 * The `--queue redis://host:port[/db]` URL: checked before anything connects, and shown with its password
 * masked in every message. Kept apart from the connections so that the CLI checks it without loading ioredis.
 */

/** The URL as messages show it: any password replaced by `***`. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/\/$/u, '');
  } catch {
    return url;
  }
}

/** The problem with a queue URL, or undefined when it is a redis:// or rediss:// URL with a host. */
export function queueUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a URL; expected redis://HOST:PORT[/DB]`;
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    return `"${displayUrl(url)}" is not a redis:// or rediss:// URL; expected redis://HOST:PORT[/DB]`;
  if (!parsed.hostname) return `"${displayUrl(url)}" names no host; expected redis://HOST:PORT[/DB]`;
  const db = parsed.pathname.replace(/^\//u, '');
  if (db !== '' && !/^\d+$/u.test(db)) return `"${displayUrl(url)}" names database "${db}"; expected a number`;
  return undefined;
}
