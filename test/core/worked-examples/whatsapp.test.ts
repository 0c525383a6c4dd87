import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../../src/core/estimate/engine.js';
import { loadProblemFile } from '../../../src/core/problem/load.js';
import { BOOK_CONVENTIONS, expectNear, RAW_BYTES, valueOf } from './published.js';

const whatsapp = loadProblemFile('problems/whatsapp.yaml');

describe('Grokking the System Design Interview, "Designing Facebook Messenger"', () => {
  // Inputs: 500 M daily users sending 40 messages a day, 100 bytes each, text only, 5 years of history,
  // 500 M connections at any time, 50 K connections per server. Conventions: 86,400 s a day, 365-day year.
  const report = runEstimate(whatsapp, {
    overrides: {
      ...RAW_BYTES,
      mau: '500M',
      daily_active_fraction: '100%',
      messages_per_user_per_day: '40',
      message_size: '100 B',
      media_fraction: '0',
      retention: '5 years',
      concurrent_fraction: '100%',
      connections_per_server: '50K',
    },
    conventions: BOOK_CONVENTIONS,
  });

  it('carries 20 B messages a day and stores 2 TB of them a day', () => {
    expect(valueOf(report, 'messages_per_day')).toBeCloseTo(20e9, -6);
    expect(valueOf(report, 'storage_per_day')).toBeCloseTo(2e12, -9);
  });

  it('keeps ~3.6 PB over 5 years', () => {
    expectNear(valueOf(report, 'storage_total'), 3.6e15, 0.015);
  });

  it('moves ~25 MB/s in and the same out (2 TB / 86,400 s is 23 MB/s; the book rounds up)', () => {
    expectNear(valueOf(report, 'ingress_bandwidth'), 25e6, 0.08);
    expect(valueOf(report, 'egress_bandwidth')).toBeCloseTo(valueOf(report, 'ingress_bandwidth'), 3);
  });

  it('needs 10 K chat servers for 500 M connections at 50 K each, and connections bind', () => {
    expect(valueOf(report, 'concurrent_connections')).toBeCloseTo(500e6, -3);
    expect(valueOf(report, 'chat_servers')).toBe(10_000);
    expect(valueOf(report, 'servers')).toBe(10_000);
  });
});

describe('Educative, Grokking Modern System Design Interview, "Design WhatsApp"', () => {
  // Inputs: 2 B users, 100 B messages a day, 100 bytes a message, 5% of messages carry 100 KB of media,
  // 10 M connections per server. Conventions: 86,400 s a day, decimal, bandwidth quoted in bits/s.
  const report = runEstimate(whatsapp, {
    overrides: {
      ...RAW_BYTES,
      mau: '2B',
      daily_active_fraction: '100%',
      messages_per_user_per_day: '50',
      message_size: '100 B',
      media_fraction: '5%',
      media_size: '100 KB',
      concurrent_fraction: '100%',
      connections_per_server: '10M',
    },
    conventions: { ...BOOK_CONVENTIONS, bandwidth: 'bits' },
  });

  it('stores 10 TB of text and 500 TB of media a day, 510 TB in all', () => {
    expect(valueOf(report, 'messages_per_day')).toBeCloseTo(100e9, -6);
    expect(valueOf(report, 'text_storage_per_day')).toBeCloseTo(10e12, -9);
    expect(valueOf(report, 'media_storage_per_day')).toBeCloseTo(500e12, -9);
    expect(valueOf(report, 'storage_per_day')).toBeCloseTo(510e12, -9);
  });

  it('takes in ~47.2 Gbit/s', () => {
    expectNear(valueOf(report, 'ingress_bandwidth') * 8, 47.2e9, 0.001);
  });

  it('needs 200 chat servers for 2 B connections at 10 M each', () => {
    expect(valueOf(report, 'chat_servers')).toBe(200);
  });
});

describe('whatsapp defaults', () => {
  const report = runEstimate(whatsapp);

  it('reproduce the seed figures: 2 B users and 100 B messages a day', () => {
    expect(valueOf(report, 'mau')).toBe(2e9);
    expect(valueOf(report, 'messages_per_day')).toBeCloseTo(100e9, -6);
  });

  it('let connections, not message rate, decide the server count', () => {
    expect(valueOf(report, 'chat_servers')).toBeGreaterThan(valueOf(report, 'router_servers'));
    expect(valueOf(report, 'servers')).toBe(valueOf(report, 'chat_servers'));
  });

  it('multiply deliveries, egress and queue load by group size', () => {
    const groups = runEstimate(whatsapp, { overrides: { recipients_per_message: '4' } });
    expect(valueOf(groups, 'read_qps')).toBeCloseTo(valueOf(report, 'read_qps') * 4, 3);
    expect(valueOf(groups, 'egress_bandwidth')).toBeCloseTo(valueOf(report, 'egress_bandwidth') * 4, 0);
    expect(valueOf(groups, 'queue_brokers')).toBeGreaterThan(valueOf(report, 'queue_brokers'));
  });
});
