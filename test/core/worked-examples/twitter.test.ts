import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../../src/core/estimate/engine.js';
import { loadProblemFile } from '../../../src/core/problem/load.js';
import { BOOK_CONVENTIONS, expectFigure, PRIMER_CONVENTIONS, RAW_BYTES, valueOf } from './published.js';

const twitter = loadProblemFile('problems/twitter.yaml');

describe('Grokking the System Design Interview, "Designing Twitter"', () => {
  // Inputs: 1 B users, 200 M daily, 100 M tweets a day, 5 likes a day each, 2 home-timeline and 5 profile
  // visits a day of 20 tweets, 140 characters x 2 bytes + 30 bytes metadata, every fifth tweet a 200 KB
  // photo, every tenth a 2 MB video of which a third are played. Raw bytes: no overheads, one copy.
  // Conventions: 86,400 s a day, decimal.
  const source = 'Grokking, Twitter';
  const inputs = {
    ...RAW_BYTES,
    mau: '1B',
    dau: '200M',
    tweets_per_user_per_day: '100M / dau',
    likes_per_user_per_day: '5',
    home_timeline_views_per_user_per_day: '2',
    profile_views_per_user_per_day: '5',
    tweets_per_page: '20',
    tweet_text_size: '140 * 2 bytes',
    tweet_metadata_size: '30 bytes',
    photo_fraction: '1/5',
    photo_size: '200 KB',
    video_fraction: '1/10',
    video_size: '2 MB',
    video_view_fraction: '1/3',
  };
  const report = runEstimate(twitter, { overrides: inputs, conventions: BOOK_CONVENTIONS });

  it('has 200 M daily users posting 100 M tweets and 1 B likes a day', () => {
    expect(valueOf(report, 'dau')).toBe(200e6);
    expectFigure(source, 'tweets a day', valueOf(report, 'tweet_qps') * 86_400, 100e6);
    expectFigure(source, 'likes a day', valueOf(report, 'like_qps') * 86_400, 1e9);
  });

  it('shows 28 B tweets a day', () => {
    expectFigure(source, 'tweet views a day', valueOf(report, 'tweet_views_per_day'), 28e9);
  });

  it('stores ~30 GB of tweet text and 24 TB of new media a day', () => {
    expectFigure(source, 'tweet text a day', valueOf(report, 'text_storage_per_day'), 30e9, 0.04);
    expectFigure(source, 'new media a day', valueOf(report, 'media_storage_per_day'), 24e12);
  });

  it('sends out ~35 GB/s, of which photos are ~13 GB/s', () => {
    expectFigure(source, 'egress', valueOf(report, 'egress_bandwidth'), 35e9);
    const photosOnly = runEstimate(twitter, { overrides: { ...inputs, video_fraction: '0' }, conventions: BOOK_CONVENTIONS });
    expectFigure(source, 'photo egress', valueOf(photosOnly, 'media_egress_bandwidth'), 13e9);
  });
});

describe('Alex Xu, System Design Interview vol. 1, chapter 2 — "Estimate Twitter QPS and storage requirements"', () => {
  // Inputs: 300 M monthly users, 50% daily, 2 tweets a day, 10% of tweets carry 1 MB of media,
  // tweet_id 64 bytes + text 140 bytes, 5 years, peak = 2 x average. Conventions: 86,400 s a day, 365-day year.
  const source = 'Alex Xu vol. 1 ch. 2';
  const report = runEstimate(twitter, {
    overrides: {
      ...RAW_BYTES,
      mau: '300 million',
      daily_active_fraction: '50%',
      tweets_per_user_per_day: '2',
      likes_per_user_per_day: '0',
      photo_fraction: '10%',
      photo_size: '1 MB',
      video_fraction: '0',
      tweet_text_size: '140 bytes',
      tweet_metadata_size: '64 bytes',
      retention: '5 years',
      peak_factor: '2',
    },
    conventions: BOOK_CONVENTIONS,
  });

  it('has 150 M daily users, ~3,500 tweets/s and ~7,000 at peak', () => {
    expectFigure(source, 'DAU', valueOf(report, 'dau'), 150e6);
    expectFigure(source, 'tweet QPS', valueOf(report, 'tweet_qps'), 3_500);
    expectFigure(source, 'peak tweet QPS', valueOf(report, 'peak_tweet_qps'), 7_000);
    expect(valueOf(report, 'peak_write_qps')).toBeCloseTo(valueOf(report, 'peak_tweet_qps'), 6);
  });

  it('stores 30 TB of media a day and ~55 PB over 5 years', () => {
    expectFigure(source, 'media a day', valueOf(report, 'media_storage_per_day'), 30e12);
    expectFigure(source, 'storage over 5 years', valueOf(report, 'storage_total'), 55e15);
  });
});

describe('system-design-primer, "Design the Twitter timeline and search"', () => {
  // Inputs: 100 M active users, 15 B tweets a month, each fanned out to 10 followers, 250 B read requests
  // a month; a tweet is tweet_id 8 B + user_id 32 B + 140 B of text + 10 KB of media on average; 3 years.
  // Conventions: the primer's 2.5 M seconds a month, 3 years = 36 months.
  const source = 'system-design-primer, Twitter';
  const report = runEstimate(twitter, {
    overrides: {
      ...RAW_BYTES,
      dau: '100 million',
      tweets_per_user_per_day: '15 billion per month / dau',
      home_timeline_views_per_user_per_day: '250 billion per month / dau',
      profile_views_per_user_per_day: '0',
      likes_per_user_per_day: '0',
      followers_per_user: '10',
      push_fanout_fraction: '100%',
      tweet_metadata_size: '8 bytes + 32 bytes',
      tweet_text_size: '140 bytes',
      photo_fraction: '100%',
      photo_size: '10 KB',
      video_fraction: '0',
      retention: '3 years',
    },
    conventions: PRIMER_CONVENTIONS,
  });

  it('has 6,000 tweets, 60 thousand fan-out deliveries and 100 thousand reads a second', () => {
    expectFigure(source, 'tweets a second', valueOf(report, 'tweet_qps'), 6_000);
    expectFigure(source, 'fan-out deliveries a second', valueOf(report, 'fanout_deliveries_per_second'), 60_000);
    expectFigure(source, 'read requests a second', valueOf(report, 'read_qps'), 100_000);
  });

  it('adds ~150 TB of tweet content a month, 5.4 PB in 3 years', () => {
    expectFigure(source, 'new content a month', valueOf(report, 'storage_per_month'), 150e12);
    expectFigure(source, 'content in 3 years', valueOf(report, 'storage_total'), 5.4e15);
  });
});

describe('karanpratapsingh/system-design, "Twitter"', () => {
  // Inputs: 1 B users, 200 M daily, 5 tweets a day each, 100 bytes a tweet, 10% of tweets carry a 50 KB
  // media file, 10 years of 365 days. Conventions: 24 h x 3,600 s a day.
  const source = 'karanpratapsingh, Twitter';
  const report = runEstimate(twitter, {
    overrides: {
      ...RAW_BYTES,
      mau: '1 billion',
      dau: '200 million',
      tweets_per_user_per_day: '5',
      likes_per_user_per_day: '0',
      tweet_text_size: '100 bytes',
      tweet_metadata_size: '0',
      photo_fraction: '10%',
      photo_size: '50 KB',
      video_fraction: '0',
      retention: '10 years',
    },
    conventions: BOOK_CONVENTIONS,
  });

  it('has 1 billion tweets a day, 1 B / (24 x 3,600 s) a second (the article rounds 11.6 K to ~12 K)', () => {
    expectFigure(source, 'tweets a day', valueOf(report, 'tweet_qps') * 86_400, 1e9);
    expect(valueOf(report, 'tweet_qps')).toBeCloseTo(1e9 / 86_400, 6);
  });

  it('stores ~5.1 TB a day (100 GB of text, 5 TB of media) and ~19 PB over 10 years', () => {
    expectFigure(source, 'text a day', valueOf(report, 'text_storage_per_day'), 100e9);
    expectFigure(source, 'media a day', valueOf(report, 'media_storage_per_day'), 5e12);
    expectFigure(source, 'storage a day', valueOf(report, 'storage_per_day'), 5.1e12);
    expectFigure(source, 'storage over 10 years', valueOf(report, 'storage_total'), 19e15);
  });

  it('takes in ~60 MB/s', () => {
    expectFigure(source, 'ingress', valueOf(report, 'ingress_bandwidth'), 60e6);
  });
});

describe('twitter defaults', () => {
  const report = runEstimate(twitter);

  it('pushes each ordinary tweet into every follower timeline: tweets/s x followers x push share', () => {
    expect(valueOf(report, 'fanout_deliveries_per_second')).toBeCloseTo(valueOf(report, 'tweet_qps') * 200 * 0.8, 3);
    expect(valueOf(report, 'fanout_workers')).toBeGreaterThan(0);
  });

  it('sizes the timeline cache as users x entries x entry size (1 B x 500 x 20 B = 10 TB)', () => {
    expect(valueOf(report, 'timeline_cache_memory')).toBeCloseTo(10e12, -9);
  });

  it('takes `dau` for the cached timelines, as its help says', () => {
    const lean = runEstimate(twitter, { overrides: { timeline_cached_users: 'dau' } });
    expect(valueOf(lean, 'timeline_cache_memory')).toBeCloseTo(valueOf(report, 'dau') * 500 * 20, -3);
    expect(twitter.assumptions.find((a) => a.key === 'timeline_cached_users')!.help).toContain('`dau`');
  });

  it('pure pull makes fan-out on write vanish and leaves the API tier unchanged', () => {
    const pull = runEstimate(twitter, { overrides: { push_fanout_fraction: '0' } });
    expect(valueOf(pull, 'fanout_deliveries_per_second')).toBe(0);
    expect(valueOf(pull, 'api_servers')).toBe(valueOf(report, 'api_servers'));
  });

  it('prices media in object storage once and tweet rows per copy', () => {
    const perMonth = (valueOf(report, 'text_storage_per_day') * 0.08e-9 + valueOf(report, 'media_storage_per_day') * 0.023e-9) * 365 * 5;
    expect(valueOf(report, 'cost_storage')).toBeCloseTo(perMonth, 0);
  });
});
