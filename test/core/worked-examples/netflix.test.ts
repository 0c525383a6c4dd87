import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../../src/core/estimate/engine.js';
import { loadProblemFile } from '../../../src/core/problem/load.js';
import { BOOK_CONVENTIONS, expectFigure, RAW_BYTES, valueOf } from './published.js';

const netflix = loadProblemFile('problems/netflix.yaml');

describe('Alex Xu, System Design Interview vol. 1, chapter 14 "Design YouTube"', () => {
  // The chapter's inputs: 5 M daily active users who watch 5 videos a day; 10 % of them upload one video a
  // day; an average video is 300 MB; CDN at $0.02 per GB. It ignores replication, metadata, encoding and
  // viewing history. Decimal units, 86,400 s a day.
  const source = 'Alex Xu vol. 1 ch. 14';
  const report = runEstimate(netflix, {
    overrides: {
      ...RAW_BYTES,
      dau: '5 million',
      views_per_user_per_day: '5',
      new_titles_per_day: '10% * dau',
      video_size: '300 MB',
      bytes_per_view: '300 MB',
      view_record_size: '0',
      price_cdn_at_scale: '$0.02 per GB',
    },
    conventions: BOOK_CONVENTIONS,
  });

  it('needs 5 M x 10 % x 300 MB = 150 TB of new storage a day', () => {
    expectFigure(source, 'storage a day', valueOf(report, 'storage_per_day'), 150e12);
  });

  it('pays 5 M x 5 videos x 0.3 GB x $0.02 = $150,000 a day for the CDN', () => {
    expectFigure(source, 'CDN cost a day', valueOf(report, 'cdn_cost_per_day'), 150_000);
  });
});

describe('Grokking the System Design Interview, "Designing YouTube or Netflix"', () => {
  // The chapter's inputs: 800 M daily active users watching 5 videos a day; 500 hours of video uploaded
  // every minute; one minute of video needs 50 MB; one API read per view. Each minute of upload is
  // entered as one title of 50 MB. Decimal units, 86,400 s a day.
  const source = 'Grokking, YouTube';
  const report = runEstimate(netflix, {
    overrides: {
      ...RAW_BYTES,
      dau: '800M',
      views_per_user_per_day: '5',
      api_requests_per_view: '1',
      new_titles_per_day: '500 * 60 per minute',
      video_size: '50 MB',
      view_record_size: '0',
    },
    conventions: BOOK_CONVENTIONS,
  });

  it('serves 800 M x 5 / 86,400 s, about 46 K video views a second', () => {
    expectFigure(source, 'views a second', valueOf(report, 'read_qps'), 46e3);
  });

  it('stores 500 h x 60 min x 50 MB = 1500 GB of new video a minute (25 GB a second)', () => {
    expectFigure(source, 'new video a second', valueOf(report, 'storage_per_day') / 86_400, 25e9);
  });
});

describe('karanpratapsingh/system-design, "Netflix"', () => {
  // Inputs: 1 B users, 200 M daily, 5 videos watched each a day, 200:1 views to uploads (5 M uploads a
  // day), 100 MB a video, 10 years of 365 days. Conventions: 24 h x 3,600 s a day.
  const source = 'karanpratapsingh, Netflix';
  const report = runEstimate(netflix, {
    overrides: {
      ...RAW_BYTES,
      mau: '1 billion',
      dau: '200 million',
      views_per_user_per_day: '5',
      api_requests_per_view: '1',
      new_titles_per_day: '5 million',
      video_size: '100 MB',
      view_record_size: '0',
      heartbeat_size: '0',
      retention: '10 years',
    },
    conventions: BOOK_CONVENTIONS,
  });

  it('has 1 billion views a day, 1 B / (24 x 3,600 s) a second (the article rounds 11.6 K to ~12 K)', () => {
    expectFigure(source, 'views a day', valueOf(report, 'views_per_day'), 1e9);
    expect(valueOf(report, 'read_qps')).toBeCloseTo(1e9 / 86_400, 6);
  });

  it('stores 500 TB a day and 1,825 PB over 10 years', () => {
    expectFigure(source, 'storage a day', valueOf(report, 'storage_per_day'), 500e12);
    expectFigure(source, 'storage over 10 years', valueOf(report, 'storage_total'), 1825e15);
  });

  it('takes in ~5.8 GB/s', () => {
    expectFigure(source, 'ingress', valueOf(report, 'ingress_bandwidth'), 5.8e9);
  });
});

describe('netflix defaults (HLD Guide: ladder 25/8/5/2.5/1 Mbps, 10 s segments)', () => {
  const report = runEstimate(netflix);

  it('stores one hour of the ladder in two codecs as 2 x 41.5 Mbps x 3,600 s by default', () => {
    expect(valueOf(report, 'ladder_bitrate_sum')).toBeCloseTo(41.5e6, 0);
    expect(valueOf(report, 'video_size')).toBeCloseTo((2 * 41.5e6 * 3600) / 8, -3);
  });

  it('streams view time x the share-weighted bitrate per view by default, and a stated size wins', () => {
    expect(valueOf(report, 'bytes_per_view')).toBeCloseTo((45 * 60 * valueOf(report, 'average_bitrate')) / 8, -3);
    expect(valueOf(report, 'egress_bandwidth')).toBeCloseTo((valueOf(report, 'views_per_day') * valueOf(report, 'bytes_per_view')) / 86_400, -3);
    const stated = runEstimate(netflix, { overrides: { bytes_per_view: '1 GB', video_size: '5 GB' } });
    expect(valueOf(stated, 'egress_bandwidth')).toBeCloseTo((valueOf(stated, 'views_per_day') * 1e9) / 86_400, -3);
    expect(valueOf(stated, 'content_storage_per_day')).toBeCloseTo(20 * 5e9 * 1.1, -3);
    // The split by rendition still adds up to the stated total.
    const parts = ['egress_4k', 'egress_1080p', 'egress_720p', 'egress_480p', 'egress_360p'].map((k) => valueOf(stated, k));
    expect(parts.reduce((a, b) => a + b, 0) / valueOf(stated, 'egress_bandwidth')).toBeCloseTo(1, 9);
  });

  it('counts video in object storage once and viewing history once per database copy', () => {
    const single = runEstimate(netflix, { overrides: { replication_factor: '1' } });
    expect(valueOf(single, 'content_storage_per_day')).toBe(valueOf(report, 'content_storage_per_day'));
    expect(valueOf(report, 'viewing_history_per_day')).toBeCloseTo(valueOf(single, 'viewing_history_per_day') * 3, 0);
  });

  it('adds the per-rendition egress up to the total', () => {
    const parts = ['egress_4k', 'egress_1080p', 'egress_720p', 'egress_480p', 'egress_360p'].map((k) => valueOf(report, k));
    expect(parts.reduce((a, b) => a + b, 0) / valueOf(report, 'egress_bandwidth')).toBeCloseTo(1, 9);
  });

  it('normalises viewing shares that do not add up to 100 %, so no rendition goes negative', () => {
    const skewed = runEstimate(netflix, { overrides: { share_4k: '50%', share_1080p: '60%' } });
    for (const key of ['egress_4k', 'egress_1080p', 'egress_720p', 'egress_480p', 'egress_360p']) {
      expect(valueOf(skewed, key), key).toBeGreaterThan(0);
    }
    // Weights 0.5/0.6/0.25/0.15/0.05 over 25/8/5/2.5/1 Mbps, divided by their sum of 1.55.
    expect(valueOf(skewed, 'average_bitrate')).toBeCloseTo(((0.5 * 25 + 0.6 * 8 + 0.25 * 5 + 0.15 * 2.5 + 0.05) / 1.55) * 1e6, 0);
  });

  it('fetches one 10 s segment per stream every 10 s', () => {
    expect(valueOf(report, 'segment_requests_per_second')).toBeCloseTo(valueOf(report, 'concurrent_streams') / 10, 3);
  });

  it('makes CDN egress the dominant cost', () => {
    const egress = valueOf(report, 'cost_egress');
    expect(egress / report.total.value).toBeGreaterThan(0.9);
  });
});
