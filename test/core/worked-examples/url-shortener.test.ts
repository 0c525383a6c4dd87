import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../../src/core/estimate/engine.js';
import { loadProblemFile } from '../../../src/core/problem/load.js';
import { BOOK_CONVENTIONS, expectFigure, expectNear, PRIMER_CONVENTIONS, RAW_BYTES, valueOf } from './published.js';

const shortener = loadProblemFile('problems/url-shortener.yaml');

/** The published examples also leave out the peak. */
const RAW_AVERAGE = { ...RAW_BYTES, peak_factor: '1' };

describe('Grokking the System Design Interview, "Designing a URL Shortening Service like TinyURL"', () => {
  // Inputs: 500 M new URLs a month, 100:1 reads, 500 bytes an object, 5 years, cache 20% of a day's
  // requests, base64 keys. Conventions: 86,400 s a day, 30-day month, 5 years = 5 x 12 months, decimal.
  const source = 'Grokking, URL shortener';
  const report = runEstimate(shortener, {
    overrides: {
      ...RAW_AVERAGE,
      new_urls_per_month: '500M',
      read_write_ratio: '100',
      url_record_size: '500 bytes',
      retention: '5 years',
      cache_hot_fraction: '20%',
      code_alphabet_size: '64',
    },
    conventions: { ...BOOK_CONVENTIONS, year: '12mo' },
  });

  it('creates 500 M / (30 x 86,400 s) URLs/s and 100 times as many redirects', () => {
    // The chapter writes this as "~200 URLs/s" and "20K/s": its own rounding of 192.9, 3.6% up.
    expect(valueOf(report, 'write_qps')).toBeCloseTo(500e6 / (30 * 86_400), 6);
    expect(valueOf(report, 'read_qps')).toBeCloseTo((100 * 500e6) / (30 * 86_400), 3);
    expectNear(valueOf(report, 'write_qps'), 200, 0.04);
  });

  it('stores 30 billion objects, 15 TB over 5 years', () => {
    expectFigure(source, 'objects in 5 years', valueOf(report, 'url_records_total'), 30e9);
    expectFigure(source, 'storage over 5 years', valueOf(report, 'storage_total'), 15e12);
  });

  it('sees ~1.7 B redirects a day and caches 20% of them in ~170 GB', () => {
    expectFigure(source, 'redirects a day', valueOf(report, 'redirects_per_day'), 1.7e9);
    expectFigure(source, 'cache memory', valueOf(report, 'cache_memory'), 170e9);
  });

  it('needs 6 base64 characters, ~68.7 B keys, a ~412 GB key store', () => {
    expect(valueOf(report, 'short_code_length')).toBe(6);
    expectFigure(source, 'keys of 6 base64 characters', valueOf(report, 'keyspace_size'), 68.7e9);
    expectFigure(source, 'key store', valueOf(report, 'key_store_size'), 412e9);
  });
});

describe('Alex Xu, System Design Interview vol. 1, chapter 8 "Design a URL Shortener"', () => {
  // Inputs: 100 M URLs a day, 10:1 reads, 10 years, 100-byte URLs, base62.
  // Conventions: 86,400 s a day, 365-day year, decimal.
  const source = 'Alex Xu vol. 1 ch. 8';
  const report = runEstimate(shortener, {
    overrides: {
      ...RAW_AVERAGE,
      new_urls_per_month: '100M per day',
      read_write_ratio: '10',
      url_record_size: '100 bytes',
      retention: '10 years',
      code_alphabet_size: '62',
    },
    conventions: BOOK_CONVENTIONS,
  });

  it('writes ~1,160 and reads ~11,600 URLs a second', () => {
    expectFigure(source, 'write QPS', valueOf(report, 'write_qps'), 1_160);
    expectFigure(source, 'read QPS', valueOf(report, 'read_qps'), 11_600);
  });

  it('keeps 365 billion records, 36.5 TB over 10 years', () => {
    expectFigure(source, 'records in 10 years', valueOf(report, 'url_records_total'), 365e9);
    expectFigure(source, 'storage over 10 years', valueOf(report, 'storage_total'), 36.5e12);
  });

  it('needs a 7-character base62 code (62^7 ~ 3.5 trillion)', () => {
    expect(valueOf(report, 'short_code_length')).toBe(7);
    expectFigure(source, 'keys of 7 base62 characters', valueOf(report, 'keyspace_size'), 3.5e12);
  });
});

describe('system-design-primer, "Design Pastebin.com (or Bit.ly)"', () => {
  // Inputs: 10 M paste writes a month, 10:1 reads, 1.27 KB a paste, 3 years. The primer converts with
  // 2.5 M seconds a month (its "handy conversion guide") and counts 3 years as 36 months.
  const source = 'system-design-primer, Pastebin';
  const report = runEstimate(shortener, {
    overrides: {
      ...RAW_AVERAGE,
      new_urls_per_month: '10M',
      read_write_ratio: '10',
      url_record_size: '1.27 KB',
      retention: '3 years',
    },
    conventions: PRIMER_CONVENTIONS,
  });

  it('has 4 paste writes and 40 reads a second', () => {
    expectFigure(source, 'writes a second', valueOf(report, 'write_qps'), 4);
    expectFigure(source, 'reads a second', valueOf(report, 'read_qps'), 40);
  });

  it('adds 12.7 GB of paste content a month, ~450 GB and 360 M links in 3 years', () => {
    expectFigure(source, 'new content a month', valueOf(report, 'storage_per_month'), 12.7e9);
    expectFigure(source, 'content in 3 years', valueOf(report, 'storage_total'), 450e9);
    expectFigure(source, 'links in 3 years', valueOf(report, 'url_records_total'), 360e6);
  });
});

describe('karanpratapsingh/system-design, "URL Shortener"', () => {
  // Inputs: 100 M links a month, 100:1 reads, 500 bytes a record, 10 years = 10 x 12 months.
  // Conventions: 30 days x 24 h x 3,600 s a month.
  const source = 'karanpratapsingh, URL Shortener';
  const report = runEstimate(shortener, {
    overrides: { ...RAW_AVERAGE, new_urls_per_month: '100 million', read_write_ratio: '100', url_record_size: '500 bytes', retention: '10 years' },
    conventions: { ...BOOK_CONVENTIONS, year: '12mo' },
  });

  it('stores 12 billion records, 6 TB over 10 years', () => {
    expectFigure(source, 'records in 10 years', valueOf(report, 'url_records_total'), 12e9);
    expectFigure(source, 'storage over 10 years', valueOf(report, 'storage_total'), 6e12);
  });

  it('computes 100 M / (30 x 24 x 3,600 s) links a second, which the article rounds to ~40 (3.5% up)', () => {
    expect(valueOf(report, 'write_qps')).toBeCloseTo(100e6 / (30 * 24 * 3600), 6);
    expect(valueOf(report, 'egress_bandwidth')).toBeCloseTo(((100 * 100e6) / (30 * 24 * 3600)) * 500, 0);
  });
});

describe('url-shortener defaults', () => {
  const report = runEstimate(shortener);

  it('adds metadata, index and replication on top of raw bytes, once', () => {
    const raw = valueOf(report, 'write_qps') * 86_400 * 500;
    expect(valueOf(report, 'storage_per_day')).toBeCloseTo(raw * 1.4 * 3, -3);
  });

  it('rejects a keyspace headroom below 1 and lengthens codes above it', () => {
    const sparse = runEstimate(shortener, { overrides: { keyspace_headroom: '100' } });
    expect(valueOf(sparse, 'short_code_length')).toBeGreaterThan(valueOf(report, 'short_code_length'));
    expect(() => runEstimate(shortener, { overrides: { keyspace_headroom: '0.5' } })).toThrow();
  });

  it('prices the cache per node: shards to hold the hot set, each with its replica', () => {
    const shards = Math.ceil(valueOf(report, 'cache_memory') / 10e9);
    expect(valueOf(report, 'cache_nodes')).toBe(shards * 2);
    expect(valueOf(report, 'cost_cache')).toBeCloseTo(shards * 2 * 0.219 * 720, 6);
    // Far from the serverless rate the issue found ($90 per GB-month, $15 K of $23.5 K).
    expect(valueOf(report, 'cost_cache') / report.total.value).toBeLessThan(0.5);
  });
});
