import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../../src/core/estimate/engine.js';
import { loadProblemFile } from '../../../src/core/problem/load.js';
import { BOOK_CONVENTIONS, expectFigure, RAW_BYTES, valueOf } from './published.js';

const uber = loadProblemFile('problems/uber.yaml');

describe('Grokking the System Design Interview, "Designing Uber backend"', () => {
  // The chapter's inputs: 300 M customers, 1 M drivers, 1 M daily active customers, 500 K daily active
  // drivers, 1 M rides a day, every active driver reporting every 3 s; 19-byte pings (3-byte id + two
  // 8-byte coordinates) and a 35-byte hash-table entry per driver. Decimal units, 86,400 s a day.
  const report = runEstimate(uber, {
    overrides: {
      mau: '300M',
      dau: '1M',
      rides_per_user_per_day: '1M / dau',
      drivers_total: '1M',
      driver_daily_active_fraction: '50%',
      // Grokking has all daily active drivers reporting at once.
      driver_online_fraction: '100%',
      location_update_interval: '3 s',
      location_ping_size: '3 bytes + 8 bytes + 8 bytes',
      driver_location_entry_size: '35 bytes',
    },
    conventions: BOOK_CONVENTIONS,
  });

  const source = 'Grokking, Uber';

  it('has 1 M daily active riders, 1 M rides a day and 500 K drivers reporting', () => {
    expect(valueOf(report, 'dau')).toBe(1e6);
    expectFigure(source, 'rides a day', valueOf(report, 'rides_per_day'), 1e6);
    expectFigure(source, 'drivers reporting', valueOf(report, 'concurrent_drivers'), 500e3);
  });

  it('receives 500 K / 3 s, about 167 K location updates a second', () => {
    expectFigure(source, 'location updates a second', valueOf(report, 'location_updates_per_second'), 167e3);
  });

  it('receives 9.5 MB of pings every three seconds (500 K x 19 bytes)', () => {
    expectFigure(source, 'pings every 3 s', valueOf(report, 'location_ingress_bandwidth') * 3, 9.5e6);
  });

  it('needs 35 MB for the positions of 1 M drivers (1 M x 35 bytes)', () => {
    expectFigure(source, 'driver position table', valueOf(report, 'driver_location_table_memory'), 35e6);
  });
});

describe('karanpratapsingh/system-design, "Uber"', () => {
  // The article's simple per-request model: 100 M daily users making 10 requests a day (checking rides,
  // fares, booking), each stored at about 400 bytes, for 10 years of 365 days. It names 1 M drivers and
  // 10 M rides a day but counts neither driver location pings nor per-ride traffic separately, so those
  // are switched off: drivers_total 0, and rides with no reads, writes or record of their own.
  // Conventions: 24 h x 3,600 s a day.
  const source = 'karanpratapsingh, Uber';
  const report = runEstimate(uber, {
    overrides: {
      ...RAW_BYTES,
      dau: '100 million',
      requests_per_user_per_day: '10',
      request_size: '400 bytes',
      rides_per_user_per_day: '10 million / dau',
      reads_per_ride: '0',
      writes_per_ride: '0',
      ride_record_size: '0',
      drivers_total: '0',
      retention: '10 years',
    },
    conventions: BOOK_CONVENTIONS,
  });

  it('handles 1 billion requests a day: 1 B / (24 x 3,600 s) a second (the article rounds 11.6 K to ~12 K)', () => {
    expectFigure(source, 'requests a day', valueOf(report, 'total_qps') * 86_400, 1e9);
    expect(valueOf(report, 'total_qps')).toBeCloseTo(1e9 / 86_400, 6);
  });

  it('stores ~400 GB a day', () => {
    expectFigure(source, 'storage a day', valueOf(report, 'storage_per_day'), 400e9);
  });

  it('keeps 400 GB x 10 x 365 over 10 years and takes in 400 GB / (24 x 3,600 s): the article rounds them to ~1.4 PB and ~5 MB/s', () => {
    expect(valueOf(report, 'storage_total')).toBeCloseTo(400e9 * 3650, -6);
    expect(valueOf(report, 'ingress_bandwidth')).toBeCloseTo(400e9 / 86_400, 0);
  });

  it('has no location traffic with no drivers', () => {
    expect(valueOf(report, 'location_updates_per_second')).toBe(0);
    expect(valueOf(report, 'location_ingress_bandwidth')).toBe(0);
    expect(valueOf(report, 'driver_location_table_memory')).toBe(0);
  });
});

describe('uber defaults (HLD Guide: a ping every 4 s)', () => {
  const report = runEstimate(uber);

  it('derives location updates from drivers online over the ping interval', () => {
    const drivers = valueOf(report, 'concurrent_drivers');
    expect(valueOf(report, 'location_updates_per_second')).toBeCloseTo(drivers / 4, 3);
  });

  it('lets location pings dominate the write load', () => {
    expect(valueOf(report, 'location_updates_per_second') / valueOf(report, 'write_qps')).toBeGreaterThan(0.9);
  });

  it('halves the update rate when the ping interval doubles', () => {
    const slower = runEstimate(uber, { overrides: { location_update_interval: '8 s' } });
    expect(valueOf(slower, 'location_updates_per_second')).toBeCloseTo(valueOf(report, 'location_updates_per_second') / 2, 3);
  });
});
