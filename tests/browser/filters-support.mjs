// Support for the filter tests: each filter group's rule written again from its
// description (never read from the app), the catalogue's clock, the result order,
// and a way to check the list when the expectation depends on the minute.

import assert from 'node:assert/strict';
import { haversineM, fold, matchesText, countText, PAGE_SIZE, readResults } from './support.mjs';

const DAY_MS = 86_400_000;
/** Weekday codes as the catalogue and the URL write them, Monday first. */
export const DAY_CODES = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
/** Needs a building provides; every other need is provided by the session. */
const VENUE_NEEDS = ['step_free', 'accessible_toilet', 'accessible_parking', 'public_transport'];
/** Parts of the day as [from, to) in minutes. */
const PARTS = { morning: [0, 12 * 60], afternoon: [12 * 60, 17 * 60], evening: [17 * 60, 24 * 60] };
/** Radius choices in metres, as the URL names them. */
export const RADIUS_M = { walk15: 15 * 80, '1km': 1000, '3km': 3000, '5km': 5000, '10km': 10000 };

/** Days since 1970-01-01 of a "YYYY-MM-DD" date. */
export const dayOf = (date) => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
};
/** 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday). */
export const weekdayOf = (day) => (((day + 3) % 7) + 7) % 7;
/** Minutes since midnight of "HH:MM" (24:00 is 1440). */
const minutesOf = (time) => {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
};

/**
 * The wall-clock time in `zone` at the instant `at`, to the minute:
 * `{ day, minute }` with `day` in days since 1970-01-01.
 */
export function localNow(at, zone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(at).map((p) => [p.type, p.value]),
  );
  return { day: dayOf(`${parts.year}-${parts.month}-${parts.day}`), minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** Every distinct local minute from `from` to `to` (Dates), as `localNow` values. */
export function minutesBetween(from, to, zone) {
  const out = [];
  for (let t = Math.floor(from.getTime() / 60000) * 60000; t <= to.getTime(); t += 60000) {
    out.push(localNow(new Date(t), zone));
  }
  return out;
}

// ---- Schedules ----------------------------------------------------------------

/** A slot on a day as absolute minutes [from, to); ending at or before its start means the next day. */
function session(day, slot) {
  const start = minutesOf(slot.start);
  const end = minutesOf(slot.end);
  return { day, from: day * 1440 + start, to: (end <= start ? day + 1 : day) * 1440 + end };
}

/** Weekly slots happen on a day inside the date range, not excepted, in a week the interval allows. */
function weeklyOn(schedule, day) {
  if (schedule.start_date && day < dayOf(schedule.start_date)) return false;
  if (schedule.end_date && day > dayOf(schedule.end_date)) return false;
  if ((schedule.except ?? []).some((d) => dayOf(d) === day)) return false;
  const every = Math.max(1, schedule.interval_weeks ?? 1);
  const anchor = schedule.start_date ? dayOf(schedule.start_date) - weekdayOf(dayOf(schedule.start_date)) : -3;
  return (((Math.floor((day - anchor) / 7)) % every) + every) % every === 0;
}

function sessionsOn(schedule, day) {
  const out = [];
  if (weeklyOn(schedule, day)) {
    for (const slot of schedule.weekly ?? []) {
      if (slot.days.includes(DAY_CODES[weekdayOf(day)])) out.push(session(day, slot));
    }
  }
  for (const slot of schedule.dates ?? []) if (dayOf(slot.date) === day) out.push(session(day, slot));
  return out;
}

/** The first session not ended at `now` (one in progress counts), or undefined. */
export function nextSession(schedule = {}, now) {
  const at = now.day * 1440 + now.minute;
  const found = (schedule.dates ?? []).map((s) => session(dayOf(s.date), s)).filter((s) => s.to > at);
  if ((schedule.weekly ?? []).length > 0) {
    let day = Math.max(now.day - 1, schedule.start_date ? dayOf(schedule.start_date) : -Infinity);
    let last = day + 157 * 7;
    if (schedule.end_date) last = Math.min(last, dayOf(schedule.end_date));
    for (; day <= last; day++) {
      const today = sessionsOn(schedule, day).filter((s) => s.to > at);
      if (today.length > 0) {
        found.push(...today);
        break;
      }
    }
  }
  return found.sort((a, b) => a.from - b.from || a.to - b.to)[0];
}

/** True when a session is going on at `now`. */
export function openAt(schedule = {}, now) {
  const at = now.day * 1440 + now.minute;
  return [-1, 0, 1].some((d) => sessionsOn(schedule, now.day + d).some((s) => s.from <= at && at < s.to));
}

/**
 * True when the record has a weekly slot (in a series that has not ended), or a
 * dated slot from today on, on one of `days` overlapping one of `parts`.
 */
export function happensOn(o, today, days, parts) {
  const overlaps = (slot) => {
    const start = minutesOf(slot.start);
    const end = minutesOf(slot.end) <= start ? 1440 : minutesOf(slot.end);
    return parts.some((p) => start < PARTS[p][1] && end > PARTS[p][0]);
  };
  const ended = o.schedule?.end_date !== undefined && dayOf(o.schedule.end_date) < today;
  const weekly = !ended && (o.schedule?.weekly ?? []).some((slot) => slot.days.some((d) => days.includes(d)) && overlaps(slot));
  const dated = (o.schedule?.dates ?? []).some(
    (slot) => dayOf(slot.date) >= today && days.includes(DAY_CODES[weekdayOf(dayOf(slot.date))]) && overlaps(slot),
  );
  return weekly || dated;
}

// ---- Filters --------------------------------------------------------------------

/**
 * A filter as a test writes it (every key optional):
 * { text, origin, radius (metres), excludeOnline, skills, kinds, access, days, times,
 *   starts ('week'|'month'), openNow, free, max, langs, modes, levels, audiences, age }.
 * `rules(catalogue, f, now)` gives one test per group; a record is shown when it passes all.
 */
export function rules(catalogue, f, now) {
  const venues = new Map(catalogue.venues.map((v) => [v.id, v]));
  const has = (list) => list && list.length > 0;
  const lowest = (cost) => (cost.free ? 0 : Math.min(...(cost.prices ?? []).map((p) => p.amount)));
  const startsBy = () => {
    if (f.starts === 'week') return now.day + 6 - weekdayOf(now.day);
    const d = new Date(now.day * DAY_MS);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / DAY_MS;
  };
  return {
    text: (o) => !f.text || matchesText(f.text, catalogue)(o),
    distance: (o) => !f.radius || !venues.has(o.venue) ||
      haversineM(f.origin ?? catalogue.centre, venues.get(o.venue).location) <= f.radius,
    online: (o) => !f.excludeOnline || venues.has(o.venue),
    skill: (o) => !has(f.skills) || o.skills.some((s) => f.skills.includes(s)),
    kind: (o) => !has(f.kinds) || f.kinds.includes(o.kind),
    access: (o) => (f.access ?? []).every((need) =>
      VENUE_NEEDS.includes(need) ? (venues.get(o.venue)?.accessibility ?? []).includes(need) : (o.access ?? []).includes(need)),
    when: (o) => (!has(f.days) && !has(f.times)) ||
      happensOn(o, now.day, has(f.days) ? f.days : DAY_CODES, has(f.times) ? f.times : Object.keys(PARTS)),
    starts: (o) => {
      if (!f.starts) return true;
      const next = nextSession(o.schedule, now);
      return next !== undefined && next.day <= startsBy();
    },
    openNow: (o) => !f.openNow || openAt(o.schedule, now) ||
      (o.kind === 'library' && venues.has(o.venue) && openAt({ weekly: venues.get(o.venue).opening_hours ?? [] }, now)),
    cost: (o) => (!f.free || o.cost?.free === true) && (f.max === undefined || lowest(o.cost ?? {}) <= f.max),
    language: (o) => !has(f.langs) || o.languages.some((l) => f.langs.includes(l)),
    mode: (o) => !has(f.modes) || f.modes.includes(o.mode ?? 'in_person'),
    level: (o) => !has(f.levels) || f.levels.includes(o.level ?? 'none'),
    audience: (o) => !has(f.audiences) || (o.audience ?? []).length === 0 || o.audience.includes('everyone') ||
      f.audiences.some((a) => o.audience.includes(a)),
    age: (o) => f.age === undefined || !o.age ||
      ((o.age.min === undefined || f.age >= o.age.min) && (o.age.max === undefined || f.age <= o.age.max)),
  };
}

/** True when the record passes every group of `f`. */
export const passesAll = (catalogue, f, now) => {
  const tests = Object.values(rules(catalogue, f, now));
  return (o) => tests.every((t) => t(o));
};

/**
 * The records passing `f`, in the order asked for: nearest first (online last),
 * A to Z by folded title, or soonest next session (none last); ties by distance,
 * folded title, then id.
 */
export function expectedFor(catalogue, f, now) {
  const venues = new Map(catalogue.venues.map((v) => [v.id, v]));
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  return catalogue.opportunities
    .filter(passesAll(catalogue, f, now))
    .map((o) => {
      const place = venues.get(o.venue);
      return {
        ...o,
        place,
        folded: fold(o.title),
        next: f.sort === 'soonest' ? nextSession(o.schedule, now) : undefined,
        distance: place ? haversineM(f.origin ?? catalogue.centre, place.location) : Infinity,
      };
    })
    .sort((a, b) => {
      let primary = 0;
      if (f.sort === 'az') primary = cmp(a.folded, b.folded);
      if (f.sort === 'soonest') primary = (a.next?.from ?? Infinity) - (b.next?.from ?? Infinity) || 0;
      return primary || (a.distance === b.distance ? 0 : a.distance - b.distance) || cmp(a.folded, b.folded) || cmp(a.id, b.id);
    });
}

// ---- The page --------------------------------------------------------------------

/** The ids of the listed cards, from their links ("/o/<id>?…"). */
export async function readIds(page) {
  return page.locator('.result-card a.result-card__link').evaluateAll((links) =>
    links.map((a) => decodeURIComponent(new URL(a.href).pathname.replace(/^\/o\//, ''))));
}

/**
 * Waits until the page shows one of the candidate lists (one per minute the page
 * may have read as "now"): its count announced and its first page of cards listed,
 * with the same titles. Returns `{ expected, shown }`. Fails with what the page
 * shows when none appears within `timeout` ms.
 */
export async function expectOneOf(page, candidates, timeout = 10_000) {
  const wanted = candidates.map((list) => ({ text: countText(list.length), cards: Math.min(list.length, PAGE_SIZE) }));
  try {
    await page.waitForFunction(
      (wanted) => {
        const text = document.querySelector('.results__count[role="status"]')?.textContent.trim();
        const cards = document.querySelectorAll('.result-card').length;
        return wanted.some((w) => w.text === text && w.cards === cards);
      },
      wanted,
      { timeout },
    );
  } catch {
    const text = await page.locator('.results__count[role="status"]').textContent().catch(() => null);
    assert.fail(`the page shows ${JSON.stringify(text)}; expected ${[...new Set(wanted.map((w) => w.text))].join(' or ')}`);
  }
  const shown = await readResults(page);
  const text = (await page.locator('.results__count[role="status"]').textContent()).trim();
  const sameCount = candidates.filter((list) => countText(list.length) === text);
  const titles = (list) => list.slice(0, PAGE_SIZE).map((o) => o.title);
  const expected = sameCount.find((list) => JSON.stringify(titles(list)) === JSON.stringify(shown.map((r) => r.title))) ?? sameCount[0];
  assert.deepEqual(shown.map((r) => r.title), titles(expected));
  return { expected, shown };
}
