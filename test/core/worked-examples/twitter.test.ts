import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../../src/core/estimate/engine.js';
import { loadProblemFile } from '../../../src/core/problem/load.js';
import { BOOK_CONVENTIONS, expectNear, RAW_BYTES, valueOf } from './published.js';

const twitter = loadProblemFile('problems/twitter.yaml');

describe('Grokking the System Design Interview, "Designing Twitter"', () => {
  // Inputs: 1 B users, 200 M daily, 100 M tweets a day, 5 likes a day each, 2 home-timeline and 5 profile
  // visits a day of 20 tweets, 140 characters x 2 bytes + 30 bytes metadata, every fifth tweet a 200 KB
  // photo, every tenth a 2 MB video of which a third are played. Raw bytes: no overheads, one copy.
  // Conventions: 86,400 s a day, decimal.
  const inputs = {
    ...RAW_BYTES,
    mau: '1B',
    daily_active_fraction: '20%',
    tweets_per_user_per_day: '0.5',
    likes_per_user_per_day: '5',
    home_timeline_views_per_user_per_day: '2',
    profile_views_per_user_per_day: '5',
    tweets_per_page: '20',
    tweet_text_size: '280 B',
    tweet_metadata_size: '30 B',
    photo_fraction: '20%',
    photo_size: '200 KB',
    video_fraction: '10%',
    video_size: '2 MB',
    video_view_fraction: '1/3',
  };
  const report = runEstimate(twitter, { overrides: inputs, conventions: BOOK_CONVENTIONS });

  it('has 200 M daily users posting 100 M tweets and 1 B likes a day', () => {
    expect(valueOf(report, 'dau')).toBeCloseTo(200e6, -3);
    expect(valueOf(report, 'tweet_qps') * 86_400).toBeCloseTo(100e6, -3);
    expect(valueOf(report, 'like_qps') * 86_400).toBeCloseTo(1e9, -3);
  });

  it('shows 28 B tweets a day', () => {
    expect(valueOf(report, 'tweet_views_per_day')).toBeCloseTo(28e9, -6);
  });

  it('stores ~30 GB of tweet text and 24 TB of new media a day', () => {
    expectNear(valueOf(report, 'text_storage_per_day'), 30e9, 0.04);
    expect(valueOf(report, 'media_storage_per_day')).toBeCloseTo(24e12, -9);
  });

  it('sends out ~35 GB/s, of which photos are ~13 GB/s', () => {
    expectNear(valueOf(report, 'egress_bandwidth'), 35e9, 0.02);
    const photosOnly = runEstimate(twitter, { overrides: { ...inputs, video_fraction: '0' }, conventions: BOOK_CONVENTIONS });
    expectNear(valueOf(photosOnly, 'media_egress_bandwidth'), 13e9, 0.01);
  });
});

describe('Alex Xu, System Design Interview vol. 1, chapter 2 — "Estimate Twitter QPS and storage requirements"', () => {
  // Inputs: 300 M monthly users, 50% daily, 2 tweets a day, 10% of tweets carry 1 MB of media,
  // tweet_id 64 bytes + text 140 bytes, 5 years, peak = 2 x average. Conventions: 86,400 s a day, 365-day year.
  const report = runEstimate(twitter, {
    overrides: {
      ...RAW_BYTES,
      mau: '300M',
      daily_active_fraction: '50%',
      tweets_per_user_per_day: '2',
      likes_per_user_per_day: '0',
      photo_fraction: '10%',
      photo_size: '1 MB',
      video_fraction: '0',
      tweet_text_size: '140 B',
      tweet_metadata_size: '64 B',
      retention: '5 years',
      peak_factor: '2',
    },
    conventions: BOOK_CONVENTIONS,
  });

  it('has 150 M daily users, ~3,500 tweets/s and ~7,000 at peak', () => {
    expect(valueOf(report, 'dau')).toBeCloseTo(150e6, -3);
    expectNear(valueOf(report, 'tweet_qps'), 3_500, 0.01);
    expectNear(valueOf(report, 'peak_tweet_qps'), 7_000, 0.01);
    expect(valueOf(report, 'peak_write_qps')).toBeCloseTo(valueOf(report, 'peak_tweet_qps'), 6);
  });

  it('stores 30 TB of media a day and ~55 PB over 5 years', () => {
    expect(valueOf(report, 'media_storage_per_day')).toBeCloseTo(30e12, -9);
    expectNear(valueOf(report, 'storage_total'), 55e15, 0.01);
  });
});

describe('twitter defaults', () => {
  const report = runEstimate(twitter);

  it('pushes each ordinary tweet into every follower timeline: tweets/s x followers x push share', () => {
    expect(valueOf(report, 'fanout_deliveries_per_second')).toBeCloseTo(
      valueOf(report, 'tweet_qps') * 200 * 0.8,
      3,
    );
    expect(valueOf(report, 'fanout_workers')).toBeGreaterThan(0);
  });

  it('sizes the timeline cache as users x entries x entry size (1 B x 500 x 20 B = 10 TB)', () => {
    expect(valueOf(report, 'timeline_cache_memory')).toBeCloseTo(10e12, -9);
  });

  it('pure pull makes fan-out on write vanish and leaves the API tier unchanged', () => {
    const pull = runEstimate(twitter, { overrides: { push_fanout_fraction: '0' } });
    expect(valueOf(pull, 'fanout_deliveries_per_second')).toBe(0);
    expect(valueOf(pull, 'api_servers')).toBe(valueOf(report, 'api_servers'));
  });
});
