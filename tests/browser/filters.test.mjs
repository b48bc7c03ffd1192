// The filters as a resident uses them: every group through its control, the
// counts beside the options, the URL that holds them (shared, reloaded, Back and
// Forward), the empty state and its widening buttons, clearing, the device's
// location, and all of it on a phone-sized screen.
//
// Every expectation is computed here from dist/data/catalogue.json with the rules
// written again in filters-support.mjs; none is copied from the app.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, openPage, loadCatalogue, parseDistance, resultsOnceCounted, showAll, haversineM,
  openFilters, closeFilters,
} from './support.mjs';
import {
  expectedFor, expectOneOf, minutesBetween, localNow, readIds, rules, happensOn, DAY_CODES,
} from './filters-support.mjs';

describe('filters', () => {
  let server;
  let browser;
  let catalogue;
  let zone;
  const pages = [];

  before(async () => {
    catalogue = await loadCatalogue();
    zone = catalogue.time_zone.name;
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Records page errors and requests that leave the origin, like openPage, on a page of `context`. */
  async function watched(context) {
    const page = await context.newPage();
    page.offOrigin = [];
    page.consoleErrors = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) page.offOrigin.push(r.url());
    });
    page.on('console', (m) => m.type() === 'error' && page.consoleErrors.push(m.text()));
    page.on('pageerror', (e) => page.consoleErrors.push(String(e)));
    return page;
  }

  /** Opens `path` on a phone-sized page (or one made by `make`) and waits for the finder. */
  async function open(path = '/', make = () => openPage(browser, server)) {
    const page = await make();
    pages.push(page);
    page.openedAt = new Date();
    await page.goto(server.origin + path);
    await page.locator('.results__count[role="status"]').waitFor();
    return page;
  }

  /** Every minute the page may have taken as "now", since it opened. */
  const nows = (page) => minutesBetween(page.openedAt, new Date(), zone);

  /** Waits for the page to list what `f` gives (at whichever of those minutes it read the clock). */
  const expectList = (page, f) => expectOneOf(page, nows(page).map((now) => expectedFor(catalogue, f, now)));

  /** The same, for a filter that does not depend on the clock. */
  const expectedNow = (f) => expectedFor(catalogue, f, localNow(new Date(), zone));

  const query = (page) => new URL(page.url()).searchParams;
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /**
   * A checkbox or radio in a named group, by its label without the count: "Course (168)",
   * or, beside a ticked option of its group, "Library, adds 12 results" (shown "Library (+12)").
   */
  const option = (page, group, label, role = 'checkbox') =>
    page.getByRole('group', { name: group, exact: true })
      .getByRole(role, { name: new RegExp(`^${escape(label)}(?: \\(\\d+\\)|, adds \\d+ results?)$`) });
  /** The count in an option's label: "Course (168)" gives 168. */
  const countOf = async (control) => {
    const text = await control.evaluate((input) => input.closest('label').innerText);
    return Number(/\((\d+)\)\s*$/.exec(text)[1]);
  };
  const placeField = (page) => page.getByRole('textbox', { name: 'Near a place' });
  const searchBox = (page) => page.getByRole('searchbox', { name: /Search/ });
  const DAY_LABELS = { mo: 'Monday', tu: 'Tuesday', we: 'Wednesday', th: 'Thursday', fr: 'Friday', sa: 'Saturday', su: 'Sunday' };
  const blackpool = () => catalogue.neighbourhoods.find((n) => n.id === 'blackpool');

  /** Ticks one option through the UI and returns its label count from before the tick. */
  async function tick(page, group, label, role) {
    await openFilters(page);
    const box = option(page, group, label, role);
    const n = await countOf(box);
    await box.check();
    return n;
  }

  // ---- One test per group ----------------------------------------------------------

  it('Type: ticking "Activity" lists only activities and writes kind=activity', async () => {
    const page = await open();
    const n = await tick(page, 'Type', 'Activity');
    const { expected, shown } = await expectList(page, { kinds: ['activity'] });
    assert.equal(expected.length, n, 'the label counted what the tick gives');
    assert.ok(shown.every((c) => c.kind === 'Activity'));
    assert.equal(query(page).get('kind'), 'activity');
  });

  it('Access needs: two ticked needs must both be met, between venue and session (access=…)', async () => {
    const page = await open();
    await tick(page, 'Access needs', 'Step-free access');
    await tick(page, 'Access needs', 'Hearing loop');
    const f = { access: ['step_free', 'hearing_loop'] };
    const { expected } = await expectList(page, f);
    await closeFilters(page);
    await showAll(page, expected.length);
    const ids = await readIds(page);
    assert.deepEqual(ids, expected.map((o) => o.id));
    assert.deepEqual(new Set(query(page).get('access').split(',')), new Set(f.access));
    // Records with only one of the two exist, and are left out.
    const stepFree = rules(catalogue, { access: ['step_free'] }).access;
    const loop = (o) => (o.access ?? []).includes('hearing_loop');
    const onlyStepFree = catalogue.opportunities.find((o) => stepFree(o) && !loop(o));
    const onlyLoop = catalogue.opportunities.find((o) => loop(o) && !stepFree(o));
    assert.ok(onlyStepFree, 'the catalogue has a step-free venue without a hearing loop');
    assert.ok(!ids.includes(onlyStepFree.id), `${onlyStepFree.title} (${onlyStepFree.id}) has no hearing loop`);
    if (onlyLoop) assert.ok(!ids.includes(onlyLoop.id), `${onlyLoop.title} (${onlyLoop.id}) is not step-free`);
  });

  it('Days: ticking "Saturday" lists records with a Saturday session and writes day=sa', async () => {
    const page = await open();
    const n = await tick(page, 'Days', 'Saturday');
    const { expected } = await expectList(page, { days: ['sa'] });
    assert.equal(expected.length, n);
    assert.equal(query(page).get('day'), 'sa');
  });

  it('Time of day: "Evening" keeps sessions overlapping 17:00 on; with "Tuesday", on a Tuesday evening', async () => {
    const page = await open();
    await tick(page, 'Time of day', 'Evening (from 17:00)');
    await expectList(page, { times: ['evening'] });
    assert.equal(query(page).get('time'), 'evening');

    // With a day too, the session must be on that day and overlap the evening.
    await tick(page, 'Days', 'Tuesday');
    const f = { days: ['tu'], times: ['evening'] };
    const { expected } = await expectList(page, f);
    assert.equal(query(page).get('day'), 'tu');
    assert.equal(query(page).get('time'), 'evening');
    await closeFilters(page);
    await showAll(page, expected.length);
    const ids = await readIds(page);
    assert.deepEqual(ids, expected.map((o) => o.id));
    const today = localNow(new Date(), zone).day;
    const tuesdayNotEvening = catalogue.opportunities.filter((o) => happensOn(o, today, ['tu'], ['morning', 'afternoon']) &&
      !happensOn(o, today, ['tu'], ['evening']));
    assert.ok(tuesdayNotEvening.length > 0 && tuesdayNotEvening.every((o) => !ids.includes(o.id)), 'Tuesday daytime only is left out');
  });

  it('Starting: "This week" lists records whose next session is by Sunday, and writes starts=week', async () => {
    const page = await open();
    await tick(page, 'Starting', 'This week', 'radio');
    await expectList(page, { starts: 'week' });
    assert.equal(query(page).get('starts'), 'week');
    assert.ok(await option(page, 'Starting', 'This week', 'radio').isChecked());
  });

  it('Open now: lists what is on now in the catalogue\'s time zone (libraries by opening hours), open=now', async () => {
    const page = await open();
    const n = await tick(page, 'Starting', 'Open now');
    const { expected } = await expectList(page, { openNow: true });
    assert.equal(expected.length, n);
    assert.equal(query(page).get('open'), 'now');
  });

  it('Cost: "Free only" lists free records and writes free=yes', async () => {
    const page = await open();
    const n = await tick(page, 'Cost', 'Free only');
    const { expected } = await expectList(page, { free: true });
    assert.equal(expected.length, n);
    assert.equal(query(page).get('free'), 'yes');
  });

  it('Cost: a typed maximum keeps records whose lowest price is at most it (free counts), max=10', async () => {
    const page = await open();
    await openFilters(page);
    const field = page.getByRole('spinbutton', { name: 'Most I can pay (€)' });
    await field.fill('10');
    await field.press('Tab');
    const { expected } = await expectList(page, { max: 10 });
    assert.ok(expected.length < catalogue.opportunities.length, 'some records cost more');
    assert.equal(query(page).get('max'), '10');
    assert.equal(await field.inputValue(), '10');
  });

  it('Language: ticking "Polish" lists records held in Polish and writes lang=pl', async () => {
    const page = await open();
    const n = await tick(page, 'Language', 'Polish');
    const { expected } = await expectList(page, { langs: ['pl'] });
    assert.equal(expected.length, n);
    assert.equal(query(page).get('lang'), 'pl');
  });

  it('In person or online: ticking "Online" lists online records and writes mode=online', async () => {
    const page = await open();
    const n = await tick(page, 'In person or online', 'Online');
    const { expected, shown } = await expectList(page, { modes: ['online'] });
    assert.equal(expected.length, n);
    assert.ok(shown.every((c) => c.venue === 'Online'), 'online records have no venue');
    assert.equal(query(page).get('mode'), 'online');
  });

  it('Level: ticking "Some experience" lists intermediate records and writes level=intermediate', async () => {
    const page = await open();
    const n = await tick(page, 'Level', 'Some experience');
    const { expected } = await expectList(page, { levels: ['intermediate'] });
    assert.equal(expected.length, n);
    assert.equal(query(page).get('level'), 'intermediate');
  });

  it('Who it is for: "Older people" also keeps records for everyone, for=older_people', async () => {
    const page = await open();
    const n = await tick(page, 'Who it is for', 'Older people');
    const { expected } = await expectList(page, { audiences: ['older_people'] });
    assert.equal(expected.length, n);
    assert.ok(expected.some((o) => o.audience.includes('everyone')), 'records for everyone are kept');
    assert.ok(expected.length < catalogue.opportunities.length);
    assert.equal(query(page).get('for'), 'older_people');
  });

  it('Age: a typed age keeps records without limits or whose range admits it, age=8', async () => {
    const page = await open();
    await openFilters(page);
    const field = page.getByRole('spinbutton', { name: 'Age' });
    await field.fill('8');
    await field.press('Tab');
    const { expected } = await expectList(page, { age: 8 });
    assert.ok(expected.length < catalogue.opportunities.length, 'some records have other ages');
    assert.equal(query(page).get('age'), '8');
  });

  it('Distance: a typed place and "Within 1 km" measure from that place, near=blackpool&within=1km', async () => {
    const page = await open();
    await placeField(page).pressSequentially('Black');
    await page.getByRole('list', { name: 'Places that match' }).getByRole('button', { name: 'Blackpool', exact: true }).click();
    const origin = blackpool().centre;
    await expectList(page, { origin });
    assert.equal(query(page).get('near'), 'blackpool');
    assert.equal(await placeField(page).inputValue(), 'Blackpool');
    assert.equal(await page.locator('.results__origin').innerText(), 'Distances are from Blackpool.');

    await openFilters(page);
    const select = page.getByRole('combobox', { name: 'Distance' });
    const label = (await select.locator('option').allInnerTexts()).find((t) => t.startsWith('Within 1 km ('));
    await select.selectOption({ label });
    const f = { origin, radius: 1000 };
    const { expected, shown } = await expectList(page, f);
    assert.equal(expected.length, Number(/\((\d+)\)$/.exec(label)[1]), 'the option counted what it gives');
    assert.ok(expected.some((o) => !o.place), 'online records are kept at any distance');
    assert.ok(expected.length < catalogue.opportunities.length);
    shown.forEach((card, i) => {
      if (!expected[i].place) return;
      const metres = parseDistance(card.distance.split(',')[0]);
      assert.ok(metres <= 1000 && Math.abs(metres - expected[i].distance) <= 50, `${card.title}: ${card.distance}`);
    });
    assert.equal(query(page).get('within'), '1km');
    assert.equal(query(page).get('near'), 'blackpool');
  });

  it('Include online: unticking it leaves out records held only online, online=no', async () => {
    const page = await open();
    await openFilters(page);
    await page.getByRole('checkbox', { name: 'Include online' }).uncheck();
    const { expected } = await expectList(page, { excludeOnline: true });
    assert.ok(expected.length < catalogue.opportunities.length);
    await closeFilters(page);
    const all = await showAll(page, expected.length);
    assert.ok(all.every((c) => c.venue !== 'Online'));
    assert.equal(query(page).get('online'), 'no');
  });

  it('Order: "A to Z" sorts by title and writes sort=az', async () => {
    const page = await open();
    await page.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'A to Z' });
    const { expected } = await expectList(page, { sort: 'az' });
    const all = await showAll(page, expected.length);
    assert.deepEqual(all.map((c) => c.title), expected.map((o) => o.title));
    assert.equal(query(page).get('sort'), 'az');
  });

  it('Order: "Soonest first" sorts by the next session (none last) and writes sort=soonest', async () => {
    const page = await open();
    await page.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Soonest first' });
    const candidates = nows(page).map((now) => expectedFor(catalogue, { sort: 'soonest' }, now));
    const { expected } = await expectOneOf(page, candidates);
    const all = await showAll(page, expected.length);
    assert.ok(candidates.some((list) => JSON.stringify(list.map((o) => o.title)) === JSON.stringify(all.map((c) => c.title))),
      'the whole list is in order of the next session');
    assert.equal(query(page).get('sort'), 'soonest');
  });

  it('the note under the count does not say "Nearest first" when another order is chosen', async () => {
    // Found while writing these tests: the note keeps its "Nearest first." with A to Z.
    const page = await open('/?sort=az');
    await expectList(page, { sort: 'az' });
    const note = await page.locator('.results__origin').innerText();
    assert.ok(note.includes(`Distances are from ${catalogue.centre_label}.`), note);
    assert.doesNotMatch(note, /Nearest first/, 'the list is A to Z, not nearest first');
  });

  // ---- Counts ------------------------------------------------------------------------

  it('counts: an unticked option\'s label is the number of results ticking it gives (type, access, day)', async () => {
    const page = await open('/?skill=digital');
    await openFilters(page);
    // Type, with a skill chosen.
    const course = option(page, 'Type', 'Course');
    const n = await countOf(course);
    assert.equal(n, expectedNow({ skills: ['digital'], kinds: ['course'] }).length);
    await course.check();
    await resultsOnceCounted(page, n);

    // Access: the count of a need is added to those already ticked.
    const page2 = await open('/?access=step_free');
    await openFilters(page2);
    const print = option(page2, 'Access needs', 'Large print');
    const m = await countOf(print);
    assert.equal(m, expectedNow({ access: ['step_free', 'large_print'] }).length);
    await print.check();
    await resultsOnceCounted(page2, m);

    // Day, with a time of day chosen: the day's count is for sessions on that day at that time.
    const page3 = await open('/?time=evening');
    await openFilters(page3);
    const tuesday = option(page3, 'Days', 'Tuesday');
    const k = await countOf(tuesday);
    await tuesday.check();
    const { expected } = await expectList(page3, { days: ['tu'], times: ['evening'] });
    assert.equal(k, expected.length);
  });

  it('counts: beside a ticked skill, another says what it adds ("+N"), and ticking it adds exactly N', async () => {
    const page = await open('/?skill=digital');
    const before = expectedNow({ skills: ['digital'] }).length;
    await resultsOnceCounted(page, before);
    await openFilters(page);
    const skills = page.getByRole('group', { name: 'Skills', exact: true });
    const jobs = catalogue.skills.find((s) => s.id === 'employability');
    const label = skills.locator('label', { hasText: jobs.label });
    // What a person sees: "Jobs and careers (+N)"; what a screen reader says: "…, adds N results".
    const shown = await label.locator('span[aria-hidden="true"]').innerText();
    const match = new RegExp(`^${escape(jobs.label)} \\(\\+(\\d+)\\)$`).exec(shown);
    assert.ok(match, `"${shown}" says what it adds`);
    const n = Number(match[1]);
    const box = skills.getByRole('checkbox', { name: `${jobs.label}, adds ${n} result${n === 1 ? '' : 's'}`, exact: true });
    assert.equal(await box.isChecked(), false);
    // Not the count of the skill alone, which is larger: some jobs courses are computer courses too.
    const both = expectedNow({ skills: ['digital', 'employability'] }).length;
    assert.equal(n, both - before, 'it adds what the two skills give beyond the one');
    assert.ok(n < expectedNow({ skills: ['employability'] }).length);
    // The ticked skill keeps its own count.
    const digital = catalogue.skills.find((s) => s.id === 'digital');
    assert.equal(await skills.locator('label', { hasText: digital.label }).innerText(), `${digital.label} (${before})`);

    await box.check();
    await resultsOnceCounted(page, before + n);
    assert.deepEqual(new Set(query(page).get('skill').split(',')), new Set(['digital', 'employability']));
    // Now both are ticked, each shows its own count again.
    assert.equal(await label.innerText(), `${jobs.label} (${expectedNow({ skills: ['employability'] }).length})`);
  });

  // ---- The URL -----------------------------------------------------------------------

  it('a shared URL opens with its controls set and the same results; invalid values are ignored', async () => {
    const path = '/?q=computers&near=blackpool&within=5km&skill=digital&kind=course,activity&day=tu,we' +
      '&time=evening&free=yes&lang=en&sort=az';
    const f = {
      text: 'computers', origin: blackpool().centre, radius: 5000, skills: ['digital'], kinds: ['course', 'activity'],
      days: ['tu', 'we'], times: ['evening'], free: true, langs: ['en'], sort: 'az',
    };
    const page = await open(path);
    const { expected } = await expectList(page, f);
    assert.ok(expected.length > 0, 'the link finds something');
    await openFilters(page);
    assert.equal(await searchBox(page).inputValue(), 'computers');
    assert.equal(await placeField(page).inputValue(), 'Blackpool');
    assert.match(await page.getByRole('combobox', { name: 'Distance' }).locator('option:checked').innerText(), /^Within 5 km \(\d+\)$/);
    assert.equal(await page.getByRole('combobox', { name: 'Order' }).locator('option:checked').innerText(), 'A to Z');
    const ticked = [
      ['Skills', 'Computers and phones'], ['Type', 'Course'], ['Type', 'Activity'], ['Days', 'Tuesday'],
      ['Days', 'Wednesday'], ['Time of day', 'Evening (from 17:00)'], ['Cost', 'Free only'], ['Language', 'English'],
    ];
    for (const [group, label] of ticked) assert.ok(await option(page, group, label).isChecked(), `${group}: ${label}`);
    for (const [group, label] of [['Type', 'Library'], ['Days', 'Monday'], ['Time of day', 'Morning (before 12:00)']]) {
      assert.equal(await option(page, group, label).isChecked(), false, `${group}: ${label}`);
    }
    assert.ok(await page.getByRole('checkbox', { name: 'Include online' }).isChecked());

    const bad = await open('/?within=2km&day=xx&max=cheap');
    await expectList(bad, {});
    await openFilters(bad);
    assert.match(await bad.getByRole('combobox', { name: 'Distance' }).locator('option:checked').innerText(), /^Any distance/);
    assert.equal(await bad.getByRole('spinbutton', { name: 'Most I can pay (€)' }).inputValue(), '');
    for (const day of Object.values(DAY_LABELS)) {
      assert.equal(await option(bad, 'Days', day).isChecked(), false, day);
    }
    assert.equal(await bad.getByRole('button', { name: 'Clear all filters' }).count(), 0, 'nothing to clear');
  });

  it('Back unticks the last option and Forward ticks it again; a typed search is one step of history', async () => {
    const page = await open();
    await tick(page, 'Type', 'Course');
    await expectList(page, { kinds: ['course'] });
    await tick(page, 'Days', 'Monday');
    const both = { kinds: ['course'], days: ['mo'] };
    await expectList(page, both);

    await page.goBack();
    await expectList(page, { kinds: ['course'] });
    assert.equal(await option(page, 'Days', 'Monday').isChecked(), false);
    assert.ok(await option(page, 'Type', 'Course').isChecked());
    assert.equal(query(page).get('day'), null);

    await page.goForward();
    await expectList(page, both);
    assert.ok(await option(page, 'Days', 'Monday').isChecked());
    assert.equal(query(page).get('day'), 'mo');

    await closeFilters(page);
    await searchBox(page).pressSequentially('computers');
    const { expected } = await expectList(page, { ...both, text: 'computers' });
    assert.ok(expected.length > 0);
    assert.equal(query(page).get('q'), 'computers');
    await page.goBack();
    await expectList(page, both);
    assert.equal(query(page).get('q'), null);
    assert.equal(query(page).get('day'), 'mo', 'one Back undoes the whole search, not the Monday tick');
    assert.equal(await searchBox(page).inputValue(), '');
  });

  it('Back after choosing a place also empties the place field: the field follows the URL', async () => {
    const page = await open();
    await placeField(page).pressSequentially('Black');
    await page.getByRole('button', { name: 'Blackpool', exact: true }).click();
    await expectList(page, { origin: blackpool().centre });
    await page.goBack();
    await expectList(page, {});
    assert.equal(query(page).get('near'), null);
    assert.ok((await page.locator('.results__origin').innerText()).includes(catalogue.centre_label));
    assert.equal(await placeField(page).inputValue(), '', 'distances are from the centre, so no place is shown as chosen');
  });

  it('a search typed after Back is a new step of history: Back then returns to the list before it', async () => {
    const page = await open();
    await tick(page, 'Type', 'Course');
    await expectList(page, { kinds: ['course'] });
    await closeFilters(page);
    await searchBox(page).pressSequentially('computers');
    await expectList(page, { kinds: ['course'], text: 'computers' });
    await page.goBack();
    await expectList(page, { kinds: ['course'] });
    // Still in the search box, the person types another search.
    await searchBox(page).pressSequentially('english');
    await expectList(page, { kinds: ['course'], text: 'english' });
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === null);
    assert.equal(query(page).get('kind'), 'course', `Back went to ${page.url()}, past the list the search started from`);
    await expectList(page, { kinds: ['course'] });
  });

  // ---- Empty state, clearing -----------------------------------------------------------

  it('an empty list names the filter that leaves out the most and its widening gives what it promises', async () => {
    const now = localNow(new Date(), zone);
    const size = (f) => expectedFor(catalogue, f, now).length;
    // A skill and a day that each find something but nothing together.
    let pick;
    for (const skill of catalogue.skills) {
      for (const day of DAY_CODES) {
        const f = { skills: [skill.id], days: [day] };
        if (!pick && size(f) === 0 && size({ days: [day] }) > 0 && size({ skills: [skill.id] }) > 0) pick = { skill, day, f };
      }
    }
    assert.ok(pick, 'the catalogue has a skill never held on some day');
    const page = await open(`/?skill=${pick.skill.id}&day=${pick.day}`);
    await expectList(page, pick.f);
    await page.getByRole('heading', { name: 'Nothing matches all of that' }).waitFor();
    // Clearing the skill gains the day's records; clearing the day gains the skill's; most first, skill first on a tie.
    const widen = [
      { group: 'the skill', button: 'with any skill', gained: size({ days: [pick.day] }), f: { days: [pick.day] } },
      { group: 'the day', button: 'on any day', gained: size({ skills: [pick.skill.id] }), f: { skills: [pick.skill.id] } },
    ].sort((a, b) => b.gained - a.gained);
    const empty = page.locator('.empty-state');
    assert.ok((await empty.innerText()).includes(`The filter that leaves out the most is ${widen[0].group}.`), await empty.innerText());
    assert.deepEqual(await empty.getByRole('button').allInnerTexts(), widen.map((w) => `${w.gained} more ${w.button}`));

    await empty.getByRole('button', { name: `${widen[0].gained} more ${widen[0].button}` }).click();
    const { expected } = await expectList(page, widen[0].f);
    assert.equal(expected.length, widen[0].gained);
    assert.equal(await page.locator('.empty-state').count(), 0);
  });

  it('"Clear all filters" returns the full list and keeps the place', async () => {
    const page = await open('/?near=blackpool&within=3km&skill=digital&free=yes&day=tu&online=no');
    const origin = blackpool().centre;
    await expectList(page, { origin, radius: 3000, skills: ['digital'], free: true, days: ['tu'], excludeOnline: true });
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    const { expected } = await expectList(page, { origin });
    assert.equal(expected.length, catalogue.opportunities.length);
    assert.equal(new URL(page.url()).search, '?near=blackpool');
    assert.equal(await placeField(page).inputValue(), 'Blackpool');
    assert.equal(await page.getByRole('button', { name: 'Clear all filters' }).count(), 0);
  });

  // ---- The device's location ---------------------------------------------------------

  it('"Use my location", when shared, measures from the device and keeps coordinates out of the URL', async () => {
    // The venue with records farthest from the centre, so the order changes.
    const used = catalogue.venues.filter((v) => catalogue.opportunities.some((o) => o.venue === v.id));
    const venue = used.reduce((a, b) => (haversineM(catalogue.centre, b.location) > haversineM(catalogue.centre, a.location) ? b : a));
    const { lat: latitude, lon: longitude } = venue.location;
    const context = await browser.newContext({
      viewport: { width: 360, height: 780 }, permissions: ['geolocation'], geolocation: { latitude, longitude },
    });
    const seen = [];
    const page = await open('/', async () => {
      const p = await watched(context);
      p.on('framenavigated', (frame) => frame === p.mainFrame() && seen.push(frame.url()));
      return p;
    });
    await page.getByRole('button', { name: 'Use my location' }).click();
    await page.waitForURL((url) => url.searchParams.get('near') === 'me');
    const { expected, shown } = await expectList(page, { origin: venue.location });
    assert.equal(expected[0].venue, venue.id);
    assert.equal(shown[0].venue, venue.name);
    assert.match(shown[0].distance, /^0 m, 0 min walk$/);
    assert.equal(await page.locator('.results__origin').innerText(), 'Distances are from where you are. Your location stays on this device.');
    assert.equal(new URL(page.url()).search, '?near=me');
    const digits = (n) => String(n).replace('-', '').slice(0, 5);
    for (const url of [...seen, page.url()]) {
      assert.ok(!url.includes(digits(latitude)) && !url.includes(digits(longitude)), `no coordinates in ${url}`);
    }
    assert.deepEqual(page.offOrigin, []);
    await context.close();
  });

  it('"Use my location", when refused, says so and the place field still works', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Use my location' }).click();
    await page.getByRole('status').filter({
      hasText: 'Your browser did not share where you are. You can type a place instead.',
    }).waitFor();
    assert.equal(query(page).get('near'), null);
    await placeField(page).pressSequentially('Black');
    await page.getByRole('button', { name: 'Blackpool', exact: true }).click();
    await expectList(page, { origin: blackpool().centre });
    assert.equal(query(page).get('near'), 'blackpool');
  });

  // ---- Phone --------------------------------------------------------------------------

  /** Checks each control can be scrolled to, is visible, enabled and uncovered, and lies within the 360 px width. */
  async function allReachable(page, controls) {
    const n = await controls.count();
    for (let i = 0; i < n; i++) {
      const control = controls.nth(i);
      await control.click({ trial: true, timeout: 2000 });
      const { name, left, right } = await control.evaluate((e) => {
        const r = e.getBoundingClientRect();
        return { name: e.closest('label')?.innerText ?? e.innerText ?? e.id, left: r.left, right: r.right };
      });
      assert.ok(left >= 0 && right <= 360, `${name} lies inside the screen: ${left}..${right}`);
    }
    return n;
  }

  it('on a 360 px screen every filter control can be reached and nothing scrolls sideways', async () => {
    const page = await open();
    // The search, the place, the Filters button and the order on the page; every filter in the sheet.
    const onPage = await allReachable(page, page.locator('.finder__where :is(input, select, button), .results__bar :is(select, button)'));
    assert.equal(onPage, 5, 'search, place, "Use my location", Filters and the order');
    await openFilters(page);
    const inSheet = await allReachable(page, page.locator('.finder__filters :is(input, select, button)'));
    assert.ok(onPage + inSheet > 60, `${onPage} + ${inSheet} controls`);
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok((await pageWidth()) <= 360, `page is ${await pageWidth()} px wide`);

    // With suggestions open, and with the empty state, its buttons and the chips of the filters on.
    await closeFilters(page);
    await placeField(page).pressSequentially('Bl');
    await page.getByRole('list', { name: 'Places that match' }).waitFor();
    assert.ok((await pageWidth()) <= 360, `with suggestions the page is ${await pageWidth()} px wide`);
    const empty = await open('/?q=zzzzqqq&within=walk15&online=no&access=quiet,sign_language');
    await empty.getByRole('heading', { name: 'Nothing matches all of that' }).waitFor();
    await empty.getByRole('button', { name: 'Clear all filters' }).waitFor();
    assert.ok(await allReachable(empty, empty.locator('.empty-state button, .chips button')) >= 6, 'a widening, four chips and the clear button');
    assert.ok((await empty.evaluate(() => document.documentElement.scrollWidth)) <= 360);
  });

  it('made no request outside its own origin and logged no errors', () => {
    assert.ok(pages.length > 20);
    for (const page of pages) {
      assert.deepEqual(page.offOrigin, []);
      assert.deepEqual(page.consoleErrors, []);
    }
  });
});
