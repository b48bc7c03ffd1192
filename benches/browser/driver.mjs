// What both benchmark drivers share: playwright-core (the browser tests' copy),
// the browser the xtask started, CPU slowdown, and writing the figures.
//
// The xtask owns the browser and the server and ends them on every path; a
// driver only connects, and disconnects when done or failed.

import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(process.env.BENCH_PLAYWRIGHT_FROM);
const { chromium } = require('playwright-core');

/** An environment variable the xtask always sets. */
export function setting(name) {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set: run this through cargo xtask`);
  return value;
}

/** The comma-separated numbers of a setting. */
export const numbers = (name) => setting(name).split(',').map(Number);

/** Connects to the xtask's Chromium, runs `measure(browser)`, writes its result as JSON, disconnects. */
export async function withBrowser(measure) {
  const browser = await chromium.connectOverCDP(setting('BENCH_CDP'));
  try {
    const result = await measure(browser);
    fs.writeFileSync(setting('BENCH_OUT'), JSON.stringify(result, null, 1));
  } finally {
    await browser.close().catch(() => {});
  }
}

/** Slows the page's CPU `rate` times (1 is full speed), with the DevTools protocol. */
export async function slowDown(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? null : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
