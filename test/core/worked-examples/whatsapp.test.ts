import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../../src/core/estimate/engine.js';
import { loadProblemFile } from '../../../src/core/problem/load.js';
import { BOOK_CONVENTIONS, expectFigure, expectNear, RAW_BYTES, valueOf } from './published.js';

const whatsapp = loadProblemFile('problems/whatsapp.yaml');

describe('Grokking the System Design Interview, "Designing Facebook Messenger"', () => {
  // Inputs: 500 M daily users sending 40 messages a day, 100 bytes each, text only, 5 years of history,
  // 500 M connections at any time, 50 K connections per server. Conventions: 86,400 s a day, 365-day year.
  const report = runEstimate(whatsapp, {
    overrides: {
      ...RAW_BYTES,
      dau: '500M',
      messages_per_user_per_day: '40',
      message_size: '100 bytes',
      media_fraction: '0',
      retention: '5 years',
      concurrent_fraction: '100%',
      connections_per_server: '50K',
    },
    conventions: BOOK_CONVENTIONS,
  });

  const source = 'Grokking, Messenger';

  it('carries 20 B messages a day and stores 2 TB of them a day', () => {
    expectFigure(source, 'messages a day', valueOf(report, 'messages_per_day'), 20e9);
    expectFigure(source, 'storage a day', valueOf(report, 'storage_per_day'), 2e12);
  });

  it('keeps ~3.6 PB over 5 years', () => {
    expectFigure(source, 'storage over 5 years', valueOf(report, 'storage_total'), 3.6e15);
  });

  it('moves ~25 MB/s in and the same out (2 TB / 86,400 s is 23 MB/s; the book rounds up)', () => {
    expectNear(valueOf(report, 'ingress_bandwidth'), 25e6, 0.08);
    expect(valueOf(report, 'egress_bandwidth')).toBeCloseTo(valueOf(report, 'ingress_bandwidth'), 3);
  });

  it('needs 10 K chat servers for 500 M connections at 50 K each; the routers are a fleet of their own', () => {
    expectFigure(source, 'connections', valueOf(report, 'concurrent_connections'), 500e6);
    expectFigure(source, 'chat servers', valueOf(report, 'chat_servers'), 10_000);
    expect(valueOf(report, 'servers')).toBe(10_000 + valueOf(report, 'router_servers'));
  });
});

describe('Educative, Grokking Modern System Design Interview, "Design WhatsApp"', () => {
  // Inputs: 2 B users, 100 B messages a day, 100 bytes a message, 5% of messages carry 100 KB of media,
  // 10 M connections per server. Conventions: 86,400 s a day, decimal, bandwidth quoted in bits/s.
  const report = runEstimate(whatsapp, {
    overrides: {
      ...RAW_BYTES,
      dau: '2B',
      messages_per_user_per_day: '100B / dau',
      message_size: '100 bytes',
      media_fraction: '5%',
      media_size: '100 KB',
      concurrent_fraction: '100%',
      connections_per_server: '10M',
    },
    conventions: { ...BOOK_CONVENTIONS, bandwidth: 'bits' },
  });

  const source = 'Educative, WhatsApp';

  it('stores 10 TB of text and 500 TB of media a day, 510 TB in all', () => {
    expectFigure(source, 'messages a day', valueOf(report, 'messages_per_day'), 100e9);
    expectFigure(source, 'text a day', valueOf(report, 'text_storage_per_day'), 10e12);
    expectFigure(source, 'media a day', valueOf(report, 'media_storage_per_day'), 500e12);
    expectFigure(source, 'storage a day', valueOf(report, 'storage_per_day'), 510e12);
  });

  it('takes in ~47.2 Gbit/s, shown in bits as the course quotes it', () => {
    expectFigure(source, 'ingress in bit/s', valueOf(report, 'ingress_bandwidth') * 8, 47.2e9);
    expect(report.get('ingress_bandwidth')!.display).toBe('47.2 Gbit/s');
  });

  it('needs 200 chat servers for 2 B connections at 10 M each', () => {
    expectFigure(source, 'chat servers', valueOf(report, 'chat_servers'), 200);
  });
});

describe('karanpratapsingh/system-design, "WhatsApp"', () => {
  // Inputs: 50 M daily users, each sending 10 messages to 4 people a day, 100 bytes a message, 5% of
  // messages carry a 100 KB file, 10 years of 365 days. Conventions: 24 h x 3,600 s a day.
  const source = 'karanpratapsingh, WhatsApp';
  const report = runEstimate(whatsapp, {
    overrides: {
      ...RAW_BYTES,
      dau: '50 million',
      messages_per_user_per_day: '10 * 4',
      message_size: '100 bytes',
      media_fraction: '5 %',
      media_size: '100 KB',
      retention: '10 years',
    },
    conventions: BOOK_CONVENTIONS,
  });

  it('carries 2 billion messages and 100 million files a day', () => {
    expectFigure(source, 'messages a day', valueOf(report, 'messages_per_day'), 2e9);
    expectFigure(source, 'files a day', valueOf(report, 'media_uploads_per_second') * 86_400, 100e6);
  });

  it('computes 2 B / (24 x 3,600 s) messages a second, which the article rounds from 23.1 K to ~24 K', () => {
    expect(valueOf(report, 'write_qps')).toBeCloseTo(2e9 / 86_400, 6);
  });

  it('stores ~200 GB of messages and 10 TB of files a day, ~38 PB over 10 years', () => {
    expectFigure(source, 'messages stored a day', valueOf(report, 'text_storage_per_day'), 200e9);
    expectFigure(source, 'files stored a day', valueOf(report, 'media_storage_per_day'), 10e12);
    expectFigure(source, 'storage over 10 years', valueOf(report, 'storage_total'), 38e15);
  });

  it('needs ~120 MB/s of ingress', () => {
    expectFigure(source, 'ingress', valueOf(report, 'ingress_bandwidth'), 120e6);
  });
});

describe('whatsapp defaults', () => {
  const report = runEstimate(whatsapp);

  it('reproduce the seed figures: 2 B users and 100 B messages a day', () => {
    expect(valueOf(report, 'mau')).toBe(2e9);
    expect(valueOf(report, 'messages_per_day')).toBeCloseTo(100e9, -6);
  });

  it('add up the chat gateways and the routers, two fleets doing different work', () => {
    expect(valueOf(report, 'chat_servers')).toBeGreaterThan(valueOf(report, 'router_servers'));
    expect(valueOf(report, 'servers')).toBe(valueOf(report, 'chat_servers') + valueOf(report, 'router_servers'));
    expect(valueOf(report, 'cost_compute')).toBeCloseTo(valueOf(report, 'servers') * 0.096 * 720, 6);
  });

  it('multiply deliveries, egress and queue load by group size', () => {
    const groups = runEstimate(whatsapp, { overrides: { recipients_per_message: '4' } });
    expect(valueOf(groups, 'read_qps')).toBeCloseTo(valueOf(report, 'read_qps') * 4, 3);
    expect(valueOf(groups, 'egress_bandwidth')).toBeCloseTo(valueOf(report, 'egress_bandwidth') * 4, 0);
    expect(valueOf(groups, 'queue_brokers')).toBeGreaterThan(valueOf(report, 'queue_brokers'));
  });
});
