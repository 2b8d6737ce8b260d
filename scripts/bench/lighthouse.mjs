// Lighthouse (mobile, default simulated throttling) on a list of URLs, N runs each, with
// one Chromium reused across runs (about 9 s per URL instead of 13-17 s for the CLI).
// Usage: node lighthouse.mjs <job.json>
//   job = {"pages": [{"label": "...", "url": "..."}], "runs": 3, "output": "out.json"}
// Runs are interleaved (every page once, then again) so machine drift hits all pages alike.
import fs from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const AUDITS = [
  'first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time',
  'cumulative-layout-shift', 'speed-index', 'total-byte-weight',
];
const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf-8'));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: FLAGS,
});
const results = [];
try {
  for (let run = 1; run <= job.runs; run++) {
    for (const page of job.pages) {
      const started = Date.now();
      const result = await lighthouse(page.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        formFactor: 'mobile',
        onlyCategories: CATEGORIES,
      });
      const lhr = result.lhr;
      const entry = {
        label: page.label,
        url: page.url,
        run,
        seconds: (Date.now() - started) / 1000,
        lighthouse: lhr.lighthouseVersion,
        userAgent: lhr.environment?.hostUserAgent,
        runtimeError: lhr.runtimeError?.message ?? null,
        runWarnings: lhr.runWarnings,
        scores: Object.fromEntries(
          CATEGORIES.map((id) => [id, lhr.categories[id]?.score == null
            ? null : Math.round(lhr.categories[id].score * 100)])),
        metrics: Object.fromEntries(
          AUDITS.map((id) => [id, lhr.audits[id]?.numericValue ?? null])),
        // Audits that cost points outside performance: what to fix when a score is < 100.
        failed: Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
          .map((a) => a.id),
      };
      results.push(entry);
      console.error(`  lighthouse run ${run}/${job.runs} ${page.label}: ` +
        CATEGORIES.map((c) => entry.scores[c]).join('/') + ` (${entry.seconds.toFixed(1)} s)`);
    }
  }
} finally {
  await chrome.kill();
}
fs.writeFileSync(job.output, JSON.stringify(results, null, 2));
