import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../../src/core/estimate/engine.js';
import { loadProblemFile } from '../../../src/core/problem/load.js';
import { BOOK_CONVENTIONS, RAW_BYTES, valueOf } from './published.js';

const instagram = loadProblemFile('problems/instagram.yaml');

describe('Grokking the System Design Interview, "Designing Instagram"', () => {
  // The chapter's inputs: 500 M total users, 1 M daily active, 2 M new photos a day, 200 KB a photo,
  // 10 years. It counts one copy of the original photo only: no resized versions, replicas or overheads.
  // Decimal units, 86,400 s a day, 365-day years.
  const report = runEstimate(instagram, {
    overrides: {
      ...RAW_BYTES,
      mau: '500M',
      daily_active_fraction: '1M / mau',
      photos_per_user_per_day: '2',
      photo_size: '200 KB',
      resized_copies_fraction: '0',
      retention: '10 years',
    },
    conventions: BOOK_CONVENTIONS,
  });

  it('has 1 M daily users posting 2 M photos a day, about 23 a second', () => {
    expect(valueOf(report, 'dau')).toBeCloseTo(1e6, -3);
    expect(valueOf(report, 'photos_per_day')).toBeCloseTo(2e6, -3);
    expect(Math.round(valueOf(report, 'photo_uploads_per_second'))).toBe(23);
  });

  it('stores 2 M x 200 KB = 400 GB of photos a day', () => {
    expect(valueOf(report, 'photo_storage_per_day')).toBeCloseTo(400e9, -6);
    // The 284-byte post rows add about 0.6 GB a day, inside the book's rounding.
    expect(valueOf(report, 'storage_per_day') / 400e9).toBeCloseTo(1, 2);
  });

  it('needs about 1425 TB over 10 years', () => {
    // 400 GB x 3,650 days is 1,460 TB in decimal units; the book's 1425 TB divides by 1,024 in that last step
    // only. Both are shown so the 2.5 % gap is explained rather than hidden.
    const total = valueOf(report, 'storage_total');
    expect(total / 1.46e15).toBeCloseTo(1, 2);
    expect(Math.abs(total / 1425e12 - 1)).toBeLessThan(0.03);
  });
});

describe('instagram defaults (seed 002: push under 10 K followers, 500 ids per feed, feed under 200 ms)', () => {
  const report = runEstimate(instagram);

  it('keeps 500 eight-byte ids per daily user in the feed cache', () => {
    expect(valueOf(report, 'feed_cache_memory')).toBeCloseTo(valueOf(report, 'dau') * 500 * 8, -3);
  });

  it('fans each post out to the average follower count, for the pushed share only', () => {
    const pushed = valueOf(report, 'photo_uploads_per_second') * 0.99 * 200;
    expect(valueOf(report, 'fanout_writes_per_second')).toBeCloseTo(pushed, 3);
    expect(valueOf(report, 'largest_push_fanout')).toBe(10_000);
  });

  it('turns off fan-out cost entirely when every post is pulled', () => {
    const pull = runEstimate(instagram, { overrides: { push_fanout_fraction: '0' } });
    expect(valueOf(pull, 'fanout_writes_per_second')).toBe(0);
    expect(valueOf(pull, 'fanout_workers')).toBe(0);
  });

  it('holds peak feed loads x 200 ms requests in flight', () => {
    expect(valueOf(report, 'feed_requests_in_flight')).toBeCloseTo(valueOf(report, 'peak_read_qps') * 0.2, 3);
  });

  it('is read-heavy: feed loads outnumber photo uploads by far', () => {
    expect(valueOf(report, 'read_qps') / valueOf(report, 'photo_uploads_per_second')).toBeGreaterThan(50);
  });
});
