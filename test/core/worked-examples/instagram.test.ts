import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../../src/core/estimate/engine.js';
import { loadProblemFile } from '../../../src/core/problem/load.js';
import { BOOK_CONVENTIONS, expectFigure, RAW_BYTES, valueOf } from './published.js';

const instagram = loadProblemFile('problems/instagram.yaml');

describe('Grokking the System Design Interview, "Designing Instagram"', () => {
  // The chapter's inputs: 500 M total users, 1 M daily active, 2 M new photos a day, 200 KB a photo,
  // 10 years. It counts one copy of the original photo only: no videos, resized versions, replicas or
  // overheads. Decimal units, 86,400 s a day, 365-day years.
  const source = 'Grokking, Instagram';
  const report = runEstimate(instagram, {
    overrides: {
      ...RAW_BYTES,
      mau: '500M',
      dau: '1M',
      photos_per_user_per_day: '2M / dau',
      videos_per_user_per_day: '0',
      photo_size: '200 KB',
      resized_copies_fraction: '0',
      retention: '10 years',
    },
    conventions: BOOK_CONVENTIONS,
  });

  it('has 1 M daily users posting 2 M photos a day, about 23 a second', () => {
    expect(valueOf(report, 'dau')).toBe(1e6);
    expectFigure(source, 'photos a day', valueOf(report, 'photos_per_day'), 2e6);
    expectFigure(source, 'photos a second', valueOf(report, 'photo_uploads_per_second'), 23);
  });

  it('stores 2 M x 200 KB = 400 GB of photos a day', () => {
    expectFigure(source, 'photos a day, stored', valueOf(report, 'photo_storage_per_day'), 400e9);
    // The 284-byte post rows add about 0.6 GB a day, inside the book's rounding.
    expectFigure(source, 'storage a day', valueOf(report, 'storage_per_day'), 400e9);
  });

  it('needs about 1425 TB over 10 years', () => {
    // 400 GB x 3,650 days is 1,460 TB in decimal units; the book's 1425 TB divides by 1,024 in that last step
    // only. Both are shown so the 2.5 % gap is explained rather than hidden.
    const total = valueOf(report, 'storage_total');
    expect(total / 1.46e15).toBeCloseTo(1, 2);
    expectFigure(source, 'storage over 10 years', total, 1425e12);
  });
});

describe('Educative, Grokking Modern System Design Interview, "Design Instagram"', () => {
  // Inputs: 500 M daily users sharing 95 M photos and videos a day, 60 M photos of 3 MB and 35 M videos
  // of 150 MB, counted as stored once with no metadata; bandwidth quoted in bits per second.
  // (The course page's public excerpt gives the 95 M a day; the split and sizes are the course's worked
  // figures as the issue quotes them.)
  const source = 'Educative, Instagram';
  const report = runEstimate(instagram, {
    overrides: {
      ...RAW_BYTES,
      dau: '500M',
      photos_per_user_per_day: '60M / dau',
      videos_per_user_per_day: '35M / dau',
      photo_size: '3 MB',
      video_size: '150 MB',
      resized_copies_fraction: '0',
      photo_metadata_size: '0',
    },
    conventions: { ...BOOK_CONVENTIONS, bandwidth: 'bits' },
  });

  it('stores 180 TB of photos and 5.25 PB of videos a day, 5.43 PB in all', () => {
    expectFigure(source, 'photos a day', valueOf(report, 'photo_storage_per_day'), 180e12);
    expectFigure(source, 'videos a day', valueOf(report, 'video_storage_per_day'), 5.25e15);
    expectFigure(source, 'storage a day', valueOf(report, 'storage_per_day'), 5.43e15);
  });

  it('takes in 5.43 PB / 86,400 s, about 502.8 Gbit/s', () => {
    expectFigure(source, 'ingress in bit/s', valueOf(report, 'ingress_bandwidth') * 8, 502.8e9);
    expect(report.get('ingress_bandwidth')!.display).toBe('503 Gbit/s');
  });
});

describe('instagram defaults (HLD Guide: push under 10 K followers, 500 ids per feed, feed under 200 ms)', () => {
  const report = runEstimate(instagram);

  it('keeps 500 eight-byte ids per daily user in the feed cache', () => {
    expect(valueOf(report, 'feed_cache_memory')).toBeCloseTo(valueOf(report, 'dau') * 500 * 8, -3);
  });

  it('fans each post, photo or video, out to the average follower count, for the pushed share only', () => {
    const pushed = valueOf(report, 'post_uploads_per_second') * 0.99 * 200;
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

  it('counts photos and videos once in object storage and post rows once per database copy', () => {
    expect(valueOf(report, 'storage_per_day')).toBeCloseTo(valueOf(report, 'media_storage_per_day') + valueOf(report, 'metadata_storage_per_day'), 0);
    const single = runEstimate(instagram, { overrides: { replication_factor: '1' } });
    expect(valueOf(single, 'media_storage_per_day')).toBe(valueOf(report, 'media_storage_per_day'));
    expect(valueOf(report, 'metadata_storage_per_day')).toBeCloseTo(valueOf(single, 'metadata_storage_per_day') * 3, 0);
  });

  it('carries videos into storage, ingress and CDN egress', () => {
    const photosOnly = runEstimate(instagram, { overrides: { videos_per_user_per_day: '0' } });
    for (const key of ['storage_per_day', 'ingress_bandwidth', 'egress_bandwidth', 'cost_egress']) {
      expect(valueOf(report, key), key).toBeGreaterThan(valueOf(photosOnly, key));
    }
  });
});
