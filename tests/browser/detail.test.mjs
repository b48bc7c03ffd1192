// The detail page shows every field a record has, in words a resident reads:
// when (with the next sessions worked out here independently), where, cost,
// the venue's and the session's access, languages and how to take part.

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, suite } from './support.mjs';

const SESSION_ACCESS = {
  sign_language: 'Sign language interpreter',
  hearing_loop: 'Hearing loop',
  childcare: 'Childcare or crèche',
  quiet: 'Quiet, calm session',
  carer_free: 'Carer or friend goes free',
  large_print: 'Large print',
  easy_read: 'Easy read',
};
const VENUE_ACCESS = {
  step_free: 'Step-free access',
  accessible_toilet: 'Accessible toilet',
  accessible_parking: 'Accessible parking',
  public_transport: 'Near a bus or train',
};
const DAYS = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The wall-clock date and minute of the day now in a time zone. */
function localNow(timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(new Date()).map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

const toDate = (iso) => new Date(`${iso}T00:00:00Z`);
const iso = (d) => d.toISOString().slice(0, 10);
const minutes = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const shown = (d) => `${DAY_NAMES[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** The next `n` sessions of a single weekly slot that have not ended by `now`. */
function nextWeekly(schedule, now, n) {
  const slot = schedule.weekly[0];
  const sessions = [];
  const day = toDate(schedule.start_date && schedule.start_date > now.date ? schedule.start_date : now.date);
  while (sessions.length < n) {
    const date = iso(day);
    if (schedule.end_date && date > schedule.end_date) break;
    const ended = date === now.date && minutes(slot.end) <= now.minutes;
    if (slot.days.includes(DAYS[day.getUTCDay()]) && !ended) {
      sessions.push(`${shown(day)}, ${slot.start}–${slot.end}`);
    }
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return sessions;
}

describe('detail page', () => {
  const shared = suite();
  let server;
  let browser;
  let catalogue;
  before(() => ({ server, browser, catalogue } = shared));

  it('shows when, where, cost, access, languages and how to take part', async () => {
    const venues = new Map(catalogue.venues.map((v) => [v.id, v]));
    const now = localNow(catalogue.time_zone.name);
    const soon = iso(new Date(toDate(now.date).getTime() + 40 * 86400e3));
    // A priced weekly record with access support; ongoing ones (no end date) first,
    // so the test does not depend on when it runs.
    const fits = (o) => {
      const s = o.schedule ?? {};
      return s.weekly?.length === 1 && !s.interval_weeks && !s.except && !s.dates &&
        (!s.end_date || s.end_date > soon) && o.cost?.prices?.length && o.access?.length &&
        venues.get(o.venue)?.accessibility?.length && o.languages?.length && o.booking?.how?.length;
    };
    const candidates = catalogue.opportunities.filter(fits);
    const target = candidates.find((o) => !o.schedule.end_date) ?? candidates[0];
    assert.ok(target, 'the demo catalogue has a priced weekly course with access support');
    const venue = venues.get(target.venue);

    const page = await openPage(browser, server);
    await page.goto(`${server.origin}/o/${target.id}`);
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    const text = await page.locator('.detail').innerText();
    const has = (words, what) => assert.ok(text.includes(words), `${what}: "${words}" in\n${text}`);

    const next = nextWeekly(target.schedule, now, 3);
    assert.equal(next.length, 3);
    const listed = await page.locator('h3:text("Next sessions") + ul li').allInnerTexts();
    assert.deepEqual(listed, next);

    has(venue.name, 'venue');
    if (venue.address) has(venue.address, 'address');
    for (const a of venue.accessibility) has(VENUE_ACCESS[a], 'venue access');
    for (const a of target.access) has(SESSION_ACCESS[a], 'session access');
    for (const p of target.cost.prices) has(`€${p.amount.toFixed(2)}`, 'price');
    for (const c of target.cost.concessions ?? []) has(c, 'concession');
    const languages = { en: 'English', ga: 'Irish', pl: 'Polish', uk: 'Ukrainian', ar: 'Arabic' };
    for (const code of target.languages) has(languages[code] ?? code.toUpperCase(), 'language');
    for (const id of target.skills) has(catalogue.skills.find((s) => s.id === id).label, 'skill');
    if (target.provider) has(target.provider.name, 'provider');
    if (target.booking.phone) {
      const tel = page.getByRole('link', { name: target.booking.phone });
      assert.equal(await tel.getAttribute('href'), `tel:${target.booking.phone.replaceAll(' ', '')}`);
    }
    if (target.verified) has(shown(toDate(target.verified)), 'last checked');

    // Directions: the venue's own coordinates, as a geo: link and an OpenStreetMap link.
    const [lat, lon] = [venue.location.lat.toFixed(6), venue.location.lon.toFixed(6)];
    assert.equal(await page.getByRole('link', { name: 'Open in a map app' }).getAttribute('href'), `geo:${lat},${lon}`);
    assert.equal(await page.getByRole('link', { name: 'OpenStreetMap' }).getAttribute('href'),
      `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`);
    // Every link is the app's own path (or the skip link's place in the page) or one
    // of the schemes the link check allows.
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of hrefs) assert.match(href, /^(\/|#main$|https?:|mailto:|tel:|geo:-?\d+\.\d{6},-?\d+\.\d{6}$)/i, href);
    assert.deepEqual(page.consoleErrors, []);
  });

  it('says an online-only record is online, with no distance', async () => {
    const target = catalogue.opportunities.find((o) => o.mode === 'online' && !o.venue);
    assert.ok(target, 'the demo catalogue has an online-only record');
    const page = await openPage(browser, server);
    await page.goto(`${server.origin}/o/${target.id}`);
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    const text = await page.locator('.detail').innerText();
    assert.match(text, /Where\s+Online/);
    assert.doesNotMatch(text, /Distance/);
  });
});
