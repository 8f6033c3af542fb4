'use strict';
// (f) A visible focus indicator: the skip link appears when tabbed to and moves focus to the
// main content; every element reached with Tab shows an outline or ring that stands out
// (at least 3:1) against what is around it.

const {test, before, after} = require('node:test');
const assert = require('node:assert/strict');
const {startServer, launchBrowser} = require('../lib/site');
const {samplePages} = require('../lib/samples');

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// In the page: what the focused element shows, and whether it stands out.
const FOCUS_HELPERS = `
  window.__parse = (c) => {
    const m = /rgba?\\(([^)]+)\\)/.exec(c || '');
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return {r, g, b, a};
  };
  window.__lum = ({r, g, b}) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  window.__contrast = (x, y) => {
    const [a, b] = [window.__lum(x), window.__lum(y)].sort((p, q) => q - p);
    return (a + 0.05) / (b + 0.05);
  };
  // The first opaque background behind an element (its ancestors', not its own).
  window.__behind = (el) => {
    for (let e = el.parentElement; e; e = e.parentElement) {
      const c = window.__parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0.5) return c;
    }
    return {r: 255, g: 255, b: 255, a: 1};
  };
  window.__focusReport = () => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const behind = window.__behind(el);
    const colours = [];
    const outline = cs.outlineStyle !== 'none' ? parseFloat(cs.outlineWidth) : 0;
    if (outline > 0) colours.push({what: 'outline', width: outline, c: window.__parse(cs.outlineColor)});
    if (cs.boxShadow && cs.boxShadow !== 'none') {
      // Each shadow is "rgb(...) x y blur spread": a ring is its spread.
      for (const shadow of cs.boxShadow.split(/,(?![^(]*\\))/)) {
        const c = window.__parse(shadow);
        const lengths = shadow.replace(/rgba?\\([^)]*\\)/, '').trim().split(/\\s+/).map(parseFloat);
        const spread = lengths[3] || 0;
        if (spread > 0) colours.push({what: 'box-shadow', width: spread, c});
      }
    }
    const best = colours
      .filter((x) => x.c && x.c.a > 0.5)
      .map((x) => ({...x, ratio: window.__contrast(x.c, behind)}))
      .sort((p, q) => q.ratio - p.ratio)[0];
    return {
      tag: el.localName,
      id: el.id,
      cls: el.className && typeof el.className === 'string' ? el.className : '',
      text: (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40),
      rect: {x: rect.x, y: rect.y, width: rect.width, height: rect.height},
      pageY: rect.y + scrollY,
      viewport: {width: innerWidth, height: innerHeight},
      outlineStyle: cs.outlineStyle,
      outlineWidth: cs.outlineWidth,
      boxShadow: cs.boxShadow,
      best: best ? {what: best.what, width: best.width, ratio: best.ratio} : null,
    };
  };
`;

function inViewport(r) {
  return r.rect.width > 0 && r.rect.height > 0 && r.rect.x >= 0 && r.rect.y >= 0 &&
    r.rect.x + r.rect.width <= r.viewport.width + 1 &&
    r.rect.y + r.rect.height <= r.viewport.height + 1;
}

for (const width of [1280, 320]) {
  test(`(f) the skip link shows when tabbed to and moves focus to main (${width}px)`,
    async () => {
      const pages = samplePages();
      const problems = [];
      const context = await browser.newContext({viewport: {width, height: 800}});
      await context.addInitScript({content: FOCUS_HELPERS});
      const page = await context.newPage();
      for (const urlPath of pages) {
        await page.goto(server.origin + urlPath, {waitUntil: 'load'});
        const before = await page.evaluate(() => {
          const r = document.querySelector('.skip-link')?.getBoundingClientRect();
          return r ? {bottom: r.bottom, right: r.right} : null;
        });
        if (!before) {
          problems.push(`${urlPath} [${width}px]: no .skip-link`);
          continue;
        }
        if (before.bottom > 0 && before.right > 0) {
          problems.push(`${urlPath} [${width}px]: the skip link is visible before it has focus`);
        }
        await page.keyboard.press('Tab');
        const r = await page.evaluate(() => window.__focusReport());
        if (!r || !/\bskip-link\b/.test(r.cls)) {
          problems.push(`${urlPath} [${width}px]: the first Tab does not reach the skip link (got ${r?.tag} ` +
            `"${r?.text}")`);
          continue;
        }
        if (!inViewport(r)) {
          problems.push(`${urlPath} [${width}px]: the focused skip link is not fully on screen: ` +
            JSON.stringify(r.rect));
        }
        if (!r.best || r.best.ratio < 3) {
          problems.push(`${urlPath} [${width}px]: the focused skip link has no outline or ring with 3:1 ` +
            `contrast (outline ${r.outlineStyle} ${r.outlineWidth}, box-shadow ${r.boxShadow})`);
        }
        await page.keyboard.press('Enter');
        // Allow for a scroll that is animated (it should not be, but would not be wrong).
        await page.waitForFunction(() => {
          const top = document.querySelector('main')?.getBoundingClientRect().top;
          return top >= -1 && top < innerHeight;
        }, null, {timeout: 2000}).catch(() => {});
        const main = await page.evaluate(() => ({
          id: document.activeElement?.id,
          top: document.querySelector('main')?.getBoundingClientRect().top,
        }));
        if (main.id !== 'main') {
          problems.push(`${urlPath} [${width}px]: after the skip link, focus is on ` +
            `"${main.id}", not main`);
        }
        if (!(main.top >= -1 && main.top < 800)) {
          problems.push(`${urlPath} [${width}px]: after the skip link, main is not on screen ` +
            `(top ${main.top})`);
        }
      }
      await context.close();
      assert.deepEqual(problems, [], problems.join('\n'));
    });
}

test('(f) every element reached with Tab shows a focus indicator with 3:1 contrast',
  async () => {
    const problems = [];
    let stops = 0;
    for (const width of [1280, 320]) {
      const context = await browser.newContext({viewport: {width, height: 800}});
      await context.addInitScript({content: FOCUS_HELPERS});
      const page = await context.newPage();
      for (const urlPath of samplePages()) {
        await page.goto(server.origin + urlPath, {waitUntil: 'load'});
        const seen = new Set();
        for (let i = 0; i < 400; i++) {
          await page.keyboard.press('Tab');
          const r = await page.evaluate(() => window.__focusReport());
          if (!r) break; // wrapped round to the browser
          const key = `${r.tag}#${r.id}.${r.cls}:${r.text}:${Math.round(r.rect.x)},` +
            `${Math.round(r.pageY)}`;
          if (seen.has(key)) break;
          seen.add(key);
          stops++;
          const where = `${urlPath} [${width}px] ${r.tag}${r.cls ? '.' + r.cls : ''} "${r.text}"`;
          if (!r.best || r.best.ratio < 3 || r.best.width < 2) {
            problems.push(`${where}: no focus indicator of 2px or more at 3:1 (outline ` +
              `${r.outlineStyle} ${r.outlineWidth}, box-shadow ${r.boxShadow}` +
              (r.best ? `, best ${r.best.what} ${r.best.ratio.toFixed(2)}:1` : '') + ')');
          }
          if (!(r.rect.width > 0 && r.rect.height > 0) || r.rect.y + r.rect.height < 0 ||
              r.rect.y > r.viewport.height) {
            problems.push(`${where}: focused element is not on screen ${JSON.stringify(r.rect)}`);
          }
        }
      }
      await context.close();
    }
    console.log(`focus: ${stops} tab stops checked, ${problems.length} problem(s)`);
    assert.ok(stops > 20, `only ${stops} tab stops found`);
    assert.deepEqual(problems, [], `${problems.length} problem(s):\n${problems.join('\n')}`);
  });
