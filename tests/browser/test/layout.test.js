'use strict';
// (b) reflow: no page scrolls sideways at 320 CSS px.
// (c) large print: text sizes, line spacing, no italics and no capitals made by styling.
// (d) easy read: text sizes, and each picture beside its words (wide) or above them (narrow).

const {test, before, after} = require('node:test');
const assert = require('node:assert/strict');
const {startServer, listPages, versionOf, launchBrowser, forEachPage} = require('../lib/site');

const LARGE_PRINT_MIN_PX = 24;          // 18pt: UKAAF / RNIB large print, 1.5rem by default
const EASY_READ_MIN_PX = 14 * 96 / 72;  // 14pt = 18.67px

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

function report(problems, what) {
  return `${problems.length} problem(s) with ${what}:\n${problems.join('\n')}`;
}

// In the page: a short CSS-path-like name for an element, for messages.
const DESCRIBE = `
  window.__describe = (el) => {
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {
      let s = e.localName;
      if (e.id) { s += '#' + e.id; parts.unshift(s); break; }
      if (e.classList.length) s += '.' + [...e.classList].join('.');
      parts.unshift(s);
    }
    const text = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
    return parts.join(' > ') + (text ? ' "' + text + '"' : '');
  };
  // Elements that show text of their own (a non-blank text node child) and are rendered.
  window.__textElements = (root) => [...root.querySelectorAll('*')].filter((el) =>
    [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()) &&
    el.getClientRects().length > 0);
`;

test('(b) no page scrolls sideways at 320 CSS px', async () => {
  const pages = listPages();
  const problems = [];
  await forEachPage(browser, pages, {viewport: {width: 320, height: 640}, initScript: DESCRIBE},
    async (page, urlPath) => {
      await page.goto(server.origin + urlPath, {waitUntil: 'load'});
      const r = await page.evaluate(() => {
        const d = document.documentElement;
        if (d.scrollWidth <= d.clientWidth) return {scrollWidth: d.scrollWidth, clientWidth: d.clientWidth};
        // The widest things, to say what pushes the page sideways.
        const wide = [...document.body.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > d.clientWidth + 1)
          .slice(-3).map((el) => window.__describe(el));
        return {scrollWidth: d.scrollWidth, clientWidth: d.clientWidth, wide};
      });
      if (r.scrollWidth > r.clientWidth) {
        problems.push(`${urlPath}: scrollWidth ${r.scrollWidth} > clientWidth ${r.clientWidth}` +
          (r.wide?.length ? `; too wide: ${r.wide.join('; ')}` : ''));
      }
    });
  console.log(`reflow at 320px: ${pages.length} pages checked, ${problems.length} problem(s)`);
  assert.deepEqual(problems, [], report(problems, 'sideways scrolling at 320px'));
});

test('(c) large print: body text >= 24px with line spacing >= 1.5, nothing smaller, ' +
  'no italics, no capitals', async () => {
  const pages = listPages().filter((p) => versionOf(p) === 'large-print');
  assert.ok(pages.length > 0, 'no large-print pages found');
  const problems = [];
  let paragraphs = 0;
  await forEachPage(browser, pages, {viewport: {width: 1280, height: 900}, initScript: DESCRIBE},
    async (page, urlPath) => {
      await page.goto(server.origin + urlPath, {waitUntil: 'load'});
      const r = await page.evaluate((min) => {
        const out = [];
        const px = (el) => parseFloat(getComputedStyle(el).fontSize);
        const ps = [...document.querySelectorAll('main p')];
        for (const p of ps) {
          const cs = getComputedStyle(p);
          const size = parseFloat(cs.fontSize);
          const lh = cs.lineHeight === 'normal' ? NaN : parseFloat(cs.lineHeight);
          if (size < min) out.push(`main p ${window.__describe(p)}: font-size ${size}px < ${min}px`);
          if (!(lh / size >= 1.5 - 1e-6)) {
            out.push(`main p ${window.__describe(p)}: line-height ${cs.lineHeight} ` +
              `is less than 1.5 x ${size}px`);
          }
        }
        // Named parts that must be the same size as body text.
        const named = ['main td', 'main th', 'main caption', 'main figcaption', '.footnotes',
          '.footnotes li', '.footnotes p', '.breadcrumbs a', '.breadcrumbs li', '.page-dates',
          'main time', 'main small', 'main sup', 'main sub', '.versions a', '.site-footer li'];
        for (const sel of named) {
          for (const el of document.querySelectorAll(sel)) {
            if (px(el) < min) out.push(`${sel} ${window.__describe(el)}: font-size ${px(el)}px`);
          }
        }
        // And nothing anywhere on the page with text of its own is smaller.
        for (const el of window.__textElements(document.body)) {
          if (px(el) < min) out.push(`text ${window.__describe(el)}: font-size ${px(el)}px`);
        }
        // No italics and no capitals made by styling, in main and around it.
        for (const el of document.body.querySelectorAll('*')) {
          for (const pseudo of [null, '::before', '::after']) {
            const cs = getComputedStyle(el, pseudo);
            if (pseudo && cs.content === 'none') continue;
            const where = window.__describe(el) + (pseudo || '');
            if (cs.fontStyle !== 'normal') out.push(`${where}: font-style ${cs.fontStyle}`);
            if (cs.textTransform !== 'none') out.push(`${where}: text-transform ${cs.textTransform}`);
            if (cs.fontVariantCaps !== 'normal') {
              out.push(`${where}: font-variant-caps ${cs.fontVariantCaps}`);
            }
            if (!pseudo && /justify/.test(cs.textAlign)) out.push(`${where}: text-align ${cs.textAlign}`);
          }
        }
        return {out, paragraphs: ps.length};
      }, LARGE_PRINT_MIN_PX);
      paragraphs += r.paragraphs;
      for (const line of r.out) problems.push(`${urlPath}: ${line}`);
    });
  console.log(`large print: ${pages.length} pages, ${paragraphs} paragraphs checked, ` +
    `${problems.length} problem(s)`);
  assert.ok(paragraphs > 0, 'no paragraphs found in large-print pages');
  assert.deepEqual(problems, [], report(problems, 'large print'));
});

test('(c) large print: the stylesheet keeps every kind of small text, emphasis and code ' +
  'at body size, upright and in its own case', async () => {
  // Content today may not use every element; put one of each into a large-print page and
  // check what the stylesheet does with it.
  const [urlPath] = listPages().filter((p) => versionOf(p) === 'large-print');
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const page = await context.newPage();
  await page.addInitScript({content: DESCRIBE});
  await page.goto(server.origin + urlPath, {waitUntil: 'load'});
  const problems = await page.evaluate((min) => {
    const probe = document.createElement('div');
    probe.innerHTML = `
      <p>Text with <em>em</em>, <i>i</i>, <cite>cite</cite>, <dfn>dfn</dfn>, <var>var</var>,
        <small>small</small>, <sub>sub</sub>, <sup>sup</sup>, <code>code</code>,
        <abbr title="Independent Reviewing Officer">IRO</abbr>, <b>b</b>, <strong>strong</strong>
        and <span style="text-transform: uppercase; font-style: italic">inline style</span>.</p>
      <address>County Hall</address>
      <figure><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><figcaption>A caption</figcaption></figure>
      <table><caption>Caption</caption><thead><tr><th scope="col">Head</th></tr></thead>
        <tbody><tr><td>Cell <small>small</small></td></tr></tbody></table>
      <blockquote><p>Quote</p></blockquote>
      <pre><code>code block</code></pre>
      <ul><li><input type="checkbox" disabled aria-label="done"> task</li></ul>
      <section class="footnotes" data-footnotes><ol><li id="fn-x"><p>A footnote
        <a href="#fnref-x" class="footnote-backref">back</a></p></li></ol></section>`;
    document.querySelector('main').append(probe);
    const out = [];
    for (const el of window.__textElements(probe)) {
      const cs = getComputedStyle(el);
      const where = window.__describe(el);
      if (parseFloat(cs.fontSize) < min) out.push(`${where}: font-size ${cs.fontSize}`);
      if (cs.fontStyle !== 'normal') out.push(`${where}: font-style ${cs.fontStyle}`);
      if (cs.textTransform !== 'none') out.push(`${where}: text-transform ${cs.textTransform}`);
      if (/serif/.test(cs.fontFamily) && !/sans-serif/.test(cs.fontFamily)) {
        out.push(`${where}: font-family ${cs.fontFamily}`);
      }
    }
    return out;
  }, LARGE_PRINT_MIN_PX);
  await context.close();
  assert.deepEqual(problems, [], report(problems, `large print elements on ${urlPath}`));
});

test('(d) easy read: text >= 14pt, pictures beside their words at 1024px and above them ' +
  'at 320px', async () => {
  const pages = listPages().filter((p) => versionOf(p) === 'easy-read');
  assert.ok(pages.length > 0, 'no easy-read pages found');
  const problems = [];
  let blocks = 0;
  for (const width of [1024, 320]) {
    await forEachPage(browser, pages, {viewport: {width, height: 800}, initScript: DESCRIBE},
      async (page, urlPath) => {
        await page.goto(server.origin + urlPath, {waitUntil: 'load'});
        const r = await page.evaluate(({min, width}) => {
          const out = [];
          const fontSize = (el) => parseFloat(getComputedStyle(el).fontSize);
          for (const el of window.__textElements(document.body)) {
            if (fontSize(el) < min - 0.01) {
              out.push(`text ${window.__describe(el)}: font-size ${fontSize(el)}px < ${min.toFixed(2)}px`);
            }
          }
          for (const el of document.querySelectorAll('main p, main li')) {
            const cs = getComputedStyle(el);
            if (/justify/.test(cs.textAlign)) out.push(`${window.__describe(el)}: justified`);
            if (cs.fontStyle !== 'normal') out.push(`${window.__describe(el)}: ${cs.fontStyle}`);
          }
          const blocks = [...document.querySelectorAll('main .picture-block')];
          // Pictures line up in one column within their box: the page's own text, a notice,
          // an "At a glance" box. A box is indented by its border and padding as a whole.
          const columns = new Map();
          for (const block of blocks) {
            const pic = block.querySelector(':scope > .picture');
            const words = block.querySelector(':scope > .words');
            const img = pic && pic.querySelector('img');
            if (!pic || !words || !img) {
              out.push(`${window.__describe(block)}: a picture block needs .picture (with an img) and .words`);
              continue;
            }
            const p = img.getBoundingClientRect();
            const w = words.getBoundingClientRect();
            const name = window.__describe(words);
            if (p.width < 48 || p.height < 48) {
              out.push(`${name}: picture is only ${p.width}x${p.height}px`);
            }
            if (width >= 1024) {
              const box = block.parentElement.closest('.notice, .at-a-glance, aside') ||
                document.querySelector('main');
              if (!columns.has(box)) columns.set(box, new Set());
              columns.get(box).add(Math.round(p.left));
              if (!(p.right <= w.left)) out.push(`${name}: picture is not left of the words`);
              if (!(p.top < w.bottom && w.top < p.bottom)) {
                out.push(`${name}: picture and words are not side by side`);
              }
              if (p.width < 100) out.push(`${name}: picture is ${p.width}px wide at ${width}px`);
            } else if (!(p.bottom <= w.top)) {
              out.push(`${name}: picture is not above the words at ${width}px`);
            }
          }
          for (const [box, lefts] of columns) {
            if (lefts.size > 1) {
              out.push(`${window.__describe(box)}: pictures do not line up: left edges at ${[...lefts].join(', ')}`);
            }
          }
          return {out, blocks: blocks.length};
        }, {min: EASY_READ_MIN_PX, width});
        if (width === 1024) blocks += r.blocks;
        for (const line of r.out) problems.push(`${urlPath} [${width}px]: ${line}`);
      });
  }
  console.log(`easy read: ${pages.length} pages, ${blocks} picture blocks checked, ` +
    `${problems.length} problem(s)`);
  assert.ok(blocks > 0, 'no picture blocks found in easy-read pages');
  assert.deepEqual(problems, [], report(problems, 'easy read'));
});
