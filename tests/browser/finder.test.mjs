// The finder as a resident uses it: the list, the search box, the skill filter,
// the URL that holds them, and the way to a detail page and back.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, openPage, loadCatalogue, expectedResults, matchesText,
  parseDistance, resultsOnceCounted, haversineM, venueOf, showAll, readResults, countText, openFilters,
} from './support.mjs';

/** Only the first `n` of a list: what the first page shows. */
const first = (list, n) => list.slice(0, n);

describe('finder', () => {
  let server;
  let browser;
  let catalogue;
  const pages = [];

  before(async () => {
    catalogue = await loadCatalogue();
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page at `path`, once the app has taken over from the static shell. */
  async function open(path = '/') {
    const page = await openPage(browser, server);
    pages.push(page);
    await page.goto(server.origin + path);
    await page.waitForFunction(() => !document.getElementById('shell'));
    return page;
  }

  const searchBox = (page) => page.getByRole('searchbox', { name: /Search/ });
  // A skill's checkbox is labelled with its name and how many results it gives,
  // or, beside a ticked skill, how many it adds. On a phone it is in the filters' sheet.
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const skillBox = async (page, label) => {
    await openFilters(page);
    return page.getByRole('group', { name: 'Skills' })
      .getByRole('checkbox', { name: new RegExp(`^${escape(label)}(?: \\(\\d+\\)|, adds \\d+ results?)$`) });
  };
  // Titles can repeat (the same course at several venues): find the one card's link.
  const linkTo = (page, o) =>
    page.getByRole('link', { name: o.title, exact: true }).and(page.locator(`[href^="/o/${o.id}"]`));

  it('lists the whole catalogue nearest first, each card with title, kind, venue and distance', async () => {
    const page = await open();
    const expected = expectedResults(catalogue);
    assert.ok(expected.length >= 20, 'the bundled catalogue has a few dozen records');
    await resultsOnceCounted(page, expected.length);
    const shown = await showAll(page, expected.length);
    assert.deepEqual(shown.map((r) => r.title), expected.map((o) => o.title));
    const kinds = { course: 'Course', library: 'Library', activity: 'Activity' };
    shown.forEach((card, i) => {
      const o = expected[i];
      assert.equal(card.kind, kinds[o.kind], o.title);
      if (!o.place) {
        assert.equal(card.venue, 'Online', o.title);
        assert.equal(card.distance, null, `${o.title} is online: no distance`);
        return;
      }
      assert.equal(card.venue, o.place.name, o.title);
      const metres = parseDistance(card.distance.split(',')[0]);
      assert.match(card.distance, new RegExp(`, ${Math.ceil(o.distance / 80)} min walk$`), o.title);
      const tolerance = metres < 1000 ? 5 : metres < 10000 ? 50 : 500;
      assert.ok(Math.abs(metres - o.distance) <= tolerance, `${o.title}: shows ${card.distance}, is ${o.distance.toFixed(0)} m`);
    });
    assert.match(await page.locator('.results__origin').innerText(), new RegExp(catalogue.centre_label.replace(/[()]/g, '\\$&')));
  });

  it('narrows the list as a word is typed, ignoring case, and restores it when cleared', async () => {
    const page = await open();
    const all = expectedResults(catalogue);
    await resultsOnceCounted(page, all.length);
    const expected = expectedResults(catalogue, matchesText('email', catalogue));
    assert.ok(expected.length > 0 && expected.length < all.length, 'the word picks out some records');

    await searchBox(page).pressSequentially('EMAIL');
    const shown = await resultsOnceCounted(page, expected.length);
    assert.deepEqual(shown.map((r) => r.title), first(expected, shown.length).map((o) => o.title));
    assert.equal(new URL(page.url()).searchParams.get('q'), 'EMAIL');

    await searchBox(page).fill('');
    await resultsOnceCounted(page, all.length);
    assert.equal(new URL(page.url()).searchParams.get('q'), null);
  });

  it('keeps what was typed into the page before the app had loaded, and the focus', async () => {
    const release = server.hold('/data/catalogue.json');
    const page = await openPage(browser, server);
    pages.push(page);
    await page.goto(server.origin + '/');
    await page.locator('#shell #search').fill('library');
    // The app has started behind the shell: only the shell's header shows.
    await page.waitForFunction(() => document.querySelectorAll('.site-header').length === 2);
    const shown = await page.locator('.site-header').evaluateAll((all) => all.filter((h) => h.getBoundingClientRect().height > 0).length);
    assert.equal(shown, 1, 'the app stays hidden until it takes over from the shell');
    release();
    await page.waitForFunction(() => !document.getElementById('shell'));
    assert.equal(await searchBox(page).inputValue(), 'library');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'library');
    const expected = expectedResults(catalogue, matchesText('library', catalogue));
    await resultsOnceCounted(page, expected.length);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search');
  });

  it('needs every typed word to match, in the title or the summary', async () => {
    const page = await open();
    // One word from a record's title and one from its summary.
    const target = catalogue.opportunities[7];
    const longest = (text) => text.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0];
    const query = `${longest(target.title)} ${longest(target.summary)}`;
    const expected = expectedResults(catalogue, matchesText(query, catalogue));
    assert.ok(expected.some((o) => o.id === target.id), `"${query}" finds ${target.title}`);
    await searchBox(page).fill(query);
    const shown = await resultsOnceCounted(page, expected.length);
    assert.deepEqual(shown.map((r) => r.title), first(expected, shown.length).map((o) => o.title));

    await searchBox(page).fill(`${longest(target.title)} zzzz`);
    await resultsOnceCounted(page, 0);
  });

  it('filters by skill, keeps it in the URL, and a fresh page on that URL shows the same', async () => {
    const page = await open();
    const skill = catalogue.skills.find((s) => s.id === 'digital');
    const expected = expectedResults(catalogue, (o) => o.skills.includes(skill.id));
    await resultsOnceCounted(page, catalogue.opportunities.length);

    await (await skillBox(page, skill.label)).check();
    const shown = await resultsOnceCounted(page, expected.length);
    assert.deepEqual(shown.map((r) => r.title), first(expected, shown.length).map((o) => o.title));
    assert.equal(new URL(page.url()).searchParams.get('skill'), skill.id);

    const second = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    const again = await resultsOnceCounted(second, expected.length);
    assert.deepEqual(again, shown);
    assert.ok(await (await skillBox(second, skill.label)).isChecked());
  });

  it('matches any of several ticked skills, and back unticks the last one', async () => {
    const page = await open();
    const [a, b] = [catalogue.skills.find((s) => s.id === 'music'), catalogue.skills.find((s) => s.id === 'cooking')];
    await (await skillBox(page, a.label)).check();
    await resultsOnceCounted(page, expectedResults(catalogue, (o) => o.skills.includes(a.id)).length);
    await (await skillBox(page, b.label)).check();
    const both = expectedResults(catalogue, (o) => o.skills.includes(a.id) || o.skills.includes(b.id));
    const shown = await resultsOnceCounted(page, both.length);
    assert.deepEqual(shown.map((r) => r.title), first(both, shown.length).map((o) => o.title));

    await page.goBack();
    await resultsOnceCounted(page, expectedResults(catalogue, (o) => o.skills.includes(a.id)).length);
    assert.equal(await (await skillBox(page, b.label)).isChecked(), false);
  });

  it('opens a result in its own page and comes back to the same filtered list', async () => {
    const query = 'for';
    const page = await open(`/?q=${query}&skill=digital`);
    const expected = expectedResults(catalogue, (o) => matchesText(query, catalogue)(o) && o.skills.includes('digital'));
    assert.ok(expected.length >= 2, 'the filtered list has several records');
    const before = await resultsOnceCounted(page, expected.length);
    const target = expected[1];

    await linkTo(page, target).click();
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    assert.match(new URL(page.url()).pathname, new RegExp(`^/o/${target.id}$`));
    const facts = await page.locator('.detail').innerText();
    assert.ok(facts.includes(target.summary), 'summary shown');
    assert.ok(facts.includes(target.place.name), 'venue shown');
    assert.ok(facts.includes(target.place.address), 'address shown');
    if (target.provider) assert.ok(facts.includes(target.provider.name), 'provider shown');
    for (const id of target.skills) {
      assert.ok(facts.includes(catalogue.skills.find((s) => s.id === id).label), `skill ${id} shown`);
    }
    const title = await page.title();
    assert.ok(title.includes(target.title), `tab title ${title}`);

    await page.goBack();
    assert.deepEqual(await resultsOnceCounted(page, expected.length), before);
    assert.equal(await searchBox(page).inputValue(), query);

    await linkTo(page, target).click();
    await page.getByRole('link', { name: 'Back to results' }).click();
    assert.deepEqual(await resultsOnceCounted(page, expected.length), before);
    assert.ok(await (await skillBox(page, 'Computers and phones')).isChecked());
  });

  /** Waits until `n` cards are listed and returns them. */
  const listed = async (page, n) => {
    await page.waitForFunction((n) => document.querySelectorAll('.result-card').length === n, n);
    return readResults(page);
  };
  /** True once the card of `o` is listed and inside the window, with its link focused. */
  const cardInView = (page, o) =>
    page.waitForFunction((id) => {
      const card = document.getElementById(`o-${id}`);
      if (!card) return false;
      const r = card.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight && card.contains(document.activeElement);
    }, o.id);

  it('keeps "Show more" in the URL, and Back from the 45th result returns to it, in view', async () => {
    const page = await open('/');
    const expected = expectedResults(catalogue);
    assert.ok(expected.length > 60, 'the list is long enough to page twice');
    await resultsOnceCounted(page, expected.length);
    for (const n of [40, 60]) {
      await page.getByRole('button', { name: 'Show 20 more' }).click();
      await listed(page, n);
      assert.equal(new URL(page.url()).searchParams.get('shown'), String(n));
    }
    const target = expected[44];
    const before = await readResults(page);
    assert.equal(before[44].title, target.title);

    await linkTo(page, target).click();
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    await page.goBack();
    await cardInView(page, target);
    assert.deepEqual(await listed(page, 60), before, 'the same 60 results');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('shown'), '60');
    assert.equal(url.hash, `#o-${target.id}`);
    assert.ok(await page.evaluate(() => window.scrollY > 0), 'scrolled down to it');

    // "Back to results" on its page does the same.
    await linkTo(page, target).click();
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('link', { name: 'Back to results' }).click();
    await cardInView(page, target);
    assert.deepEqual(await listed(page, 60), before);

    // Changing a filter starts the list again: the paging is dropped.
    await (await skillBox(page, 'Computers and phones')).check();
    await resultsOnceCounted(page, expectedResults(catalogue, (o) => o.skills.includes('digital')).length);
    assert.equal(new URL(page.url()).searchParams.get('shown'), null);
  });

  it('lists as many as a shared URL\'s "shown" asks, and one page for a value that is not whole pages', async () => {
    const page = await open('/?shown=40');
    const all = countText(catalogue.opportunities.length);
    await page.waitForFunction((all) => document.querySelector('.results__count[role="status"]')?.textContent.trim() === all, all);
    await listed(page, 40);
    await page.getByRole('button', { name: 'Show 20 more' }).waitFor();
    for (const bad of ['abc', '25', '0', '-20']) {
      const other = await open(`/?shown=${bad}`);
      await resultsOnceCounted(other, catalogue.opportunities.length);
    }
  });

  it('keeps the filtered list on reload', async () => {
    const page = await open('/?q=library');
    const expected = expectedResults(catalogue, matchesText('library', catalogue));
    const before = await resultsOnceCounted(page, expected.length);
    await page.reload();
    assert.deepEqual(await resultsOnceCounted(page, expected.length), before);
  });

  it('ignores query values it does not understand', async () => {
    const page = await open('/?skill=not-a-skill&colour=blue');
    await resultsOnceCounted(page, catalogue.opportunities.length);
  });

  it('shows the detail page straight from a shared link, with the distance from the centre', async () => {
    const target = catalogue.opportunities.findLast((o) => venueOf(catalogue, o));
    const page = await open(`/o/${target.id}`);
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    const metres = haversineM(catalogue.centre, venueOf(catalogue, target).location);
    const text = await page.locator('.detail').innerText();
    const shown = /Distance\s+([\d.]+ k?m)/.exec(text);
    assert.ok(shown, text);
    assert.ok(Math.abs(parseDistance(shown[1]) - metres) <= 50, `${shown[1]} vs ${metres.toFixed(0)} m`);
  });

  it('says so when a shared link names an entry that is not in the catalogue', async () => {
    const page = await open('/o/no-such-entry');
    await page.getByRole('heading', { level: 1, name: 'We could not find that entry' }).waitFor();
    await page.getByRole('link', { name: 'Back to results' }).waitFor();
  });

  it('made no request outside its own origin and logged no errors', () => {
    assert.ok(pages.length > 5);
    for (const page of pages) {
      assert.deepEqual(page.offOrigin, []);
      assert.deepEqual(page.consoleErrors, []);
    }
  });
});
