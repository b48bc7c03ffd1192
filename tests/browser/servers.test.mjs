// The web server configurations the README documents (deploy/), tried with the
// real servers: each serves the sub-path build (`cargo xtask build --base
// /learning/`) from a folder, as the README says to publish it, and answers with
// the documented fallback, Cache-Control, compression and Content-Type; the app
// then opens at a deep link through it in Chromium.
//
// A server that is not installed is skipped, saying so (`cargo xtask test`
// installs nginx, Apache and Caddy from apt when it runs as root). So is the
// container image (deploy/Containerfile) where no podman or docker can build it.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, openPage } from './support.mjs';
import { BASE, BASE_DIST, DEPLOY, staticHostRules } from './hosts.mjs';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const NGINX_BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';
const APACHE_MODULES = '/usr/lib/apache2/modules';
const isRoot = process.getuid?.() === 0;
const REPOSITORY = path.join(DEPLOY, '..');
const CONTAINER_BASE_IMAGE = 'docker.io/library/nginx:1.27-alpine';

/** podman or docker, if one is installed and can build here (a daemon, the base image): else why not. */
function containerTool() {
  const tools = ['podman', 'docker'].filter((tool) => spawnSync(tool, ['--version']).status === 0);
  if (tools.length === 0) return { why: 'no container tool (podman or docker) is installed' };
  for (const tool of tools) {
    if (spawnSync(tool, ['info'], { timeout: 20_000 }).status !== 0) continue;
    const image = spawnSync(tool, ['image', 'inspect', CONTAINER_BASE_IMAGE]).status === 0
      || spawnSync(tool, ['pull', CONTAINER_BASE_IMAGE], { timeout: 300_000 }).status === 0;
    if (image) return { tool };
    return { why: `${tool} cannot get the base image ${CONTAINER_BASE_IMAGE}` };
  }
  return { why: `${tools.join(' and ')} cannot run here (no daemon or no permission)` };
}

/** A port that was free a moment ago. */
async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** GET `url` with these request headers: status, headers and the raw body's length. */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

/** Waits until `url` answers at all (the server has started), for at most 15 s. */
async function answering(url, child, log) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server stopped (${child.exitCode}):\n${log()}`);
    try {
      return await get(url);
    } catch {
      if (Date.now() > deadline) throw new Error(`the server did not answer ${url} in 15 s:\n${log()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * A shard of the build's catalogue as `cargo data shard` names it: its first
 * venues and their opportunities, under `data/shards/` and the first 16 hex
 * digits of its text's SHA-256.
 */
async function shardOfBuild() {
  const catalogue = JSON.parse(await fs.readFile(path.join(BASE_DIST, 'data', 'catalogue.json'), 'utf8'));
  const venues = (catalogue.venues ?? []).slice(0, 2);
  const ids = new Set(venues.map((v) => v.id));
  const text = JSON.stringify({ venues, opportunities: (catalogue.opportunities ?? []).filter((o) => ids.has(o.venue)) });
  const name = crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
  return { path: `data/shards/${name}.json`, text };
}

/**
 * A folder as the README's publishing steps leave it: `www/learning/` holding a
 * copy of the build (and `extra` files, such as Apache's .htaccess), readable by
 * a server's unprivileged workers, with a shard of a sharded catalogue added
 * (the build publishes them when data/catalogue.json is a shard index).
 */
async function publishedFolder(extra = {}) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'learnlocal-server-'));
  const site = path.join(dir, 'www', BASE.replace(/^\/|\/$/g, ''));
  await fs.cp(BASE_DIST, site, { recursive: true });
  const shard = await shardOfBuild();
  await fs.mkdir(path.join(site, 'data', 'shards'), { recursive: true });
  await fs.writeFile(path.join(site, ...shard.path.split('/')), shard.text);
  for (const folder of [path.join(site, 'data'), path.join(site, 'data', 'shards')]) await fs.chmod(folder, 0o755);
  for (const [name, from] of Object.entries(extra)) await fs.copyFile(from, path.join(site, name));
  for (const folder of [dir, path.join(dir, 'www')]) await fs.chmod(folder, 0o755);
  return { dir, www: path.join(dir, 'www'), shard };
}

const SERVERS = {
  nginx: {
    binary: '/usr/sbin/nginx',
    async start(folder, port) {
      let snippet = await fs.readFile(path.join(DEPLOY, 'nginx', 'learnlocal.conf'), 'utf8');
      snippet = snippet.replaceAll('root /var/www;', `root ${folder.www};`);
      const brotli = existsSync(NGINX_BROTLI);
      if (brotli) {
        snippet = snippet.replace(
          '# include /etc/nginx/snippets/learnlocal-brotli.conf;',
          `include ${path.join(DEPLOY, 'nginx', 'brotli.conf')};`,
        );
      }
      const temp = (name) => `${name}_temp_path ${path.join(folder.dir, name)};`;
      const config = [
        brotli ? `load_module ${NGINX_BROTLI};` : '',
        'daemon off;',
        isRoot ? 'user root;' : '',
        `pid ${path.join(folder.dir, 'nginx.pid')};`,
        `error_log ${path.join(folder.dir, 'error.log')} warn;`,
        'events {}',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  default_type application/octet-stream;',
        '  access_log off;',
        `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
        `  server {\n    listen 127.0.0.1:${port};\n${snippet}\n  }`,
        '}',
      ].join('\n');
      const file = path.join(folder.dir, 'nginx.conf');
      await fs.writeFile(file, config);
      return { child: spawn(this.binary, ['-c', file, '-p', folder.dir]), brotli, errors: path.join(folder.dir, 'error.log') };
    },
  },
  apache: {
    binary: '/usr/sbin/apache2',
    extra: { '.htaccess': path.join(DEPLOY, 'apache', '.htaccess') },
    async start(folder, port) {
      const modules = ['mpm_event', 'authz_core', 'mime', 'dir', 'rewrite', 'headers', 'filter', 'deflate', 'brotli'];
      const brotli = existsSync(path.join(APACHE_MODULES, 'mod_brotli.so'));
      const config = [
        `ServerRoot ${folder.dir}`,
        'ServerName 127.0.0.1',
        `Listen 127.0.0.1:${port}`,
        `PidFile ${path.join(folder.dir, 'apache.pid')}`,
        `DefaultRuntimeDir ${folder.dir}`,
        `ErrorLog ${path.join(folder.dir, 'error.log')}`,
        'LogLevel warn',
        ...modules
          .filter((m) => existsSync(path.join(APACHE_MODULES, `mod_${m}.so`)))
          .map((m) => `LoadModule ${m}_module ${path.join(APACHE_MODULES, `mod_${m}.so`)}`),
        isRoot ? 'User www-data\nGroup www-data' : '',
        'TypesConfig /etc/mime.types',
        'DirectoryIndex index.html',
        `DocumentRoot ${folder.www}`,
        `<Directory ${folder.www}>\n  AllowOverride All\n  Require all granted\n</Directory>`,
      ].join('\n');
      const file = path.join(folder.dir, 'apache.conf');
      await fs.writeFile(file, config);
      return { child: spawn(this.binary, ['-f', file, '-DFOREGROUND']), brotli, errors: path.join(folder.dir, 'error.log') };
    },
  },
  caddy: {
    binary: '/usr/bin/caddy',
    async start(folder, port) {
      let snippet = await fs.readFile(path.join(DEPLOY, 'caddy', 'learnlocal.caddy'), 'utf8');
      snippet = snippet.replaceAll('root * /var/www', `root * ${folder.www}`);
      const imported = path.join(folder.dir, 'learnlocal.caddy');
      await fs.writeFile(imported, snippet);
      const file = path.join(folder.dir, 'Caddyfile');
      await fs.writeFile(
        file,
        `{\n  admin off\n  auto_https off\n}\nhttp://127.0.0.1:${port} {\n  import ${imported}\n}\n`,
      );
      const env = { ...process.env, HOME: folder.dir, XDG_DATA_HOME: folder.dir, XDG_CONFIG_HOME: folder.dir };
      return { child: spawn(this.binary, ['run', '--config', file, '--adapter', 'caddyfile'], { env }), brotli: false };
    },
  },
  container: {
    available: containerTool,
    async start(folder, port) {
      const { tool } = containerTool();
      // The build context as the README's command gives it: deploy/ and the build.
      const context = path.join(folder.dir, 'context');
      await fs.cp(DEPLOY, path.join(context, 'deploy'), { recursive: true });
      await fs.cp(BASE_DIST, path.join(context, 'dist'), { recursive: true });
      const image = `learnlocal-test:${process.pid}`;
      const build = spawnSync(
        tool,
        ['build', '-f', path.join(context, 'deploy', 'Containerfile'), '--build-arg', `BASE=${BASE}`, '-t', image, context],
        { encoding: 'utf8', timeout: 600_000 },
      );
      assert.equal(build.status, 0, `${tool} build failed:\n${build.stdout}\n${build.stderr}`);
      const name = `learnlocal-test-${process.pid}`;
      const child = spawn(tool, ['run', '--rm', '--name', name, '-p', `127.0.0.1:${port}:8080`, image]);
      const stop = () => {
        spawnSync(tool, ['stop', name]);
        spawnSync(tool, ['image', 'rm', image]);
      };
      return { child, brotli: false, stop };
    },
  },
};

for (const [name, server] of Object.entries(SERVERS)) {
  const skip = !BASE_DIST
    ? 'LEARNLOCAL_BASE_DIST is not set: `cargo xtask test` builds the sub-path build and sets it'
    : server.available
      ? server.available().why ?? false
      : !existsSync(server.binary)
        ? `${server.binary} is not installed (apt-get install ${name === 'apache' ? 'apache2' : name})`
        : false;

  describe(`${name} with deploy/'s configuration`, { skip }, () => {
    if (skip) console.log(`servers.test.mjs: ${name} skipped: ${skip}`);
    let folder;
    let running;
    let site;
    let output = '';
    let files;
    before(async () => {
      folder = await publishedFolder(server.extra);
      const port = await freePort();
      running = await server.start(folder, port);
      running.child.stdout.on('data', (d) => (output += d));
      running.child.stderr.on('data', (d) => (output += d));
      site = `http://127.0.0.1:${port}${BASE}`;
      await answering(site, running.child, () => output);
      files = await fs.readdir(BASE_DIST);
    });
    after(async () => {
      running?.stop?.();
      if (running && running.child.exitCode === null) {
        const stopped = new Promise((resolve) => running.child.once('exit', resolve));
        running.child.kill('SIGTERM');
        await stopped;
      }
      if (folder) await fs.rm(folder.dir, { recursive: true, force: true });
    });

    const named = (pattern) => {
      const file = files.find((f) => pattern.test(f));
      assert.ok(file, `the build has a file like ${pattern}`);
      return file;
    };

    it('answers the app, and its own pages, with index.html, revalidated', async () => {
      const index = await fs.readFile(path.join(BASE_DIST, 'index.html'));
      for (const page of ['', 'o/any-id', 'shortlist', `?q=computer`]) {
        const answer = await get(site + page);
        assert.equal(answer.status, 200, page);
        assert.match(answer.headers['content-type'], /^text\/html/, page);
        assert.equal(answer.headers['cache-control'], 'no-cache', page);
        assert.equal(answer.body.compare(index), 0, `${page} is index.html`);
      }
      // A file that is not there, such as an old build's script, is not the page.
      assert.equal((await get(`${site}learnlocal-0000000000000000.js`)).status, 404);
      assert.equal((await get(`${site}data/sources/opportunities.csv`)).status, 404);
    });

    it('caches the hashed files for a year and revalidates the rest', async () => {
      // Trunk's hashes are 1 to 16 hex digits (a 64-bit number without leading zeros).
      const inFolder = async (folder, pattern) => {
        const file = (await fs.readdir(path.join(BASE_DIST, folder))).find((f) => pattern.test(f));
        assert.ok(file, `${folder}/ has a file like ${pattern}`);
        return `${folder}/${file}`;
      };
      const hashed = [
        named(/^learnlocal-[0-9a-f]{1,16}_bg\.wasm$/),
        named(/^learnlocal-[0-9a-f]{1,16}\.js$/),
        await inFolder('workbench', /^learnlocal-workbench-[0-9a-f]{1,16}_bg\.wasm$/),
        await inFolder('coordinators', /^coordinators-[0-9a-f]{1,16}_bg\.wasm$/),
        // The wasm's parts and their loader (xtask/src/split.rs names them).
        named(/^learnlocal-parts-[0-9a-f]{16}\.js$/),
        await inFolder('parts', /^detail-page-[0-9a-f]{16}\.wasm$/),
      ];
      for (const file of hashed) {
        assert.equal((await get(site + file)).headers['cache-control'], IMMUTABLE, file);
      }
      for (const file of ['index.html', 'data/catalogue.json', 'sw.js', 'manifest.webmanifest', 'locales/ga.ftl', 'coordinators/', 'workbench/']) {
        const answer = await get(site + file);
        assert.equal(answer.status, 200, file);
        assert.equal(answer.headers['cache-control'], 'no-cache', file);
      }
    });

    it('sends each file with its type, and nosniff', async () => {
      const types = {
        [named(/_bg\.wasm$/)]: /^application\/wasm$/,
        [named(/^learnlocal-[0-9a-f]{1,16}\.js$/)]: /^(application|text)\/javascript/,
        'data/catalogue.json': /^application\/json/,
        'manifest.webmanifest': /^application\/manifest\+json/,
        'locales/ga.ftl': /^text\/plain; charset=utf-8$/i,
        'sw.js': /^(application|text)\/javascript/,
      };
      for (const [file, type] of Object.entries(types)) {
        const answer = await get(site + file);
        assert.match(answer.headers['content-type'], type, file);
        assert.equal(answer.headers['x-content-type-options'], 'nosniff', file);
      }
    });

    it('compresses the app and the catalogue for browsers that accept it', async () => {
      const wasm = named(/_bg\.wasm$/);
      const raw = (await fs.stat(path.join(BASE_DIST, wasm))).size;
      const encodings = running.brotli ? ['gzip', 'br'] : ['gzip'];
      for (const encoding of encodings) {
        for (const file of [wasm, 'data/catalogue.json', '']) {
          const answer = await get(site + file, { 'accept-encoding': encoding });
          assert.equal(answer.headers['content-encoding'], encoding, `${file || 'index'} with ${encoding}`);
        }
        const answer = await get(site + wasm, { 'accept-encoding': encoding });
        assert.ok(answer.body.length < raw * 0.6, `the wasm is smaller with ${encoding}: ${answer.body.length} of ${raw}`);
      }
      assert.equal((await get(site + wasm)).headers['content-encoding'], undefined, 'plain to those that ask for nothing');
    });

    it("caches a sharded catalogue's shards for a year, as JSON, compressed, while the index is revalidated", async () => {
      const { shard } = folder;
      assert.ok(Buffer.byteLength(shard.text) > 1024, 'the shard is large enough to be compressed');
      const plain = await get(site + shard.path);
      assert.equal(plain.status, 200, shard.path);
      assert.equal(plain.body.toString(), shard.text);
      assert.equal(plain.headers['cache-control'], IMMUTABLE, shard.path);
      assert.match(plain.headers['content-type'], /^application\/json/, shard.path);
      assert.equal(plain.headers['x-content-type-options'], 'nosniff', shard.path);
      for (const encoding of running.brotli ? ['gzip', 'br'] : ['gzip']) {
        const answer = await get(site + shard.path, { 'accept-encoding': encoding });
        assert.equal(answer.headers['content-encoding'], encoding, `${shard.path} with ${encoding}`);
        assert.equal(answer.headers['cache-control'], IMMUTABLE, `${shard.path} with ${encoding}`);
      }
      assert.equal((await get(site + 'data/catalogue.json')).headers['cache-control'], 'no-cache');
      // A shard of an earlier split that was not uploaded is missing, not the page.
      assert.equal((await get(`${site}data/shards/0000000000000000.json`)).status, 404);
    });

    it('opens the app at a deep link', async () => {
      const catalogue = JSON.parse(await fs.readFile(path.join(BASE_DIST, 'data', 'catalogue.json'), 'utf8'));
      const target = catalogue.opportunities[2];
      const browser = await launchBrowser();
      try {
        const page = await openPage(browser, { origin: new URL(site).origin });
        await page.goto(`${site}o/${encodeURIComponent(target.id)}`);
        await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
        assert.deepEqual(page.consoleErrors, []);
      } finally {
        await browser.close();
      }
    });
  });
}

describe("deploy/static-host/_headers", () => {
  // Such hosts join the headers of every rule a path matches: each path gets one
  // Cache-Control, a year for a sharded catalogue's shards, revalidation for its index.
  it('caches the shards for a year and revalidates the catalogue, each by one rule', async () => {
    const { headers } = await staticHostRules();
    const cacheControl = (pathname) =>
      headers
        .filter((rule) => rule.pattern.test(pathname))
        .flatMap((rule) => rule.set.filter(([name]) => name === 'cache-control').map(([, value]) => value));
    assert.deepEqual(cacheControl('/learning/data/shards/0123456789abcdef.json'), [IMMUTABLE]);
    assert.deepEqual(cacheControl('/learning/data/catalogue.json'), ['no-cache']);
    assert.deepEqual(cacheControl('/learning/index.html'), ['no-cache']);
    assert.deepEqual(cacheControl('/learning/learnlocal-0123abcd_bg.wasm'), [IMMUTABLE]);
    assert.deepEqual(cacheControl('/learning/parts/detail-page-0123456789abcdef.wasm'), [IMMUTABLE]);
    assert.deepEqual(cacheControl('/learning/learnlocal-parts-0123456789abcdef.js'), [IMMUTABLE]);
  });
});
