// A new user on a 360 px phone finds a free, step-free, evening digital-skills
// course within a 15-minute walk of a typed neighbourhood, opens it, adds it to
// their calendar and shares it. Every expectation is computed from the catalogue.

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { expectedResults, haversineM, resultsOnceCounted, readResults, suite } from './support.mjs';

const WALK_15_M = 15 * 80;

/** Parts of the day a slot overlaps, as the finder defines them. */
function isEvening(slot) {
  const minutes = (t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  const [start, end] = [minutes(slot.start), minutes(slot.end)];
  return (end <= start ? 24 * 60 : end) > 17 * 60;
}

/** Unfolds an iCalendar text into its content lines (RFC 5545 §3.1). */
function contentLines(ics) {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
}

describe('a resident on a phone', () => {
  const shared = suite();
  let server;
  let browser;
  let catalogue;
  before(() => ({ server, browser, catalogue } = shared));

  it('finds a free, step-free, evening digital course near a typed neighbourhood, adds it to the calendar and shares it', async () => {
    const venues = new Map(catalogue.venues.map((v) => [v.id, v]));
    const wanted = (from) => (o) => {
      const venue = venues.get(o.venue);
      return (
        o.kind === 'course' && o.skills.includes('digital') && o.cost?.free &&
        venue?.accessibility?.includes('step_free') &&
        (o.schedule?.weekly ?? []).some(isEvening) &&
        haversineM(from, venue.location) <= WALK_15_M
      );
    };
    // A neighbourhood with such a course within a 15-minute walk of its centre.
    const place = catalogue.neighbourhoods.find((n) => catalogue.opportunities.some(wanted(n.centre)));
    assert.ok(place, 'the demo catalogue has such a course somewhere');
    const skill = catalogue.skills.find((s) => s.id === 'digital');

    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      await page.goto(server.origin + '/');
      await resultsOnceCounted(page, catalogue.opportunities.length);

      await page.getByRole('textbox', { name: 'Near a place' }).fill(place.name.slice(0, 5).toLowerCase());
      await page.getByRole('list', { name: 'Places that match' }).getByRole('button', { name: place.name, exact: true }).click();
      // The other filters are in a sheet the Filters button opens.
      await page.getByRole('button', { name: 'Filters', exact: true }).click();
      const sheet = page.getByRole('dialog', { name: 'Filters' });
      const distance = page.getByRole('combobox', { name: 'Distance' });
      const walk = await distance.locator('option').filter({ hasText: /^Within a 15-minute walk/ }).textContent();
      await distance.selectOption({ label: walk });
      await page.getByRole('group', { name: 'Skills' }).getByRole('checkbox', { name: new RegExp(`^${skill.label} \\(`) }).check();
      await page.getByRole('checkbox', { name: /^Course \(/ }).check();
      await page.getByRole('checkbox', { name: /^Step-free access \(/ }).check();
      await page.getByRole('checkbox', { name: /^Evening \(from 17:00\) \(/ }).check();
      await page.getByRole('checkbox', { name: /^Free only \(/ }).check();

      // Online-only courses have no venue, so none is step-free: the need leaves them out.
      const expected = expectedResults(catalogue, wanted(place.centre), place.centre);
      // The sheet's last button shows the list, and says how long it is.
      const show = sheet.getByRole('button', { name: `Show ${expected.length} result${expected.length === 1 ? '' : 's'}`, exact: true });
      await show.click();
      await page.getByRole('button', { name: 'Filters (6)', exact: true }).waitFor();
      const shown = await resultsOnceCounted(page, expected.length);
      assert.deepEqual(shown.map((r) => r.title), expected.slice(0, shown.length).map((o) => o.title));
      // Distances are measured from the chosen neighbourhood.
      shown.forEach((card, i) => {
        const metres = Number(card.distance.match(/^([\d.]+) m/)?.[1]);
        assert.ok(Math.abs(metres - expected[i].distance) <= 5, `${card.title}: ${card.distance} vs ${expected[i].distance.toFixed(0)} m`);
      });
      const query = new URL(page.url()).searchParams;
      assert.equal(query.get('near'), place.id);
      assert.equal(query.get('within'), 'walk15');
      assert.equal(query.get('access'), 'step_free');
      assert.equal(query.get('time'), 'evening');
      assert.equal(query.get('free'), 'yes');
      const noHorizontalScroll = await page.evaluate(() => document.documentElement.scrollWidth <= 360);
      assert.ok(noHorizontalScroll, 'the page fits a 360 px screen');

      // Open the nearest one.
      const target = expected[0];
      await page.locator(`.result-card a[href^="/o/${target.id}"]`).click();
      await page.getByRole('heading', { level: 1, name: target.title }).waitFor();

      // Add it to the calendar: a valid iCalendar file of the weekly series.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Add all sessions to my calendar' }).click(),
      ]);
      assert.match(download.suggestedFilename(), /\.ics$/);
      const ics = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
      assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.endsWith('END:VCALENDAR\r\n'), 'CRLF calendar');
      const lines = contentLines(ics);
      assert.ok(lines.every((l) => !/[\r\n]/.test(l)));
      assert.ok(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75), 'lines folded at 75 octets');
      const slot = target.schedule.weekly[0];
      const byday = slot.days.map((d) => d.toUpperCase()).join(',');
      assert.ok(lines.includes(`SUMMARY:${target.title.replace(/[,;\\]/g, (c) => `\\${c}`)}`), 'summary is the title');
      assert.ok(lines.some((l) => l.startsWith('RRULE:FREQ=WEEKLY;BYDAY=' + byday)), `weekly on ${byday}`);
      const start = lines.find((l) => l.startsWith('DTSTART;TZID=Europe/Dublin:'));
      assert.ok(start?.endsWith(`T${slot.start.replace(':', '')}00`), `${start} starts at ${slot.start}`);
      const venue = venues.get(target.venue);
      const geo = lines.find((l) => l.startsWith('GEO:'))?.slice(4).split(';').map(Number);
      assert.ok(geo && Math.abs(geo[0] - venue.location.lat) < 1e-6 && Math.abs(geo[1] - venue.location.lon) < 1e-6, `GEO ${geo}`);
      assert.ok(lines.some((l) => l === 'BEGIN:VTIMEZONE') && lines.includes('TZID:Europe/Dublin'));

      // Share: this browser has no share sheet, so the link is copied.
      await page.getByRole('button', { name: 'Share' }).click();
      await page.getByText('Link copied. Paste it in a message to share it.').waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, `${server.origin}/o/${target.id}`);

      // Report a problem goes to the keeper, with the entry named.
      const report = await page.getByRole('link', { name: 'Report a problem with this entry' }).getAttribute('href');
      assert.ok(report.startsWith(`mailto:${catalogue.keeper.email}?`));
      assert.ok(decodeURIComponent(report).includes(target.id) && decodeURIComponent(report).includes(target.title));

      // And back to the same list.
      await page.getByRole('link', { name: 'Back to results' }).click();
      assert.deepEqual(await resultsOnceCounted(page, expected.length), shown);
      assert.deepEqual(await readResults(page), shown);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
