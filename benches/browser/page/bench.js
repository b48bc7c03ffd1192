// The page side of `cargo xtask bench-browser`: loads one catalogue into the
// project's core (as wasm) and into its JavaScript peers, and times the same
// queries on each with performance.now(). The driver (../run-peers.mjs) calls
// `window.learnlocalBench.*` and reads back plain numbers.
//
// The mapping of the catalogue onto the peers' data is written here once, for
// both sides of every comparison; docs/performance.md describes it.

import init, { Bench } from '/pkg/learnlocal_bench_wasm.js';
import itemsjs from '/peers/itemsjs.js';
import MiniSearch from '/peers/minisearch.js';

/** The moment searches are made at, local to the catalogue (the generator's default "today", at noon). */
const NOW = '2026-09-01T12:00';
const TODAY = NOW.slice(0, 10);

const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
// The core's parts of the day, in minutes from midnight (search.rs `PARTS`).
const PARTS = [['morning', 0, 720], ['afternoon', 720, 1020], ['evening', 1020, 1440]];
const AUDIENCES = ['everyone', 'adults', 'older_people', 'young_people', 'children', 'families', 'newcomers', 'jobseekers', 'carers'];

let wasmReady = null;
let text = null;
let ours = null;
let items = null;
let mini = null;
let queries = null;

const minutes = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The parts of the day a session overlaps (search.rs `parts_between`). */
function partsBetween(start, end) {
  const e = end <= start ? 1440 : end;
  return PARTS.filter(([, from, to]) => start < to && e > from).map(([name]) => name);
}

function weekdayOf(date) {
  const d = new Date(`${date}T12:00:00Z`).getUTCDay();
  return DAYS[(d + 6) % 7];
}

/** Days and parts of the day with sessions still to come (search.rs `when_mask`), as two lists. */
function whenOf(schedule) {
  const days = new Set();
  const parts = new Set();
  const add = (day, slotParts) => {
    days.add(day);
    for (const p of slotParts) parts.add(p);
  };
  const ended = schedule?.end_date && schedule.end_date < TODAY;
  for (const slot of ended ? [] : schedule?.weekly ?? []) {
    const p = partsBetween(minutes(slot.start), minutes(slot.end));
    for (const day of slot.days) add(day, p);
  }
  for (const dated of schedule?.dates ?? []) {
    if (dated.date >= TODAY) add(weekdayOf(dated.date), partsBetween(minutes(dated.start), minutes(dated.end)));
  }
  return { days: [...days], times: [...parts] };
}

function haversineM(a, b) {
  const rad = (d) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}

/** One opportunity as an itemsjs item: a list of values per filter group. */
function item(o, venues, centre) {
  const venue = venues.get(o.venue);
  const when = whenOf(o.schedule);
  const audience = !o.audience?.length || o.audience.includes('everyone') ? AUDIENCES : o.audience;
  return {
    id: o.id,
    title: o.title.toLowerCase(),
    distance: venue ? haversineM(centre, venue.location) : Number.MAX_VALUE,
    skill: o.skills ?? [],
    kind: [o.kind],
    access: [...(venue?.accessibility ?? []), ...(o.access ?? [])],
    free: o.cost?.free ? ['yes'] : [],
    language: o.languages ?? [],
    level: [o.level ?? 'none'],
    mode: [o.mode ?? 'in_person'],
    audience,
    day: when.days,
    time: when.times,
  };
}

const ANY_OF = { conjunction: false, size: 1000 };
const ALL_OF = { conjunction: true, size: 1000 };
const ITEMSJS_CONFIG = {
  native_search_enabled: false,
  sortings: { distance: { field: 'distance', order: 'asc' } },
  aggregations: {
    skill: ANY_OF, kind: ANY_OF, access: ALL_OF, free: ALL_OF, language: ANY_OF,
    level: ANY_OF, mode: ANY_OF, audience: ANY_OF, day: ANY_OF, time: ANY_OF,
  },
};

/** Folds text as the core does for search: no case, no accents. */
const fold = (term) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** One opportunity as a MiniSearch document: the fields the core searches. */
function doc(o, venues, skills) {
  return {
    id: o.id,
    title: o.title,
    summary: o.summary,
    skills: (o.skills ?? []).map((s) => skills.get(s) ?? s).join(' '),
    provider: o.provider?.name ?? '',
    venue: venues.get(o.venue)?.name ?? '',
  };
}

const MINISEARCH_OPTIONS = {
  fields: ['title', 'summary', 'skills', 'provider', 'venue'],
  processTerm: (term) => fold(term),
  searchOptions: {
    // Every word must match, as the start of a word, one typo forgiven from five letters;
    // field weights as the core's (title 5, skill 4, summary 3, provider 2, venue 1).
    combineWith: 'AND',
    prefix: true,
    fuzzy: (term) => ([...term].length >= 5 ? 1 : false),
    boost: { title: 5, skills: 4, summary: 3, provider: 2, venue: 1 },
  },
};

/** Milliseconds `run` takes, each time. */
function timed(run) {
  const start = performance.now();
  const result = run();
  return [performance.now() - start, result];
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Fetches the catalogue of `size` opportunities as text. */
async function fetchCatalogue(size) {
  wasmReady ??= init();
  await wasmReady;
  const response = await fetch(`/catalogues/${size}.json`);
  if (!response.ok) throw new Error(`/catalogues/${size}.json: HTTP ${response.status}`);
  text = await response.text();
  ours = items = mini = queries = null;
}

/**
 * Builds every side's index from the catalogue text `builds` times, keeping the
 * last, and returns the median milliseconds of each: reading plus indexing.
 */
function buildAll(builds) {
  const times = { ours: [], itemsjs: [], minisearch: [] };
  for (let i = 0; i < builds; i++) {
    ours?.free();
    ours = null;
    const [t1, built] = timed(() => {
      const b = new Bench(text, NOW);
      b.build_index();
      return b;
    });
    ours = built;
    times.ours.push(t1);
    items = null;
    const [t2, engine] = timed(() => {
      const c = JSON.parse(text);
      const venues = new Map((c.venues ?? []).map((v) => [v.id, v]));
      return itemsjs(c.opportunities.map((o) => item(o, venues, c.centre)), ITEMSJS_CONFIG);
    });
    items = engine;
    times.itemsjs.push(t2);
    mini = null;
    const [t3, index] = timed(() => {
      const c = JSON.parse(text);
      const venues = new Map((c.venues ?? []).map((v) => [v.id, v]));
      const skills = new Map((c.skills ?? []).map((s) => [s.id, s.label]));
      const m = new MiniSearch(MINISEARCH_OPTIONS);
      m.addAll(c.opportunities.map((o) => doc(o, venues, skills)));
      return m;
    });
    mini = index;
    times.minisearch.push(t3);
  }
  queries ??= makeQueries(JSON.parse(text));
  return {
    opportunities: ours.opportunities(),
    leftOut: ours.left_out(),
    ours: median(times.ours),
    itemsjs: median(times.itemsjs),
    minisearch: median(times.minisearch),
  };
}

/** The values of `field` over the opportunities, most common first. */
function commonest(opportunities, field) {
  const counts = new Map();
  for (const o of opportunities) for (const v of o[field] ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
}

/**
 * The query sets, taken from the catalogue itself: filter combinations as a
 * person ticks them (as the app's URL and as itemsjs filters), and search words
 * and prefixes from the titles, as typed.
 */
function makeQueries(c) {
  const os = c.opportunities;
  const [skill1, skill2, skill3] = commonest(os, 'skills');
  const language = commonest(os, 'languages')[1] ?? 'en';
  const need = commonest(os, 'access')[0] ?? 'large_print';
  const filters = [
    { url: '', itemsjs: {} },
    { url: `skill=${skill1}`, itemsjs: { skill: [skill1] } },
    { url: `skill=${skill1},${skill2}`, itemsjs: { skill: [skill1, skill2] } },
    { url: 'free=yes', itemsjs: { free: ['yes'] } },
    { url: `skill=${skill3}&free=yes`, itemsjs: { skill: [skill3], free: ['yes'] } },
    { url: `access=step_free,${need}`, itemsjs: { access: ['step_free', need] } },
    { url: `lang=${language}`, itemsjs: { language: [language] } },
    { url: 'level=beginner&day=sa,su', itemsjs: { level: ['beginner'], day: ['sa', 'su'] } },
    { url: 'day=mo&time=evening', itemsjs: { day: ['mo'], time: ['evening'] } },
    { url: 'kind=course&mode=online&for=older_people', itemsjs: { kind: ['course'], mode: ['online'], audience: ['older_people'] } },
  ];
  // Words of four letters or more from titles spread over the catalogue.
  const words = [];
  const step = Math.max(1, Math.floor(os.length / 40));
  for (let i = 0; words.length < 12 && i < os.length; i += step) {
    const candidates = os[i].title.split(/[^\p{L}]+/u).filter((w) => w.length >= 4).map((w) => w.toLowerCase());
    const word = candidates[i % Math.max(1, candidates.length)];
    if (word && !words.includes(word)) words.push(word);
  }
  const text = [];
  // Typing one word letter by letter, as the search box sees it.
  const typed = words.find((w) => w.length >= 7) ?? words[0];
  for (let n = 1; n <= typed.length; n++) text.push(typed.slice(0, n));
  for (const w of words.slice(0, 8)) {
    text.push(w);
    text.push(w.slice(0, 3));
  }
  // Two words, and a typo (two neighbouring letters swapped) in a long word.
  for (let i = 0; i + 1 < words.length && i < 6; i += 2) text.push(`${words[i]} ${words[i + 1].slice(0, 4)}`);
  for (const w of words.filter((x) => x.length >= 6).slice(0, 3)) {
    const k = Math.floor(w.length / 2);
    text.push(w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2));
  }
  return { filters, text };
}

/** The shortest span worth timing: performance.now() is coarsened to 0.1 ms in a page that is not cross-origin isolated. */
const MIN_SAMPLE_MS = 2;

/**
 * Times each side on each query: `warmup` untimed passes over the query set,
 * then `reps` timed passes. A sample repeats one query enough times to last
 * about MIN_SAMPLE_MS (the count found from the warm-up) and is divided by them.
 * Returns every side's median per query in ms and the result counts (summed over
 * the set), so the two sides can be compared.
 */
function compare(task, warmup, reps) {
  const sides = task === 'filters'
    ? {
        ours: (q) => ours.query(q.url)[0],
        peer: (q) => items.search({ filters: q.itemsjs, per_page: 20, sort: 'distance' }).pagination.total,
      }
    : {
        ours: (q) => ours.text_search(q),
        peer: (q) => mini.search(q).length,
      };
  const set = task === 'filters' ? queries.filters : queries.text;
  const out = {};
  for (const [side, run] of Object.entries(sides)) {
    const [warm] = timed(() => {
      for (let i = 0; i < warmup; i++) for (const q of set) run(q);
    });
    const perQuery = warm / (warmup * set.length);
    const repeat = Math.min(1000, Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(perQuery, 0.001))));
    const samples = [];
    let results = 0;
    for (let i = 0; i < reps; i++) {
      for (const q of set) {
        const [ms, n] = timed(() => {
          let last = 0;
          for (let k = 0; k < repeat; k++) last = run(q);
          return last;
        });
        samples.push(ms / repeat);
        if (i === 0) results += n;
      }
    }
    out[side] = { median: median(samples), max: Math.max(...samples), results, repeat, samples: samples.length };
  }
  return { queries: set.length, ...out };
}

window.learnlocalBench = { fetchCatalogue, buildAll, compare, queries: () => queries };
window.learnlocalBenchReady = true;
