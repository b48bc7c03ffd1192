// The catalogue file matches its JSON Schema, and the schema refuses the mistakes
// keepers make: impossible coordinates, unknown kinds, misspelt fields, impossible
// times. Needs no browser: it reads the two files from data/.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SCHEMA_FILE = path.join(ROOT, 'data', 'catalogue.schema.json');
const CATALOGUE_FILE = path.join(ROOT, 'data', 'catalogue.json');

const schema = JSON.parse(await fs.readFile(SCHEMA_FILE, 'utf8'));
const catalogue = JSON.parse(await fs.readFile(CATALOGUE_FILE, 'utf8'));
// Strict mode also checks the schema itself (unknown keywords, types left unsaid),
// except that `else` may require `venue` without defining it again there.
// `verbose` keeps each error's value and schema, for the messages below.
const validate = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false }).compile(schema);

/** The schema's complaints about `data`; empty when it is valid. */
function errorsOf(data) {
  return validate(data) ? [] : validate.errors;
}

/**
 * One line per error, naming the record by position and id, the field, and what is
 * wrong, e.g. `opportunities[3] (cork-004), kind: "lecture" must be equal to one
 * of the allowed values: course, library, activity`.
 */
function readable(errors, data) {
  return errors
    // An `if` error only repeats the `else` error that comes with it.
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      const parts = e.instancePath.split('/').slice(1);
      let where = 'catalogue';
      let field = parts;
      if (['venues', 'opportunities', 'skills', 'neighbourhoods'].includes(parts[0]) && parts.length > 1) {
        const id = data[parts[0]]?.[parts[1]]?.id;
        where = `${parts[0]}[${parts[1]}]${typeof id === 'string' ? ` (${id})` : ''}`;
        field = parts.slice(2);
      }
      const fieldText = field.map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
      let detail = e.message;
      if (e.keyword === 'additionalProperties') detail += `: \`${e.params.additionalProperty}\``;
      if (e.keyword === 'enum') detail += `: ${e.params.allowedValues.join(', ')}`;
      if (e.keyword === 'not' && e.schema.description) detail = e.schema.description;
      if (e.keyword === 'pattern' && e.parentSchema.description) {
        detail = `does not fit: ${e.parentSchema.description}`;
      }
      if (['enum', 'pattern', 'const', 'minimum', 'maximum', 'type'].includes(e.keyword)) {
        detail = `${JSON.stringify(e.data)} ${detail}`;
      }
      return `${where}${fieldText ? `, ${fieldText}` : ''}: ${detail}`;
    })
    .join('\n');
}

/** A deep copy of the real catalogue to break in one place. */
function copy() {
  return structuredClone(catalogue);
}

/** Asserts `data` is refused with an error of `keyword` at `instancePath`. */
function assertRefused(data, instancePath, keyword) {
  const errors = errorsOf(data);
  assert.ok(
    errors.some((e) => e.instancePath === instancePath && e.keyword === keyword),
    `expected a \`${keyword}\` error at ${instancePath}, got:\n${readable(errors, data) || '(no errors)'}`,
  );
}

/**
 * A copy with a weekly slot to break: the first opportunity's that has one, else
 * one added to the first opportunity. Returns the copy, the slot and its path.
 */
function withWeeklySlot() {
  const data = copy();
  const index = Math.max(0, data.opportunities.findIndex((o) => o.schedule?.weekly?.length));
  const opportunity = data.opportunities[index];
  if (!opportunity.schedule?.weekly?.length) {
    opportunity.schedule = { weekly: [{ days: ['mo', 'we'], start: '18:30', end: '20:00' }] };
  }
  return { data, slot: opportunity.schedule.weekly[0], at: `/opportunities/${index}/schedule/weekly/0` };
}

describe('catalogue schema', () => {
  // The real catalogue file satisfies the schema with no error at all.
  it('accepts data/catalogue.json', () => {
    const errors = errorsOf(catalogue);
    assert.equal(errors.length, 0, `data/catalogue.json does not match data/catalogue.schema.json:\n${readable(errors, catalogue)}`);
  });

  // The negative tests below break real records, so there must be some to break.
  it('has a venue and an opportunity to break', () => {
    assert.ok(catalogue.venues?.length > 0, 'data/catalogue.json has no venues');
    assert.ok(catalogue.opportunities?.length > 0, 'data/catalogue.json has no opportunities');
  });

  // A latitude beyond 90 degrees is refused.
  it('refuses a venue at latitude 151', () => {
    const data = copy();
    data.venues[0].location.lat = 151;
    assertRefused(data, '/venues/0/location/lat', 'maximum');
  });

  // A kind that is not course, library or activity is refused.
  it('refuses an opportunity of kind "lecture"', () => {
    const data = copy();
    data.opportunities[0].kind = 'lecture';
    assertRefused(data, '/opportunities/0/kind', 'enum');
  });

  // A misspelt field name is refused rather than silently ignored.
  it('refuses an unknown property such as "titel"', () => {
    const data = copy();
    const { title, ...rest } = data.opportunities[0];
    data.opportunities[0] = { ...rest, titel: title };
    assertRefused(data, '/opportunities/0', 'additionalProperties');
    assertRefused(data, '/opportunities/0', 'required');
  });

  // An hour past 23 is refused, whether it starts or ends a slot.
  it('refuses the time "25:00"', () => {
    const base = withWeeklySlot();
    assert.deepEqual(errorsOf(base.data), [], 'the slot added for this test should itself be valid');
    for (const field of ['start', 'end']) {
      const { data, slot, at } = withWeeklySlot();
      slot[field] = '25:00';
      assertRefused(data, `${at}/${field}`, 'pattern');
    }
  });

  // 24:00 may end a slot (midnight at the end of the day) but never start one.
  it('accepts "24:00" only as an end time', () => {
    const ending = withWeeklySlot();
    ending.slot.end = '24:00';
    assert.deepEqual(errorsOf(ending.data), [], readable(errorsOf(ending.data), ending.data));
    const starting = withWeeklySlot();
    starting.slot.start = '24:00';
    assertRefused(starting.data, `${starting.at}/start`, 'pattern');
  });
});
