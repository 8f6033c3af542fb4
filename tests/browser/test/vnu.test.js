'use strict';
// The Nu Html Checker (vnu.jar from npm, run by the machine's own Java) over every page of the
// built site and its style sheets: zero errors. Warnings are printed, not failed.

const {test} = require('node:test');
const assert = require('node:assert/strict');
const {execFileSync} = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const {PUBLIC_DIR, listPages} = require('../lib/site');

const VNU_JAR = require.resolve('vnu-jar/build/dist/vnu.jar');

function pageFile(urlPath) {
  return path.join(PUBLIC_DIR, urlPath.endsWith('/') ? urlPath + 'index.html' : urlPath);
}

function styleSheets() {
  const dir = path.join(PUBLIC_DIR, 'assets', 'css');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.css')).map((f) => path.join(dir, f));
}

test('the Nu Html Checker finds no errors on any page or style sheet', () => {
  const files = listPages().map(pageFile).concat(styleSheets());
  assert.ok(files.length > 0, 'no pages found');
  let out;
  try {
    out = execFileSync('java', ['-Xss4m', '-jar', VNU_JAR, '--format', 'json', '--also-check-css',
      ...files], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20});
  } catch (e) {
    if (e.code === 'ENOENT') {
      assert.fail('Java is not installed: run scripts/setup.sh --browser ' +
        '(or apt-get install -y default-jre-headless)');
    }
    // vnu exits 1 when it finds errors; its report is on stderr.
    out = e.stderr || e.stdout;
  }
  const report = JSON.parse(out || '{"messages": []}');
  const short = (url) => url.replace('file:' + PUBLIC_DIR, '');
  const line = (m) => `${short(m.url)}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}: ${m.message}`;
  const errors = report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
  const warnings = report.messages.filter((m) => m.type === 'info' && m.subType === 'warning');
  for (const w of warnings) console.log(`vnu warning: ${line(w)}`);
  console.log(`vnu: ${files.length} files checked, ${errors.length} error(s), ` +
    `${warnings.length} warning(s)`);
  assert.deepEqual(errors.map(line), [], `${errors.length} HTML/CSS error(s)`);
});
