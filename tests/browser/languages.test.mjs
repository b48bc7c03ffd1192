// The interface in seven languages, as a person meets it: the browser's language
// on a first visit, the menu on every page, the choice remembered and carried in
// links (hl=), right to left in Arabic, and a language's words fetched only when
// it is used. Expected words are read from locales/*.ftl, and plural forms are
// chosen with the JavaScript engine's own CLDR rules (Intl.PluralRules), not the
// app's.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from './support.mjs';

const LOCALES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../locales');

/** Message `id` of language `code` with `$n` filled in (plural or exact variant). */
function say(code, id, n) {
  const source = fs.readFileSync(path.join(LOCALES, `${code}.ftl`), 'utf8');
  const digits = [...(source.match(/^-digits = (.+)$/m)?.[1].trim() ?? '0123456789')];
  const number = (value) => String(value).replace(/\d/g, (d) => digits[Number(d)]);
  const simple = source.match(new RegExp(`^${id} = (?!\\{ \\$n ->)(.+)$`, 'm'));
  if (simple) return simple[1].trim();
  const block = source.match(new RegExp(`^${id} = \\{ \\$n ->\\n([\\s\\S]*?)\\n\\}`, 'm'));
  if (!block) throw new Error(`${code}.ftl has no message ${id}`);
  const variants = new Map();
  let fallback;
  for (const line of block[1].split('\n')) {
    const m = line.match(/^\s*(\*?)\[([^\]]+)\]\s*(.*)$/);
    if (!m) continue;
    variants.set(m[2], m[3]);
    if (m[1]) fallback = m[3];
  }
  const category = new Intl.PluralRules(code).select(n);
  const text = variants.get(String(n)) ?? variants.get(category) ?? fallback;
  return text.replace(/\{ \$n \}/g, number(n)).trim();
}

/** The page's text without the isolation marks around inserted words. */
const plain = (text) => text.replace(/[\u2066-\u2069]/g, '').trim();

describe('interface languages', () => {
  const shared = suite();

  /** A page in a browser whose preferred language is `locale`, with the locale files it requests. */
  async function pageIn(locale) {
    const context = await shared.browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.locales = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/locales/')) page.locales.push(url.pathname);
    });
    return page;
  }

  async function countReads(page, text) {
    await page.waitForFunction(
      (text) => document.querySelector('.results__count[role="status"]')?.textContent.replace(/[\u2066-\u2069]/g, '').trim() === text,
      text,
    );
  }

  it('speaks the browser\'s language on a first visit, fetching only that language\'s words', async () => {
    const page = await pageIn('pl-PL');
    try {
      await page.goto(shared.server.origin + '/');
      const n = shared.catalogue.opportunities.length;
      await countReads(page, say('pl', 'results-count', n));
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'pl');
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
      assert.equal(plain(await page.locator('h1').innerText()), say('pl', 'finder-heading'));
      assert.equal(await page.locator('#interface-language').inputValue(), 'pl');
      assert.deepEqual(page.locales, ['/locales/pl.ftl']);
    } finally {
      await page.context().close();
    }
    const english = await pageIn('en-GB');
    try {
      await english.goto(shared.server.origin + '/');
      await countReads(english, `${shared.catalogue.opportunities.length} results`);
      assert.deepEqual(english.locales, [], 'English is built in');
      await english.locator('.result-card__link').first().click();
      await english.locator('.detail__back').waitFor();
      assert.equal(new URL(english.url()).searchParams.get('hl'), null, 'an English reader who chose nothing gets no hl=');
    } finally {
      await english.context().close();
    }
  });

  it('switches to Arabic from the menu: right to left, the filters kept, the focus on the menu, remembered', async () => {
    const page = await pageIn('en-GB');
    try {
      await page.goto(shared.server.origin + '/?kind=course');
      const courses = shared.catalogue.opportunities.filter((o) => o.kind === 'course').length;
      await countReads(page, courses === 1 ? '1 result' : `${courses} results`);
      await page.locator('#interface-language').selectOption('ar');
      await countReads(page, say('ar', 'results-count', courses));
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('hl'), 'ar');
      assert.equal(url.searchParams.get('kind'), 'course', 'the filters stay');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'interface-language');
      // The layout mirrors: the filters' side panel sits at the right.
      const side = await page.evaluate(() => {
        const filters = document.querySelector('.finder__filters, .filters').getBoundingClientRect();
        const results = document.querySelector('.results').getBoundingClientRect();
        return { filters: filters.left, results: results.left };
      });
      assert.ok(side.filters > side.results, `filters at ${side.filters}, results at ${side.results}`);

      await page.locator('.result-card__link').first().click();
      await page.locator('.detail__back').waitFor();
      assert.equal(new URL(page.url()).searchParams.get('hl'), 'ar', 'links carry the language');
      assert.equal(plain(await page.locator('.detail__back').innerText()), say('ar', 'back-to-results'));
      const arrow = await page.locator('.detail__back svg').evaluate((svg) => getComputedStyle(svg).transform);
      assert.equal(arrow, 'matrix(-1, 0, 0, 1, 0, 0)', 'the back arrow points right in a right-to-left page');

      await page.goto(shared.server.origin + '/');
      await countReads(page, say('ar', 'results-count', shared.catalogue.opportunities.length));
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl', 'the choice is remembered');
    } finally {
      await page.context().close();
    }
  });

  it('opens a shared link in its language, and lang= still filters by the language an entry is given in', async () => {
    const page = await pageIn('en-GB');
    try {
      await page.goto(shared.server.origin + '/?lang=pl');
      await page.locator('.results__count[role="status"]').waitFor();
      await page.waitForFunction(() => /^\d+ results?$|^No results$/.test(document.querySelector('.results__count').textContent.trim()));
      const english = (await page.locator('.results__count').innerText()).trim();
      const n = english === 'No results' ? 0 : Number(english.split(' ')[0]);
      assert.ok(n > 0, 'the demo has entries given in Polish');

      await page.goto(shared.server.origin + '/?hl=uk&lang=pl');
      await countReads(page, say('uk', 'results-count', n));
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'uk');
      assert.equal(new URL(page.url()).searchParams.get('lang'), 'pl');
    } finally {
      await page.context().close();
    }
  });

  it('shows an entry\'s own translation in the reader\'s language, finds it by its words, and marks other-language text with its lang', async () => {
    const catalogue = shared.catalogue;
    const translated = catalogue.opportunities.find((o) => o.translations?.pl?.title && o.translations.pl.summary);
    const untranslated = catalogue.opportunities.find((o) => !o.translations?.pl);
    assert.ok(translated && untranslated, 'the demo has entries with and without Polish');
    const page = await pageIn('pl-PL');
    try {
      await page.goto(shared.server.origin + `/o/${translated.id}`);
      const h1 = page.locator('h1');
      await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, translated.translations.pl.title);
      assert.equal(await h1.getAttribute('lang'), null, 'Polish text on a Polish page needs no lang');
      assert.equal(await page.locator('.detail__summary').innerText(), translated.translations.pl.summary);
      const skill = catalogue.skills.find((s) => s.id === translated.skills[0]);
      assert.ok(
        (await page.locator('.detail__facts').first().innerText()).includes(skill.translations.pl.label),
        'skill labels are in Polish',
      );

      await page.goto(shared.server.origin + `/o/${untranslated.id}`);
      await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, untranslated.title);
      assert.equal(await page.locator('h1').getAttribute('lang'), catalogue.language ?? 'en', 'the catalogue\'s own text says its language');

      const word = translated.translations.pl.title.split(/[\s:,]+/).find((w) => w.length >= 7);
      await page.goto(shared.server.origin + `/?q=${encodeURIComponent(word)}`);
      await page.locator('.result-card').first().waitFor();
      const titles = await page.locator('.result-card__title').allInnerTexts();
      assert.ok(titles.includes(translated.translations.pl.title), `"${word}" finds ${translated.id}: ${titles.join(' | ')}`);
    } finally {
      await page.context().close();
    }
  });

  it('offers every language, each named in itself and marked with its own lang', async () => {
    const page = await pageIn('en-GB');
    try {
      await page.goto(shared.server.origin + '/o/no-such-record');
      await page.locator('#main h1').waitFor();
      const options = await page.locator('#interface-language option').evaluateAll((os) => os.map((o) => [o.value, o.lang, o.textContent]));
      const files = fs.readdirSync(LOCALES).filter((f) => f.endsWith('.ftl')).map((f) => f.replace('.ftl', '')).sort();
      assert.deepEqual(options.map(([value]) => value).sort(), files);
      for (const [value, lang, name] of options) {
        assert.equal(lang, value);
        assert.ok(name.length > 1);
      }
      await page.locator('#interface-language').selectOption('zh');
      await page.waitForFunction(() => document.documentElement.lang === 'zh');
      assert.equal(plain(await page.locator('#main a').first().innerText()), say('zh', 'back-to-results'));
    } finally {
      await page.context().close();
    }
  });
});
