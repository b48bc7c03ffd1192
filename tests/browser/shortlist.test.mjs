// The shortlist, as a community worker uses it beside someone: save a few
// opportunities from the list and a detail page, write a note on each, remove
// one, and find it all again after a reload; hand it over as a link that opens,
// read only, in a browser that has never seen it, and can be saved there; and
// compare two or more side by side, on a page whose address reproduces it. The
// hand-off link's QR code, for ten items with notes, reads back as the link.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, suite, venueOf } from './support.mjs';
import { decodeShown } from './qr-support.mjs';

const KEY = 'learnlocal.shortlist';

describe('shortlist', () => {
  const shared = suite();
  const titleOf = (id) => shared.catalogue.opportunities.find((o) => o.id === id).title;
  /** The header's link to the shortlist, named with the count. */
  const header = (page) => page.getByRole('link', { name: /^Shortlist \(\d+\)$/ });
  /** Its name, "Shortlist (2)". */
  const headerName = (page) => page.locator('.site-header__shortlist-words').textContent();

  /** Saves the first `n` results of `query` from the list, and returns their ids in order. */
  async function saveFromList(page, query, n) {
    await page.goto(`${shared.server.origin}/?q=${query}`);
    await page.locator('.result-card').first().waitFor();
    const ids = await page.locator('.result-card').evaluateAll((cards, n) => cards.slice(0, n).map((c) => c.id.slice(2)), n);
    for (const id of ids) {
      // Titles repeat (one course at several libraries): each card is its own.
      const card = page.locator(`#o-${id}`);
      const button = card.getByRole('button', { name: `Save: ${titleOf(id)}`, exact: true });
      assert.equal(await button.getAttribute('aria-pressed'), 'false');
      await button.click();
      const saved = card.getByRole('button', { name: `Saved: ${titleOf(id)}`, exact: true });
      assert.equal(await saved.getAttribute('aria-pressed'), 'true');
      assert.match(await saved.innerText(), /Saved/);
    }
    return ids;
  }

  /** The shortlist's item at `at`. */
  const item = (page, at) => page.locator('.shortlist__item').nth(at);

  /** The shortlist page as a person reads it: each item's heading. */
  const headings = (page) => page.locator('.shortlist__title').allInnerTexts();

  it('saves, notes and removes, and keeps it all across a reload', async () => {
    const page = await openPage(shared.browser, shared.server);
    const ids = await saveFromList(page, 'library', 2);
    assert.equal(await headerName(page), 'Shortlist (2)');
    // One more from its detail page.
    const third = shared.catalogue.opportunities.find((o) => !ids.includes(o.id) && o.venue);
    await page.goto(`${shared.server.origin}/o/${third.id}`);
    await page.getByRole('button', { name: `Save: ${third.title}`, exact: true }).click();
    await page.getByRole('button', { name: `Saved: ${third.title}`, exact: true }).waitFor();
    assert.equal(await headerName(page), 'Shortlist (3)');
    await header(page).click();
    await page.getByRole('heading', { level: 1, name: 'Your shortlist' }).waitFor();
    assert.deepEqual(await headings(page), [...ids, third.id].map(titleOf), 'in the order saved');
    // Where and how, from the catalogue.
    const venue = venueOf(shared.catalogue, third);
    assert.match(await page.locator('.shortlist__item').nth(2).innerText(), new RegExp(venue.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    // A note, saved as typed.
    const note = item(page, 0).getByRole('textbox', { name: `Your note: ${titleOf(ids[0])}` });
    await note.fill('Ask for Mary. Bring photo ID, 10:30 (Tue)!');
    await page.reload();
    await page.locator('.shortlist__item').nth(2).waitFor();
    assert.equal(await note.inputValue(), 'Ask for Mary. Bring photo ID, 10:30 (Tue)!');
    // Remove the second; the focus goes back to the heading.
    await item(page, 1).getByRole('button', { name: `Remove: ${titleOf(ids[1])}` }).click();
    await page.waitForFunction(() => document.querySelectorAll('.shortlist__item').length === 2);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'shortlist-heading');
    assert.equal(await headerName(page), 'Shortlist (2)');
    await page.reload();
    await page.locator('.shortlist__item').nth(1).waitFor();
    assert.deepEqual(await headings(page), [ids[0], third.id].map(titleOf));
    assert.equal(await note.inputValue(), 'Ask for Mary. Bring photo ID, 10:30 (Tue)!');
    // Unsaved from the list, it leaves the shortlist too.
    await page.goto(`${shared.server.origin}/?q=library`);
    await page.locator(`#o-${ids[0]}`).getByRole('button', { name: `Saved: ${titleOf(ids[0])}`, exact: true }).click();
    await page.locator(`#o-${ids[0]}`).getByRole('button', { name: `Save: ${titleOf(ids[0])}`, exact: true }).waitFor();
    assert.equal(await headerName(page), 'Shortlist (1)');
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), third.id);
    assert.deepEqual(page.offOrigin, []);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it('follows what another tab of the app saves, so neither writes over the other', async () => {
    const page = await openPage(shared.browser, shared.server);
    const [first] = await saveFromList(page, 'library', 1);
    // A result opened in a new tab, and saved there.
    const tab = await page.context().newPage();
    const other = shared.catalogue.opportunities.find((o) => o.id !== first);
    await tab.goto(`${shared.server.origin}/o/${other.id}`);
    await tab.getByRole('button', { name: `Save: ${other.title}`, exact: true }).click();
    await page.waitForFunction(() => document.querySelector('.site-header__shortlist-words').textContent === 'Shortlist (2)');
    // Back in the first tab, unsaving keeps the other tab's item.
    await page.locator(`#o-${first}`).getByRole('button', { name: `Saved: ${titleOf(first)}`, exact: true }).click();
    await tab.waitForFunction(() => document.querySelector('.site-header__shortlist-words').textContent === 'Shortlist (1)');
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), other.id);
    // Both on the shortlist page: a note written in one tab shows in the other's
    // field, so typing there does not put back an older note.
    await page.goto(`${shared.server.origin}/shortlist`);
    await tab.goto(`${shared.server.origin}/shortlist`);
    const field = (p) => p.getByRole('textbox', { name: `Your note: ${other.title}` });
    await field(tab).fill('Written in the other tab');
    await page.waitForFunction((name) => [...document.querySelectorAll('textarea')]
      .some((f) => f.getAttribute('aria-label') === name && f.value === 'Written in the other tab'), `Your note: ${other.title}`);
    await field(page).press('End');
    await field(page).pressSequentially(', and here');
    await tab.waitForFunction(() => document.querySelector('textarea').value === 'Written in the other tab, and here');
    await page.context().close();
  });

  it('says how to save when nothing is saved', async () => {
    const page = await openPage(shared.browser, shared.server);
    await page.goto(`${shared.server.origin}/shortlist`);
    await page.getByText('Nothing saved yet.').waitFor();
    await page.getByText('Press "Save" on a result or its page').waitFor();
    assert.equal(await page.locator('.shortlist__share').count(), 0, 'nothing to share');
    await page.context().close();
  });

  it('hands the shortlist over as a link that opens, read only, in a fresh browser, and saves there', async () => {
    const page = await openPage(shared.browser, shared.server);
    const ids = await saveFromList(page, 'english', 3);
    await header(page).click();
    const notes = ['Good for beginners; bus 208 stops outside.', '', 'Zapytać o dojazd — Łódź'];
    for (const [at, id] of ids.entries()) {
      if (notes[at]) await item(page, at).getByRole('textbox', { name: `Your note: ${titleOf(id)}` }).fill(notes[at]);
    }
    const link = await page.getByRole('textbox', { name: 'Link to this shortlist' }).inputValue();
    assert.ok(link.startsWith(`${shared.server.origin}/shortlist?s=`), link);
    assert.ok(link.length < 250, `${link.length} characters: ${link}`);
    await page.context().close();

    // Another device: its own storage, which already holds one item with a note.
    const other = await openPage(shared.browser, shared.server);
    const mine = shared.catalogue.opportunities.find((o) => !ids.includes(o.id));
    await other.goto(`${shared.server.origin}/`);
    await other.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, `${mine.id}*Mine`]);
    // The link, with a part it cannot read and an id no longer listed added.
    await other.goto(`${link}!no-such-record*Gone+now!%ZZ`);
    await other.getByRole('heading', { level: 1, name: 'A shortlist shared with you' }).waitFor();
    assert.deepEqual(await headings(other), [...ids.map(titleOf), 'No longer listed (no-such-record)']);
    assert.equal(await other.locator('textarea').count(), 0, 'read only');
    const read = await other.locator('.shortlist__note-text').allInnerTexts();
    assert.deepEqual(read, [...notes.filter(Boolean), 'Gone now'].map((n) => `Note: ${n}`));
    await other.getByText('One part of this link could not be read, so it is left out.').waitFor();
    await other.getByText('Saving adds these to this device\'s shortlist.').waitFor();
    assert.equal(await other.evaluate((key) => localStorage.getItem(key), KEY), `${mine.id}*Mine`, 'nothing saved yet');
    await other.getByRole('button', { name: 'Save on this device' }).click();
    await other.getByRole('heading', { level: 1, name: 'Your shortlist' }).waitFor();
    await other.waitForFunction(() => document.activeElement?.id === 'shortlist-heading');
    assert.equal(new URL(other.url()).search, '');
    assert.deepEqual(await headings(other), [titleOf(mine.id), ...ids.map(titleOf), 'No longer listed (no-such-record)']);
    const kept = await other.locator('textarea').evaluateAll((fields) => fields.map((f) => f.value));
    assert.deepEqual(kept, ['Mine', ...notes, 'Gone now']);
    assert.equal(await headerName(other), 'Shortlist (5)');
    assert.deepEqual(other.offOrigin, []);
    assert.deepEqual(other.consoleErrors, []);
    await other.context().close();
  });

  it('says when the shortlist is full, and what a shared link will not fit or keep whole', async () => {
    const MAX = 50;
    const all = shared.catalogue.opportunities.map((o) => o.id);
    assert.ok(all.length > MAX + 4);
    const page = await openPage(shared.browser, shared.server);
    await page.goto(`${shared.server.origin}/`);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, all.slice(0, MAX).join('!')]);
    // A save on a full list saves nothing, and says so.
    const extra = shared.catalogue.opportunities[MAX];
    await page.goto(`${shared.server.origin}/o/${extra.id}`);
    await page.getByRole('button', { name: `Save: ${extra.title}`, exact: true }).click();
    await page.getByRole('status').filter({ hasText: `Your shortlist is full: it holds ${MAX}. Remove one to save another.` }).waitFor();
    assert.equal(await page.getByRole('button', { name: `Save: ${extra.title}`, exact: true }).getAttribute('aria-pressed'), 'false');
    assert.equal(await headerName(page), `Shortlist (${MAX})`);

    // With room for two, a link of three new ones (one with a long note) and
    // one already saved: both said before saving, and what fits is saved.
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, all.slice(0, MAX - 2).join('!')]);
    const [a, b, c] = all.slice(MAX, MAX + 3);
    const long = 'x'.repeat(120);
    await page.goto(`${shared.server.origin}/shortlist?s=${a}*${long}!${all[0]}!${b}!${c}`);
    await page.getByRole('heading', { level: 1, name: 'A shortlist shared with you' }).waitFor();
    await page.getByText('One note was longer than 100 letters, so it is cut short.').waitFor();
    await page.getByText(`One of these will not fit: this device's shortlist holds ${MAX} at most. Remove one from it first to save them all.`).waitFor();
    assert.deepEqual(await page.locator('.shortlist__note-text').allInnerTexts(), [`Note: ${'x'.repeat(100)}`]);
    await page.getByRole('button', { name: 'Save on this device' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your shortlist' }).waitFor();
    assert.equal(await headerName(page), `Shortlist (${MAX})`);
    const stored = (await page.evaluate((key) => localStorage.getItem(key), KEY)).split('!').map((part) => part.split('*')[0]);
    assert.deepEqual(stored.slice(-2), [a, b]);
    assert.ok(!stored.includes(c));
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it('compares the items ticked, side by side, on a page whose address reproduces it', async () => {
    const page = await openPage(shared.browser, shared.server);
    const ids = await saveFromList(page, 'computer', 3);
    await header(page).click();
    await page.getByText('Tick two to four to compare them side by side.').waitFor();
    await item(page, 2).getByRole('checkbox', { name: `Compare: ${titleOf(ids[2])}` }).check();
    await item(page, 0).getByRole('checkbox', { name: `Compare: ${titleOf(ids[0])}` }).check();
    await item(page, 0).getByRole('textbox', { name: `Your note: ${titleOf(ids[0])}` }).fill('First choice');
    await page.getByRole('link', { name: 'Compare (2)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare' }).waitFor();
    const url = new URL(page.url());
    assert.equal(url.pathname + url.search, `/compare?o=${ids[0]}!${ids[2]}`, 'in the shortlist\'s order');

    /** The table as a person reads it: column heads, and each row's head and cells. */
    const table = (p) => p.locator('table').evaluate((t) => ({
      columns: [...t.querySelectorAll('thead th[scope="col"]')].map((th) => th.innerText.trim()),
      rows: [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.innerText.trim())),
    }));
    const seen = await table(page);
    assert.deepEqual(seen.columns, [ids[0], ids[2]].map(titleOf));
    assert.deepEqual(seen.rows.map((r) => r[0]),
      ['When', 'Where', 'Distance', 'Cost', 'Access', 'Language', 'Level', 'How to take part', 'Your note']);
    for (const row of seen.rows) assert.equal(row.length, 3, row.join(' | '));
    const where = seen.rows.find((r) => r[0] === 'Where');
    for (const [at, id] of [ids[0], ids[2]].entries()) {
      const record = shared.catalogue.opportunities.find((o) => o.id === id);
      const venue = venueOf(shared.catalogue, record);
      assert.ok(where[at + 1].includes(venue ? venue.name : 'Online'), where[at + 1]);
    }
    assert.deepEqual(seen.rows.at(-1), ['Your note', 'First choice', '']);
    // A phone scrolls the table, never the page.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
    await page.context().close();

    // The address alone, in a fresh browser, shows the same comparison (without notes).
    const fresh = await openPage(shared.browser, shared.server);
    await fresh.goto(url.href);
    await fresh.locator('table').waitFor();
    const again = await table(fresh);
    assert.deepEqual(again.columns, seen.columns);
    assert.deepEqual(again.rows, seen.rows.slice(0, -1));
    // Fewer than two says what to do.
    await fresh.goto(`${shared.server.origin}/compare?o=${ids[0]}`);
    await fresh.getByText('Pick two to four saved items to compare them.').waitFor();
    assert.deepEqual(fresh.consoleErrors, []);
    await fresh.context().close();
  });

  it('shows the hand-off link as a QR code that reads back as the link, for ten items with notes', async () => {
    const notes = [
      'Ask for Mary at the desk, she runs it. Bring photo ID please',
      'Free, but book by phone first. Bus 208 stops right outside.',
      'Good for beginners. Starts again in January, ask for a place',
      'Step-free entrance at the side door on Grand Parade, 10:30.',
      'Brings her own laptop; the library lends one if needed too.',
      'Wants to practise English conversation before the job fair.',
      'Tuesday evenings suit best, childcare is on Tuesdays too.',
      'Call Seán on Monday to check there is still room this term.',
      'Level 2 after finishing the intro course here in the spring.',
      'Online only: needs help setting up the video call first (1:1)',
    ];
    const ids = shared.catalogue.opportunities.filter((_, at) => at % 37 === 5).slice(0, 10).map((o) => o.id);
    assert.equal(ids.length, 10);
    const page = await openPage(shared.browser, shared.server);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${shared.server.origin}/`);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, '']);
    await page.goto(`${shared.server.origin}/shortlist`);
    await page.getByText('Nothing saved yet.').waitFor();
    // Saved and noted as a person would, then read from the page.
    for (const id of ids) {
      await page.goto(`${shared.server.origin}/o/${id}`);
      await page.getByRole('button', { name: `Save: ${titleOf(id)}`, exact: true }).click();
    }
    await header(page).click();
    for (const [at, note] of notes.entries()) {
      await item(page, at).getByRole('textbox').fill(note);
    }
    const link = await page.getByRole('textbox', { name: 'Link to this shortlist' }).inputValue();
    console.log(`hand-off link of 10 items with notes: ${link.length} characters`);
    const code = page.getByRole('img', { name: 'QR code of the link to this shortlist' });
    await code.scrollIntoViewIfNeeded();
    const decoded = await decodeShown(page, code);
    // The code holds the link as written (letters beyond ASCII as UTF-8); a
    // browser opening it escapes them, which the app reads the same.
    assert.equal(decoded, link);
    // Opened elsewhere, the decoded link gives the same list and notes.
    const other = await openPage(shared.browser, shared.server);
    await other.goto(decoded);
    await other.locator('.shortlist__item').nth(9).waitFor();
    assert.deepEqual(await headings(other), ids.map(titleOf));
    assert.deepEqual(await other.locator('.shortlist__note-text').allInnerTexts(), notes.map((n) => `Note: ${n}`));
    await other.context().close();
    await page.context().close();
  });
});
