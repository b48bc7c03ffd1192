import { startServer, launchBrowser } from './support.mjs';
const server = await startServer();
const browser = await launchBrowser();
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
await page.goto(`${server.origin}/coordinators/?skill=digital&walk=10`);
await page.locator('.map__area').first().waitFor();
console.log(await page.evaluate(() => [...document.querySelectorAll('main > *, .insight-form > *, .insight-form__groups > *')].map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().height)}`).join('\n')));
await page.screenshot({ path: '/tmp/c-top.png' });
await page.locator('.insight-table').scrollIntoViewIfNeeded();
await page.screenshot({ path: '/tmp/c-table.png' });
await page.locator('.insight-map').scrollIntoViewIfNeeded();
await page.screenshot({ path: '/tmp/c-map.png' });
await browser.close(); await server.close();
{
const server = await startServer();
const browser = await launchBrowser();
for (const [name, w, q, media] of [['phone', 360, 'by=time', 'screen'], ['ar', 360, 'hl=ar', 'screen'], ['print', 800, 'skill=digital&walk=10', 'print']]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: 1400 } });
  const page = await ctx.newPage();
  await page.goto(`${server.origin}/coordinators/?${q}`);
  await page.locator('.map__area').first().waitFor();
  await page.emulateMedia({ media });
  if (media === 'print') { await page.pdf({ path: '/tmp/coord.pdf', format: 'A4' }); }
  await page.locator('.insight-table').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/coord-${name}.png` });
  await ctx.close();
}
await browser.close(); await server.close();
}
