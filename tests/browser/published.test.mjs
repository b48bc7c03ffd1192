// What the build publishes: the app, the workbench and the catalogue (and, when
// it is a shard index, exactly the files it names), never the catalogue's source
// spreadsheets, mappings or schema, nor the shards of an earlier split.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DIST, suite } from './support.mjs';

/** Every file under `dir`, relative to it, sorted. */
async function files(dir) {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)))
    .sort();
}

describe('published files', () => {
  const shared = suite();

  it('publishes the catalogue alone from data/ (with exactly the files a shard index names), and no spreadsheet anywhere', async () => {
    const all = await files(DIST);
    const text = await fs.readFile(path.join(DIST, 'data', 'catalogue.json'), 'utf8');
    const named = namedFiles(text);
    const expected = ['catalogue.json', ...named].map((f) => path.join('data', ...f.split('/'))).sort();
    assert.deepEqual(all.filter((f) => f.startsWith('data' + path.sep)), expected);
    assert.deepEqual(all.filter((f) => /\.(csv|tsv|xlsx?|ods)$/i.test(f)), []);
    for (const missing of ['/data/sources/opportunities.csv', '/data/mappings/template.csv', '/data/catalogue.schema.json']) {
      const response = await fetch(shared.server.origin + missing);
      assert.equal(response.status, 404, missing);
    }
    for (const file of named.slice(0, 3)) {
      const response = await fetch(`${shared.server.origin}/data/${file}`);
      assert.equal(response.status, 200, file);
      assert.equal(await response.text(), await fs.readFile(path.join(DIST, 'data', ...file.split('/')), 'utf8'), file);
    }
  });
});

/** The files a shard index names (its shards, then its gazetteer, venue
 *  directory and word summaries), each once; none for a whole catalogue. The
 *  app's rule tells them apart: an index's first key is `shard_format`. */
function namedFiles(text) {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (!(start.startsWith('{') && start.slice(1).trimStart().startsWith('"shard_format"'))) return [];
  const index = JSON.parse(text.replace(/^\uFEFF/, ''));
  const paths = [...index.shards.map((s) => s.path), index.gazetteer, index.places, index.words].filter(Boolean);
  return [...new Set(paths)];
}
