import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../../src/core/estimate/engine.js';
import { loadProblemFile } from '../../../src/core/problem/load.js';
import { BOOK_CONVENTIONS, valueOf } from './published.js';

const uber = loadProblemFile('problems/uber.yaml');

describe('Grokking the System Design Interview, "Designing Uber backend"', () => {
  // The chapter's inputs: 300 M customers, 1 M drivers, 1 M daily active customers, 500 K daily active
  // drivers, 1 M rides a day, every active driver reporting every 3 s; 19-byte pings (3-byte id + two
  // 8-byte coordinates) and a 35-byte hash-table entry per driver. Decimal units, 86,400 s a day.
  const report = runEstimate(uber, {
    overrides: {
      mau: '300M',
      daily_active_fraction: '1M / mau',
      rides_per_user_per_day: '1',
      drivers_total: '1M',
      driver_daily_active_fraction: '50%',
      // Grokking has all daily active drivers reporting at once.
      driver_online_fraction: '100%',
      location_update_interval: '3 s',
      location_ping_size: '19 B',
      driver_location_entry_size: '35 B',
    },
    conventions: BOOK_CONVENTIONS,
  });

  it('has 1 M daily active riders, 1 M rides a day and 500 K drivers reporting', () => {
    expect(valueOf(report, 'dau')).toBeCloseTo(1e6, -3);
    expect(valueOf(report, 'rides_per_day')).toBeCloseTo(1e6, -3);
    expect(valueOf(report, 'concurrent_drivers')).toBeCloseTo(500e3, -2);
  });

  it('receives 500 K / 3 s, about 167 K location updates a second', () => {
    expect(valueOf(report, 'location_updates_per_second')).toBeCloseTo(500e3 / 3, 0);
  });

  it('receives 9.5 MB of pings every three seconds (500 K x 19 bytes)', () => {
    expect(valueOf(report, 'location_ingress_bandwidth') * 3).toBeCloseTo(9.5e6, -3);
  });

  it('needs 35 MB for the positions of 1 M drivers (1 M x 35 bytes)', () => {
    expect(valueOf(report, 'driver_location_table_memory')).toBeCloseTo(35e6, -3);
  });
});

describe('uber defaults (seed 002: a ping every 4 s)', () => {
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
