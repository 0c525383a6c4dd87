import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../../src/core/estimate/engine.js';
import { loadProblemFile } from '../../../src/core/problem/load.js';
import { BOOK_CONVENTIONS, expectNear, RAW_BYTES, valueOf } from './published.js';

const shortener = loadProblemFile('problems/url-shortener.yaml');

/** Both published examples also leave out the peak. */
const RAW_AVERAGE = { ...RAW_BYTES, peak_factor: '1' };

describe('Grokking the System Design Interview, "Designing a URL Shortening Service like TinyURL"', () => {
  // Inputs: 500 M new URLs a month, 100:1 reads, 500 bytes an object, 5 years, cache 20% of a day's
  // requests, base64 keys. Conventions: 86,400 s a day, 30-day month, 5 years = 5 x 12 months, decimal.
  const report = runEstimate(shortener, {
    overrides: {
      ...RAW_AVERAGE,
      new_urls_per_month: '500M',
      read_write_ratio: '100',
      url_record_size: '500 B',
      retention: '5 years',
      cache_hot_fraction: '20%',
      code_alphabet_size: '64',
    },
    conventions: { ...BOOK_CONVENTIONS, year: '12mo' },
  });

  it('creates ~200 URLs/s and serves ~20 K redirects/s', () => {
    expect(valueOf(report, 'write_qps')).toBeCloseTo(500e6 / (30 * 86_400), 3);
    expectNear(valueOf(report, 'write_qps'), 200, 0.04);
    expectNear(valueOf(report, 'read_qps'), 20_000, 0.04);
  });

  it('stores 30 billion objects, 15 TB over 5 years', () => {
    expect(valueOf(report, 'url_records_total')).toBeCloseTo(30e9, -6);
    expect(valueOf(report, 'storage_total')).toBeCloseTo(15e12, -9);
  });

  it('takes in ~100 KB/s and sends out ~10 MB/s', () => {
    expectNear(valueOf(report, 'ingress_bandwidth'), 100e3, 0.04);
    expectNear(valueOf(report, 'egress_bandwidth'), 10e6, 0.04);
  });

  it('sees ~1.7 B redirects a day and caches 20% of them in ~170 GB', () => {
    expectNear(valueOf(report, 'redirects_per_day'), 1.7e9, 0.02);
    expectNear(valueOf(report, 'cache_memory'), 170e9, 0.02);
  });

  it('needs 6 base64 characters, ~68.7 B keys, a ~412 GB key store', () => {
    expect(valueOf(report, 'short_code_length')).toBe(6);
    expectNear(valueOf(report, 'keyspace_size'), 68.7e9, 0.001);
    expectNear(valueOf(report, 'key_store_size'), 412e9, 0.001);
  });
});

describe('Alex Xu, System Design Interview vol. 1, chapter 8 "Design a URL Shortener"', () => {
  // Inputs: 100 M URLs a day, 10:1 reads, 10 years, 100-byte URLs, base62.
  // Conventions: 86,400 s a day, 365-day year, decimal.
  const report = runEstimate(shortener, {
    overrides: {
      ...RAW_AVERAGE,
      new_urls_per_month: '100M / day',
      read_write_ratio: '10',
      url_record_size: '100 B',
      retention: '10 years',
      code_alphabet_size: '62',
    },
    conventions: BOOK_CONVENTIONS,
  });

  it('writes ~1,160 and reads ~11,600 URLs a second', () => {
    expectNear(valueOf(report, 'write_qps'), 1_160, 0.003);
    expectNear(valueOf(report, 'read_qps'), 11_600, 0.003);
  });

  it('keeps 365 billion records, 36.5 TB over 10 years', () => {
    expect(valueOf(report, 'url_records_total')).toBeCloseTo(365e9, -6);
    expect(valueOf(report, 'storage_total')).toBeCloseTo(36.5e12, -9);
  });

  it('needs a 7-character base62 code (62^7 ~ 3.5 trillion)', () => {
    expect(valueOf(report, 'short_code_length')).toBe(7);
    expectNear(valueOf(report, 'keyspace_size'), 3.5e12, 0.01);
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
});
