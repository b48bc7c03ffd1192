// A static host for a build published under a sub-path (`cargo xtask build --base
// /learning/`), with the fallback rules of the configurations the README
// documents, so the browser tests try the app as each kind of host serves it:
// - 'rewrite': nginx, Apache and Caddy (deploy/): a path with no file and no
//   extension is answered with index.html; a missing file with an extension is a 404;
// - 'static-host': the rules of deploy/static-host/_redirects and _headers, read
//   from the files, as Netlify or Cloudflare Pages apply them (an existing file is
//   served; headers of every matching rule joined);
// - '404-page': a host with no rewrites (GitHub Pages, an object store behind a
//   CDN): anything missing is answered with the build's 404.html, status 404.
// Only paths under the base are the site's: everything else is a 404, so a URL
// that forgot the base fails.

import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_TYPES } from './support.mjs';

export const BASE_DIST = process.env.LEARNLOCAL_BASE_DIST ? path.resolve(process.env.LEARNLOCAL_BASE_DIST) : null;
export const BASE = process.env.LEARNLOCAL_BASE ?? '/learning/';
export const DEPLOY = path.join(import.meta.dirname, '..', '..', 'deploy');

/** A `_redirects` or `_headers` path pattern (`*` matches anything) as a RegExp. */
function splat(pattern) {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

/** The rules of deploy/static-host: `{ redirects: [{ pattern, to, status }], headers: [{ pattern, set }] }`. */
export async function staticHostRules() {
  const redirects = (await fs.readFile(path.join(DEPLOY, 'static-host', '_redirects'), 'utf8'))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [from, to, status] = line.split(/\s+/);
      return { pattern: splat(from), to, status: Number(status) };
    });
  const headers = [];
  for (const line of (await fs.readFile(path.join(DEPLOY, 'static-host', '_headers'), 'utf8')).split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      headers.push({ pattern: splat(line.trim()), set: [] });
    } else {
      const [name, ...value] = line.trim().split(':');
      headers.at(-1).set.push([name.trim().toLowerCase(), value.join(':').trim()]);
    }
  }
  return { redirects, headers };
}

/** Starts the host for `dist` under `base` with `fallback` rules. */
export async function startHost({ dist = BASE_DIST, base = BASE, fallback = 'rewrite' } = {}) {
  const rules = fallback === 'static-host' ? await staticHostRules() : null;
  const requests = [];
  const read = async (relative) => {
    const file = path.join(dist, relative);
    if (!file.startsWith(dist)) return null;
    try {
      const stat = await fs.stat(file);
      const real = stat.isDirectory() ? path.join(file, 'index.html') : file;
      return { body: await fs.readFile(real), ext: path.extname(real) };
    } catch {
      return null;
    }
  };
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname);
    const pathname = decodeURIComponent(url.pathname);
    let status = 200;
    let found = pathname.startsWith(base) ? await read(path.normalize(pathname.slice(base.length))) : null;
    if (!found && pathname.startsWith(base)) {
      if (fallback === 'rewrite' && path.extname(pathname) === '') {
        found = await read('index.html');
      } else if (fallback === 'static-host') {
        const rule = rules.redirects.find((r) => r.pattern.test(pathname));
        if (rule && rule.status === 200 && rule.to.startsWith(base)) {
          found = await read(rule.to.slice(base.length));
        }
      } else if (fallback === '404-page') {
        found = await read('404.html');
        status = 404;
      }
    }
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const head = { 'content-type': CONTENT_TYPES[found.ext] ?? 'application/octet-stream' };
    if (rules) {
      for (const rule of rules.headers.filter((r) => r.pattern.test(pathname))) {
        for (const [name, value] of rule.set) head[name] = head[name] ? `${head[name]}, ${value}` : value;
      }
    } else {
      head['cache-control'] = 'no-cache';
    }
    res.writeHead(status, head).end(found.body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    site: `http://127.0.0.1:${port}${base}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
