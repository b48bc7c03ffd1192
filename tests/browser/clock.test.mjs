// A finder left open stays true: when a listed session ends, its card's "Next:"
// line moves on to the following session, without a reload. The browser's clock
// is Playwright's, moved on by the test; the sessions are worked out here from
// the catalogue, independently of the app.

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, suite } from './support.mjs';
import { localNow, nextSession } from './filters-support.mjs';

const DAY_NAMES = ['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed']; // 1970-01-01 was a Thursday
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Next: Wed 2 Dec 2026, 14:00", as a card writes a session starting at absolute minute `from`. */
function nextLine(from) {
  const day = Math.floor(from / 1440);
  const date = new Date(day * 86_400_000);
  const minute = from - day * 1440;
  const hhmm = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  const shown = `${DAY_NAMES[((day % 7) + 7) % 7]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return `Next: ${shown}, ${hhmm}`;
}

describe('a finder left open', () => {
  const shared = suite();
  let server;
  let browser;
  let catalogue;
  before(() => ({ server, browser, catalogue } = shared));

  it('moves a card\'s "Next:" line on to the following session when the listed one ends', async () => {
    const zone = catalogue.time_zone.name;
    const start = new Date();
    const page = await openPage(browser, server);
    await page.clock.install({ time: start });
    await page.goto(`${server.origin}/`);
    await page.waitForSelector('.result-card__next');

    // Of the listed cards with a next session, the one whose session ends first.
    const now = localNow(start, zone);
    const cards = await page.$$eval('.result-card:has(.result-card__next)', (cards) =>
      cards.map((card) => ({
        id: card.id.replace(/^o-/, ''),
        next: card.querySelector('.result-card__next').textContent.trim(),
      })),
    );
    const withSessions = cards.map((card) => {
      const record = catalogue.opportunities.find((o) => o.id === card.id);
      assert.ok(record, `card #o-${card.id} is in the catalogue`);
      return { ...card, record, listed: nextSession(record.schedule, now) };
    });
    for (const card of withSessions) {
      assert.equal(card.next, nextLine(card.listed.from), `#o-${card.id} names its next session`);
    }
    const first = withSessions.reduce((a, b) => (b.listed.to < a.listed.to ? b : a));
    const { record, listed } = first;

    // A minute past the session's end (in local minutes from now), the line has
    // moved on to the one after it, computed here.
    const minutesToEnd = listed.to - (now.day * 1440 + now.minute);
    await page.clock.runFor((minutesToEnd + 1) * 60_000);
    const later = localNow(new Date(start.getTime() + (minutesToEnd + 1) * 60_000), zone);
    const following = nextSession(record.schedule, later);
    const want = following ? nextLine(following.from) : null;
    await page.waitForFunction(
      ([id, want]) => {
        const line = document.querySelector(`#o-${CSS.escape(id)} .result-card__next`);
        return want === null ? line === null : line?.textContent.trim() === want;
      },
      [first.id, want],
    );
    assert.notEqual(want, first.next, 'the session shown is a later one');
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });
});
