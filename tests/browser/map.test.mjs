// The map: the list / map switch keeps the filters and the URL says which view
// is shown; every venue of the filtered results is on the map, alone or in a
// cluster, with its count; the map moves and zooms with the keyboard and its
// markers are controls; choosing a venue lists its results; "Search this area"
// searches around the map's centre; tiles are drawn only when the catalogue
// configures them, from where it says, and without them nothing is requested
// from anywhere.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, suite, expectedResults, haversineM, countText, readResults } from './support.mjs';

const CATALOGUE = '/data/catalogue.json';
const SINGLE = /^(.+), (\d+) results?$/;
const CLUSTER = /^(\d+) places, (\d+) results?\. Zoom in\.$/;
/** A 1×1 PNG, served as every tile. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Every marker and cluster on the map: its accessible name, places, results and position. */
async function readMarkers(page) {
  const raw = await page.locator('.map__marker').evaluateAll((gs) =>
    gs.map((g) => {
      const [x, y] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(g.getAttribute('transform')).slice(1).map(Number);
      return { label: g.getAttribute('aria-label'), role: g.getAttribute('role'), tabindex: g.getAttribute('tabindex'), x, y };
    }),
  );
  return raw.map((m) => {
    const single = SINGLE.exec(m.label);
    const cluster = CLUSTER.exec(m.label);
    assert.ok(single || cluster, `a marker's name reads as a place or a cluster: ${m.label}`);
    return single
      ? { ...m, name: single[1], places: 1, results: Number(single[2]) }
      : { ...m, places: Number(cluster[1]), results: Number(cluster[2]) };
  });
}

/** The venues of the records a filter keeps, with how many each has, and the online-only count. */
function expectedVenues(catalogue, keep) {
  const counts = new Map();
  let online = 0;
  for (const o of catalogue.opportunities.filter(keep)) {
    if (catalogue.venues.some((v) => v.id === o.venue)) counts.set(o.venue, (counts.get(o.venue) ?? 0) + 1);
    else online += 1;
  }
  return { counts, online };
}

/** Waits until the map's markers hold `results` results, then reads them. */
async function markersOnceDrawn(page, results) {
  await page.waitForFunction(
    (n) => {
      const labels = [...document.querySelectorAll('.map__marker')].map((g) => g.getAttribute('aria-label'));
      const sum = labels.reduce((s, l) => s + Number(/(\d+) results?(\. Zoom in\.)?$/.exec(l)?.[1] ?? 0), 0);
      return labels.length > 0 && sum === n;
    },
    results,
  );
  return readMarkers(page);
}

const sum = (list, key) => list.reduce((s, m) => s + m[key], 0);

/** The lone venue drawn nearest the middle of the map, which stays on it as the map moves a little. */
async function middleVenue(page) {
  const [w, h] = await page.locator('.map__drawing').evaluate((svg) => [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))]);
  const away = (m) => Math.hypot(m.x - w / 2, m.y - h / 2);
  return (await readMarkers(page)).filter((m) => m.places === 1).sort((a, b) => away(a) - away(b))[0];
}

describe('map', () => {
  const shared = suite();

  it('draws every venue of a known filter, with its count, and says how many results are online only', async () => {
    const page = await openPage(shared.browser, shared.server);
    const keep = (o) => o.kind === 'course';
    const { counts, online } = expectedVenues(shared.catalogue, keep);
    const onMap = [...counts.values()].reduce((a, b) => a + b, 0);
    await page.goto(shared.server.origin + '/?kind=course&view=map');
    const markers = await markersOnceDrawn(page, onMap);
    assert.equal(sum(markers, 'places'), counts.size, 'every venue is drawn once');
    for (const m of markers.filter((m) => m.places === 1)) {
      const venue = shared.catalogue.venues.find((v) => v.name === m.name);
      assert.equal(m.results, counts.get(venue.id), m.label);
    }
    assert.ok(markers.every((m) => m.role === 'button' && m.tabindex === '0'));
    await page.getByText(`${online} online result${online === 1 ? ' is' : 's are'} not on the map.`).waitFor();
    assert.equal(await page.locator('.result-card').count(), 0, 'the map shows no list until a venue is chosen');
    // The switch keeps the filters and the URL says which view is shown.
    assert.equal(await page.getByRole('link', { name: 'Map', exact: true }).getAttribute('aria-current'), 'page');
    await page.getByRole('link', { name: 'List', exact: true }).click();
    await page.waitForURL((url) => url.search === '?kind=course');
    await page.locator('.result-card').first().waitFor();
    assert.equal(await page.locator('.map__marker').count(), 0);
    await page.goBack();
    await markersOnceDrawn(page, onMap);
    assert.deepEqual(page.offOrigin, []);
    assert.deepEqual(page.consoleErrors, []);
  });

  it('clusters venues that would overlap, and a cluster zooms in to part them', async () => {
    const page = await openPage(shared.browser, shared.server);
    const { counts } = expectedVenues(shared.catalogue, () => true);
    const onMap = [...counts.values()].reduce((a, b) => a + b, 0);
    await page.goto(shared.server.origin + '/?view=map');
    const before = await markersOnceDrawn(page, onMap);
    const clusters = before.filter((m) => m.places > 1);
    assert.ok(clusters.length > 0, 'the whole city on a phone has clusters');
    // No two drawn markers overlap.
    for (const [i, a] of before.entries()) {
      for (const b of before.slice(i + 1)) assert.ok(Math.hypot(a.x - b.x, a.y - b.y) >= 20, `${a.label} / ${b.label}`);
    }
    const biggest = clusters.sort((a, b) => b.places - a.places)[0];
    await page.getByRole('button', { name: biggest.label, exact: true }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.map__marker').length > n, before.length);
    const after = await readMarkers(page);
    const box = await page.locator('.map__drawing').boundingBox();
    assert.ok(
      after.every((m) => m.x >= 0 && m.x <= box.width && m.y >= 0 && m.y <= box.height),
      'only markers on the map are drawn, so Tab stays in view',
    );
    assert.ok(sum(after, 'places') >= biggest.places, "the cluster's places are all still on the map");
    assert.ok(sum(after, 'results') <= onMap);
    assert.equal(await page.locator('.map-results__venue').count(), 0, 'a cluster chooses no venue');
    assert.deepEqual(page.consoleErrors, []);
  });

  it('moves with the arrow keys, zooms with + and −, and its markers are reached and pressed with the keyboard', async () => {
    const page = await openPage(shared.browser, shared.server);
    const place = shared.catalogue.neighbourhoods[0];
    await page.goto(shared.server.origin + `/?view=map&near=${place.id}&within=3km`);
    await page.locator('.map__marker').first().waitFor();
    // The place measured from and its radius are drawn; the radius is 3 km on the scale.
    const circle = () =>
      page.evaluate(() => {
        const c = document.querySelector('.map__radius');
        return { x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')), r: Number(c.getAttribute('r')) };
      });
    const waitFor = (want) =>
      page.waitForFunction((want) => {
        const c = document.querySelector('.map__radius');
        const [x, r] = [Number(c.getAttribute('cx')), Number(c.getAttribute('r'))];
        return Math.abs(x - want.x) < 1 && Math.abs(r - want.r) < 1;
      }, want);
    const start = await circle();
    assert.equal(await page.locator('.map__origin').count(), 1);
    const scale = await page.evaluate(() => {
      const [x, end] = /^M([\d.]+) .* H([\d.]+) /.exec(document.querySelector('.map__scale-bar').getAttribute('d')).slice(1).map(Number);
      const [, n, unit] = /^(\d+) (m|km)$/.exec(document.querySelector('.map__scale-text').textContent);
      return { px: end - x, metres: Number(n) * (unit === 'km' ? 1000 : 1) };
    });
    assert.match(String(scale.metres), /^[125]0*$/, 'the scale bar is a round length');
    const radiusM = (start.r * scale.metres) / scale.px;
    assert.ok(Math.abs(radiusM - 3000) < 60, `the circle is 3 km on the scale bar: ${radiusM} m`);
    const frame = page.getByRole('group', { name: 'Map of the results' });
    await frame.focus();
    await page.keyboard.press('ArrowRight');
    await waitFor({ x: start.x - 80, r: start.r });
    await page.keyboard.press('ArrowLeft');
    await waitFor(start);
    // Zooming in about the middle doubles the radius and the place's distance from the middle.
    const middle = await page.locator('.map__drawing').evaluate((svg) => Number(svg.getAttribute('width')) / 2);
    await page.keyboard.press('+');
    await waitFor({ x: middle + 2 * (start.x - middle), r: 2 * start.r });
    await page.keyboard.press('-');
    await waitFor(start);
    // The visible buttons zoom too.
    await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
    await waitFor({ x: middle + (start.x - middle) / 2, r: start.r / 2 });
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await waitFor(start);
    // Tab from the map reaches a marker; Enter presses it.
    await frame.focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
    const single = SINGLE.exec(focused);
    assert.ok(single || CLUSTER.exec(focused), `the first Tab stop in the map is a marker: ${focused}`);
    const markersBefore = await page.locator('.map__marker').count();
    await page.keyboard.press('Enter');
    if (single) {
      await page.locator('.map-results__venue', { hasText: focused }).waitFor();
    } else {
      await page.waitForFunction((n) => document.querySelectorAll('.map__marker').length > n, markersBefore);
    }
    assert.deepEqual(page.consoleErrors, []);
  });

  it('keeps the keyboard focus on the map as a cluster opens, a venue is pressed and the map zooms', async () => {
    const page = await openPage(shared.browser, shared.server);
    await page.goto(shared.server.origin + '/?view=map');
    await page.locator('.map__marker').first().waitFor();
    /** The accessible name of the focused element, when it is on the map. */
    const focusOnMap = () =>
      page.waitForFunction(() => {
        const a = document.activeElement;
        return a?.closest('.map__frame') ? (a.getAttribute('aria-label') ?? '') : false;
      }, null, { timeout: 5000 });
    const before = await readMarkers(page);
    const biggest = before.filter((m) => m.places > 1).sort((a, b) => b.places - a.places)[0];
    await page.getByRole('button', { name: biggest.label, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('.map__marker').length > n, before.length);
    // The focus stays on a marker holding one of the cluster's venues.
    const afterCluster = await (await focusOnMap()).jsonValue();
    assert.ok(SINGLE.exec(afterCluster) || CLUSTER.exec(afterCluster), afterCluster);
    // A venue pressed with Enter keeps the focus, now pressed.
    const lone = (await readMarkers(page)).find((m) => m.places === 1);
    await page.getByRole('button', { name: lone.label, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.map-results__venue', { hasText: lone.label }).waitFor();
    assert.equal(await (await focusOnMap()).jsonValue(), lone.label);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'true');
    // Zooming from a marker leaves the focus on the map, for the next key.
    for (const key of ['+', '-']) {
      const scale = await page.locator('.map__scale-text').textContent();
      await page.keyboard.press(key);
      await page.waitForFunction((text) => document.querySelector('.map__scale-text').textContent !== text, scale);
      // The markers are drawn again by then; the focus is given back on the next frame.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await focusOnMap();
    }
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it("lists a chosen venue's matching results, whose pages lead back to the map", async () => {
    const page = await openPage(shared.browser, shared.server);
    const keep = (o) => o.kind === 'course';
    const { counts } = expectedVenues(shared.catalogue, keep);
    const onMap = [...counts.values()].reduce((a, b) => a + b, 0);
    await page.goto(shared.server.origin + '/?kind=course&view=map');
    await page.getByText('Choose a place on the map to see what is on there.').waitFor();
    const markers = await markersOnceDrawn(page, onMap);
    const lone = markers.filter((m) => m.places === 1).sort((a, b) => b.results - a.results)[0];
    const venue = shared.catalogue.venues.find((v) => v.name === lone.name);
    await page.getByRole('button', { name: lone.label, exact: true }).click();
    await page.locator('.map-results__venue', { hasText: lone.label }).waitFor();
    assert.equal(await page.getByRole('button', { name: lone.label, exact: true }).getAttribute('aria-pressed'), 'true');
    const expected = expectedResults(shared.catalogue, (o) => keep(o) && o.venue === venue.id);
    const listed = await readResults(page);
    assert.deepEqual(
      listed.map((r) => r.title),
      expected.map((o) => o.title),
    );
    assert.ok(listed.every((r) => r.venue.includes(venue.name)));
    await page.locator('.result-card h3 a').first().click();
    await page.waitForURL((url) => url.pathname === `/o/${encodeURIComponent(expected[0].id)}`);
    assert.match(page.url(), /view=map/);
    await page.goBack();
    // Back returns to the map with the venue still chosen: the URL names it.
    await page.locator('.map-results__venue', { hasText: lone.label }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('venue'), venue.id);
    await markersOnceDrawn(page, onMap);
    // And Back again to before it was chosen.
    await page.goBack();
    await page.getByText('Choose a place on the map to see what is on there.').waitFor();
    assert.deepEqual(page.consoleErrors, []);
  });

  it('searches this area: the place becomes the map centre, in the URL and in words, and the results are within reach of it', async () => {
    const page = await openPage(shared.browser, shared.server);
    await page.goto(shared.server.origin + '/?view=map');
    await page.locator('.map__marker').first().waitFor();
    await page.getByRole('group', { name: 'Map of the results' }).focus();
    await page.keyboard.press('+');
    await page.keyboard.press('ArrowDown');
    await page.getByRole('button', { name: 'Search this area' }).click();
    await page.waitForURL((url) => url.searchParams.has('near'));
    const url = new URL(page.url());
    const near = url.searchParams.get('near');
    assert.match(near, /^-?\d{1,2}(\.\d{1,5})?,-?\d{1,3}(\.\d{1,5})?$/);
    const [lat, lon] = near.split(',').map(Number);
    const { bounds } = shared.catalogue;
    assert.ok(lat > bounds.south && lat < bounds.north && lon > bounds.west && lon < bounds.east, near);
    assert.equal(url.searchParams.get('view'), 'map');
    const radius = { walk15: 1200, '1km': 1000, '3km': 3000, '5km': 5000, '10km': 10000 }[url.searchParams.get('within')];
    assert.ok(radius, `a radius is chosen to fit the map: ${url.search}`);
    const point = { lat, lon };
    const expected = expectedResults(
      shared.catalogue,
      (o) => {
        const venue = shared.catalogue.venues.find((v) => v.id === o.venue);
        return !venue || haversineM(point, venue.location) <= radius;
      },
      point,
    );
    await page.locator('.results__count', { hasText: countText(expected.length) }).waitFor();
    assert.match(await page.locator('#place').inputValue(), /^Map centre/);
    assert.match(await page.locator('.results__origin').innerText(), /^Distances are from Map centre/);
    // The list measures from the point too.
    await page.getByRole('link', { name: 'List', exact: true }).click();
    const first = (await readResults(page))[0];
    assert.equal(first.title, expected[0].title);
    assert.deepEqual(page.consoleErrors, []);
  });

  it('draws tiles served by the site when the catalogue configures them, with their attribution', async () => {
    const configured = structuredClone(shared.catalogue);
    configured.map = { tiles: '/tiles/{z}/{x}/{y}.png', attribution: 'Test tiles © contributors' };
    shared.server.fault(CATALOGUE, { status: 200, body: JSON.stringify(configured) });
    try {
      const page = await openPage(shared.browser, shared.server);
      const tiles = [];
      await page.route('**/tiles/**', (route) => {
        tiles.push(new URL(route.request().url()));
        return route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
      });
      await page.goto(shared.server.origin + '/?view=map');
      await page.locator('.map__tiles image').first().waitFor({ state: 'attached' });
      const hrefs = await page.locator('.map__tiles image').evaluateAll((images) => images.map((i) => i.getAttribute('href')));
      await page.waitForFunction((n) => performance.getEntriesByType('resource').filter((e) => e.name.includes('/tiles/')).length >= n, new Set(hrefs).size);
      assert.ok(tiles.length > 0);
      for (const tile of tiles) {
        assert.equal(tile.origin, shared.server.origin);
        assert.match(tile.pathname, /^\/tiles\/\d{1,2}\/\d+\/\d+\.png$/);
      }
      for (const href of hrefs) assert.ok(tiles.some((t) => t.pathname === href), `${href} was requested`);
      await page.getByText('Test tiles © contributors').waitFor();
      assert.deepEqual(page.offOrigin, []);
      assert.deepEqual(page.consoleErrors, []);
    } finally {
      shared.server.clearFaults();
    }
  });

  it('prints the whole map, scaled to a page narrower than the screen', async () => {
    const page = await openPage(shared.browser, shared.server);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(shared.server.origin + '/?view=map');
    await page.locator('.map__marker').first().waitFor();
    const onScreen = await page.locator('.map__marker').count();
    await page.emulateMedia({ media: 'print' });
    // An A4 page is narrower than this screen; printing lays the page out
    // again without telling the app, as this narrower frame does.
    const printed = await page.locator('.map__frame').evaluate((frame) => {
      frame.style.inlineSize = '14cm';
      const box = frame.getBoundingClientRect();
      const drawing = frame.querySelector('.map__drawing').getBoundingClientRect();
      const markers = [...frame.querySelectorAll('.map__marker')].map((g) => g.getBoundingClientRect());
      const inside = (r) => r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
      return { frame: box.width, drawing: drawing.width, markers: markers.length, outside: markers.filter((r) => !inside(r)).length };
    });
    assert.ok(printed.drawing <= printed.frame + 1, JSON.stringify(printed));
    assert.equal(printed.markers, onScreen);
    assert.equal(printed.outside, 0, JSON.stringify(printed));
    for (const hidden of ['.map__zoom', '.map__search-here', '.view-switch']) {
      assert.ok(!(await page.locator(hidden).isVisible()), hidden);
    }
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });

  it('requests nothing from anywhere, and draws no tiles, when the catalogue configures none', async () => {
    const page = await openPage(shared.browser, shared.server);
    const since = shared.server.requests.length;
    await page.goto(shared.server.origin + '/?view=map');
    await page.locator('.map__marker').first().waitFor();
    await page.getByRole('group', { name: 'Map of the results' }).focus();
    for (const key of ['+', '+', 'ArrowLeft', 'ArrowUp', '-']) await page.keyboard.press(key);
    // The map is below the search on a phone: a person scrolls to it first.
    await page.locator('.map__drawing').scrollIntoViewIfNeeded();
    const box = await page.locator('.map__drawing').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2 + 40, { steps: 5 });
    await page.mouse.up();
    assert.equal(await page.locator('.map__tiles image').count(), 0);
    assert.deepEqual(page.offOrigin, []);
    assert.ok(!shared.server.requests.slice(since).some((p) => p.includes('tiles')));
    assert.deepEqual(page.consoleErrors, []);
  });

  it('pans with a mouse drag, zooms with the wheel about the pointer, and pinches with two fingers', async () => {
    const page = await openPage(shared.browser, shared.server);
    await page.goto(shared.server.origin + '/?view=map');
    await page.locator('.map__marker').first().waitFor();
    const lone = await middleVenue(page);
    const position = () =>
      page.evaluate((name) => {
        const g = [...document.querySelectorAll('.map__marker')].find((m) => m.getAttribute('aria-label').startsWith(`${name},`));
        const [x, y] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(g.getAttribute('transform')).slice(1).map(Number);
        return { x, y };
      }, lone.name);
    await page.locator('.map__drawing').scrollIntoViewIfNeeded();
    const box = await page.locator('.map__drawing').boundingBox();
    // Drag from a corner.
    const from = { x: box.x + 10, y: box.y + box.height - 40 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 50, from.y - 30, { steps: 5 });
    await page.mouse.up();
    const dragged = await position();
    assert.ok(Math.abs(dragged.x - lone.x - 50) < 1 && Math.abs(dragged.y - lone.y + 30) < 1, JSON.stringify({ lone, dragged }));
    // The wheel zooms in about the pointer: the point under it stays put.
    const scaleText = () => page.locator('.map__scale-text').textContent();
    const unzoomed = await scaleText();
    await page.mouse.move(box.x + dragged.x, box.y + dragged.y);
    await page.mouse.wheel(0, -200);
    await page.waitForFunction((text) => document.querySelector('.map__scale-text').textContent !== text, unzoomed);
    const wheeled = await position();
    assert.ok(Math.abs(wheeled.x - dragged.x) < 1 && Math.abs(wheeled.y - dragged.y) < 1, JSON.stringify({ dragged, wheeled }));
    // Two pointers moving apart zoom in.
    const before = await scaleText();
    await page.locator('.map__drawing').evaluate((svg) => {
      const rect = svg.getBoundingClientRect();
      const at = (id, x, y, type) =>
        svg.dispatchEvent(new PointerEvent(type, { pointerId: id, clientX: rect.left + x, clientY: rect.top + y, bubbles: true, isPrimary: id === 1, pointerType: 'touch' }));
      at(1, 150, 200, 'pointerdown');
      at(2, 210, 200, 'pointerdown');
      for (let step = 1; step <= 6; step++) {
        at(1, 150 - step * 15, 200, 'pointermove');
        at(2, 210 + step * 15, 200, 'pointermove');
      }
      at(1, 60, 200, 'pointerup');
      at(2, 300, 200, 'pointerup');
    });
    await page.waitForFunction((text) => document.querySelector('.map__scale-text').textContent !== text, before);
    assert.deepEqual(page.consoleErrors, []);
  });
});
