// What the build publishes: the app, the workbench and the catalogue, never the
// catalogue's source spreadsheets, mappings or schema.

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

  it('publishes the catalogue alone from data/, and no spreadsheet anywhere', async () => {
    const all = await files(DIST);
    assert.deepEqual(all.filter((f) => f.startsWith('data' + path.sep)), [path.join('data', 'catalogue.json')]);
    assert.deepEqual(all.filter((f) => /\.(csv|tsv|xlsx?|ods)$/i.test(f)), []);
    for (const missing of ['/data/sources/opportunities.csv', '/data/mappings/template.csv', '/data/catalogue.schema.json']) {
      const response = await fetch(shared.server.origin + missing);
      assert.equal(response.status, 404, missing);
    }
  });
});
