import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../../src/core/estimate/engine.js';
import { loadProblemFile } from '../../../src/core/problem/load.js';
import { BOOK_CONVENTIONS, valueOf } from './published.js';

const netflix = loadProblemFile('problems/netflix.yaml');

describe('Alex Xu, System Design Interview vol. 1, chapter 14 "Design YouTube"', () => {
  // The chapter's inputs: 5 M daily active users who watch 5 videos a day; 10 % of them upload one video a
  // day; an average video is 300 MB; CDN at $0.02 per GB. It ignores replication, metadata and encoding.
  // A 300 MB video is modelled here as 5 minutes of one 8 Mbps rendition (8 Mbps x 300 s = 300 MB), both
  // for what is stored and for what a view delivers. Decimal units, 86,400 s a day.
  const report = runEstimate(netflix, {
    overrides: {
      mau: '5M',
      daily_active_fraction: '100%',
      views_per_user_per_day: '5',
      view_duration: '5 minute',
      new_titles_per_day: '500K',
      title_duration: '5 minute',
      bitrate_4k: '0',
      bitrate_1080p: '8 Mbps',
      bitrate_720p: '0',
      bitrate_480p: '0',
      bitrate_360p: '0',
      share_4k: '0',
      share_1080p: '100%',
      share_720p: '0',
      share_480p: '0',
      share_360p: '0',
      codec_variants: '1',
      replication_factor: '1',
      metadata_overhead: '0',
      price_cdn_at_scale: '0.02 USD/GB',
    },
    conventions: BOOK_CONVENTIONS,
  });

  it('stores 300 MB per video', () => {
    expect(valueOf(report, 'storage_per_title')).toBeCloseTo(300e6, -3);
    expect(valueOf(report, 'bytes_per_view')).toBeCloseTo(300e6, -3);
  });

  it('needs 5 M x 10 % x 300 MB = 150 TB of new storage a day', () => {
    // Viewing-history rows add about 6 GB, well inside the book's rounding.
    expect(valueOf(report, 'storage_per_day') / 150e12).toBeCloseTo(1, 3);
  });

  it('pays 5 M x 5 videos x 0.3 GB x $0.02 = $150,000 a day for the CDN', () => {
    expect(valueOf(report, 'cdn_cost_per_day')).toBeCloseTo(150_000, -1);
  });
});

describe('Grokking the System Design Interview, "Designing YouTube or Netflix"', () => {
  // The chapter's inputs: 800 M daily active users watching 5 videos a day; 500 hours of video uploaded
  // every minute; one minute of video needs 50 MB. Modelled as 720 K one-hour titles a day (500 h x 60 x 24)
  // stored once at 50 MB a minute, with one API read per view. Decimal units, 86,400 s a day.
  const report = runEstimate(netflix, {
    overrides: {
      mau: '800M',
      daily_active_fraction: '100%',
      views_per_user_per_day: '5',
      api_requests_per_view: '1',
      new_titles_per_day: '500 * 60 * 24',
      title_duration: '1 hour',
      bitrate_4k: '0',
      bitrate_1080p: '50 MB / minute',
      bitrate_720p: '0',
      bitrate_480p: '0',
      bitrate_360p: '0',
      codec_variants: '1',
      replication_factor: '1',
      metadata_overhead: '0',
    },
    conventions: BOOK_CONVENTIONS,
  });

  it('serves 800 M x 5 / 86,400 s, about 46 K video views a second', () => {
    expect(valueOf(report, 'read_qps') / 46e3).toBeCloseTo(1, 1);
  });

  it('stores 500 h x 60 min x 50 MB = 1500 GB of new video a minute (25 GB a second)', () => {
    // Viewing-history rows add about 1 TB a day to 2,160 TB, inside the book's rounding.
    const perSecond = valueOf(report, 'storage_per_day') / 86_400;
    expect(perSecond / 25e9).toBeCloseTo(1, 2);
  });
});

describe('netflix defaults (seed 002: ladder 25/8/5/2.5/1 Mbps, 10 s segments)', () => {
  const report = runEstimate(netflix);

  it('stores one hour of the seed ladder in two codecs as 2 x 41.5 Mbps x 3,600 s', () => {
    expect(valueOf(report, 'ladder_bitrate_sum')).toBeCloseTo(41.5e6, 0);
    expect(valueOf(report, 'storage_per_title')).toBeCloseTo((2 * 41.5e6 * 3600) / 8, -3);
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
