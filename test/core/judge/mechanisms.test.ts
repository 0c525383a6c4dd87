import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONVENTIONS } from '../../../src/core/conventions.js';
import { runEstimate } from '../../../src/core/estimate/engine.js';
import { boundNotes, noteBlocks } from '../../../src/core/judge/blocks.js';
import { creditOf } from '../../../src/core/judge/credit.js';
import { checkAllNumbers } from '../../../src/core/judge/estimates.js';
import { inertText } from '../../../src/core/judge/inert.js';
import { loadLanguage, type Language } from '../../../src/core/judge/nlp.js';
import { isRealContent } from '../../../src/core/judge/pacing.js';
import { paddingOf } from '../../../src/core/judge/padding.js';
import { toPassages, type Passage } from '../../../src/core/judge/passages.js';
import { bindNumbers, quantitiesOf } from '../../../src/core/judge/quantities.js';
import { windowsOf, type RuleContext } from '../../../src/core/judge/rules.js';
import { readFigures } from '../../../src/core/judge/figures.js';
import { withoutOverheads } from '../../../src/core/judge/overheads.js';
import { renderReportText } from '../../../src/core/judge/render.js';
import { buildReport } from '../../../src/core/judge/report.js';
import { judgeSample } from '../../../src/core/judge/samples.js';
import { loadProblem } from '../../../src/core/problem/load.js';
import { loadFramework } from '../../../src/core/template/load.js';
import { answerSession } from '../../fixtures/corpus/answer.js';
import { fuzzParameters } from '../../fuzz/runs.js';

/**
 * Each mechanism of the judgement with its own valid and invalid samples, as
 * eslint tests a rule: sentences written for these tests (none copied from a
 * corpus), each saying what the mechanism must make of it.
 */

let language: Language;
beforeAll(async () => {
  language = await loadLanguage();
});

const passages = (text: string, stepId = 'high-level-architecture'): Passage[] => toPassages(language, [{ stepId, notes: text }]);
/** How a word is read in `text`: affirmed, turned down / negated, or only listed. */
function reading(text: string, word: string): 'affirmed' | 'rejected' | 'listed' {
  for (const p of passages(text)) {
    const t = p.tokens.find((k) => k.norm === word.toLowerCase());
    if (t) return t.rejected ? 'rejected' : t.listed || p.list ? 'listed' : 'affirmed';
  }
  throw new Error(`'${word}' is not in: ${text}`);
}

describe('passages: a line is a statement', () => {
  it.each([
    ['celebs -> pull at read\nhome TL: redis list of the last 500 ids', 2],
    ['orders table: order_id PK, tenant_id\nreplicas x3 across zones', 2],
    ['We keep recent orders in Redis and\nfall back to Postgres on a miss.', 1],
    ['Payments are retried with the same key,\nso a charge is never taken twice.', 1],
    ['- receipts go to S3\n- thumbnails are made by a worker', 2],
  ])('%j is %i block(s)', (text, count) => {
    expect(noteBlocks(text)).toHaveLength(count);
  });
});

describe('a window: sentences of one line or paragraph read together', () => {
  const windows = (text: string) => windowsOf(passages(text)).filter((w) => w.length === 2).map((w) => w.map((p) => p.text));
  it('pairs two sentences written on one line, though they share no word', () => {
    expect(windows('Timelines are pushed to followers. Celebrities are pulled at read time.')).toHaveLength(1);
  });
  it('does not pair unrelated sentences on separate lines', () => {
    expect(windows('Timelines are pushed to followers.\nCelebrities are pulled at read time.')).toEqual([]);
  });
});

describe('a question or an instruction to oneself states nothing', () => {
  const kept = (text: string) => passages(text).map((p) => p.text);
  it.each([
    'Where would you keep the list of who follows whom?',
    'What does a rider see when the matcher restarts mid-request?',
    'Think about what a cached feed could hold instead of whole posts.',
    'Say where a lost session comes back from.',
    'Compare retries from the phone with pushes from the server, and say which one survives a dead socket.',
    'Separate where video files live from how they reach a viewer.',
    'Pick a partition key for inboxes, thinking about a user with two devices.',
    'Count the drivers online and divide by the ping interval.',
  ])('%j is no passage', (text) => {
    expect(kept(text)).toEqual([]);
  });
  it.each([
    'Use Redis for timelines.',
    'Shard the inbox by recipient device id.',
    'Say 100M DAU, 0.5 tweets each.',
    'Estimate: 1.2K writes/s at average.',
    'Name: string, the display name.',
    'Fan-out workers push each tweet id into followers\' cached timelines.',
  ])('%j is still a statement', (text) => {
    expect(kept(text)).toHaveLength(1);
  });
  it('keeps the answer after a question, and the answer retracts nothing said before', () => {
    expect(kept('Timelines are pushed on write. Should celebrities be pushed too? No.')).toEqual(['Timelines are pushed on write.', 'No.']);
    expect(passages('Timelines are pushed on write. Should celebrities be pushed too? No.')[0]!.tokens.some((t) => t.rejected)).toBe(false);
  });
  it('a key point is not earned by its own hint text', () => {
    const twitter = loadProblem('twitter');
    for (const point of twitter.key_points) {
      for (const hint of [point.hint.ask, point.hint.nudge]) expect(judgeSample(twitter, point, hint, language, runEstimate(twitter)).earned, `${point.id}: ${hint}`).toBe(false);
    }
  });
});

describe('judging is bounded, and the bound is shared fairly between steps', () => {
  const wall = (n: number) => 'We shard by user id.\n'.repeat(Math.ceil(n / 21)).slice(0, n);
  it('keeps short steps whole and splits the rest among the long ones', () => {
    const { steps, cut } = boundNotes(
      [
        { stepId: 'a', notes: wall(50_000) },
        { stepId: 'b', notes: 'Short and whole.' },
        { stepId: 'c', notes: wall(50_000) },
      ],
      30_000,
      20_000,
    );
    expect(steps.map((s) => s.stepId)).toEqual(['a', 'b', 'c']);
    expect(steps[1]!.notes).toBe('Short and whole.');
    for (const i of [0, 2]) expect(steps[i]!.notes.length).toBeGreaterThan(9_000);
    expect(steps.reduce((sum, s) => sum + s.notes.length, 0)).toBeLessThanOrEqual(20_000);
    expect(cut.map((c) => c.stepId)).toEqual(['a', 'c']);
  });
  it('never leaves a later step unjudged because an early one was a wall of text', () => {
    const { steps } = boundNotes([{ stepId: 'early', notes: wall(300_000) }, ...Array.from({ length: 13 }, (_, i) => ({ stepId: `s${i}`, notes: wall(9_000) }))]);
    expect(steps).toHaveLength(14);
    for (const s of steps) expect(s.notes.length).toBeGreaterThan(1_500);
  });
});

describe('negation and rejection stay in their clause', () => {
  it.each([
    ['Sessions live in Redis -> a restart never loses the queue', 'Redis'],
    ['Cassandra over MySQL because writes dominate', 'Cassandra'],
    ['We chose gRPC over REST for calls between services.', 'gRPC'],
    ['Fan-out over 10M followers stalls the workers.', 'followers'],
    ['Serve thumbnails over HTTPS from the CDN.', 'HTTPS'],
    ['Without a queue the checkout would block, so orders go through SQS.', 'SQS'],
    ['There is no single point of failure: if a broker dies, a follower takes over.', 'follower'],
  ])('%j affirms %s', (text, word) => {
    expect(reading(text, word)).toBe('affirmed');
  });

  it.each([
    ['MySQL over Cassandra since we need joins', 'Cassandra'],
    ['We chose REST over gRPC for calls between services.', 'gRPC'],
    ['We keep positions in Postgres rather than Redis.', 'Redis'],
    ['A search index would help, but we will not build one now.', 'index'],
    ['Others shard the feed table by region; that is overkill for us.', 'shard'],
    ['Kafka is not needed at this scale.', 'Kafka'],
    ['We skip the CDN in the first version.', 'CDN'],
    ['Avoid a global lock on the counter table.', 'lock'],
    ['Geo sharding is out of scope.', 'sharding'],
    ['We do not need a cache, a queue or a CDN.', 'queue'],
    ['Some teams put a bloom filter in front of the store.\nWe won\'t.', 'bloom'],
  ])('%j turns down %s', (text, word) => {
    expect(reading(text, word)).toBe('rejected');
  });
});

describe('a list of terms under a generic verb is named, not used', () => {
  it.each([
    ['Our stack uses Postgres, Memcached, RabbitMQ, Nginx and Consul to stay fast.', 'RabbitMQ'],
    ['The tier runs with autoscaling, health checks, blue-green deploys and canaries.', 'canaries'],
    ['We weighed gRPC vs REST and SQL vs NoSQL.', 'NoSQL'],
    ['gRPC vs REST', 'REST'],
  ])('%j only lists %s', (text, word) => {
    expect(reading(text, word)).toBe('listed');
  });

  it.each([
    ['We use Memcached for session lookups, RabbitMQ for email jobs and S3 for invoices.', 'RabbitMQ'],
    ['We partition orders by tenant, region and month.', 'region'],
    ['The API writes the order, the worker charges the card and the mailer sends a receipt.', 'worker'],
  ])('%j uses %s', (text, word) => {
    expect(reading(text, word)).toBe('affirmed');
  });
});

describe('a reason names a concrete consequence', () => {
  it.each([
    'We pick 302 so that every click is counted by us.',
    'Writes go through a queue because the ledger database only takes 2K writes/s.',
    'Positions are held in memory only; losing them costs one ping at most -> no disk writes on the hot path',
    'Postgres over DynamoDB: joins for invoices matter more than write throughput',
    'A per-tenant shard is cheaper than a global one, at the cost of uneven shard sizes.',
  ])('%j gives a reason', (text) => {
    expect(passages(text).some((p) => p.reasoning)).toBe(true);
  });

  it.each([
    'We use sharding so it scales.',
    'We add replicas so the system is reliable and fast.',
    'We split it into microservices so that the design stays clean.',
    'redis vs memcached',
    'client -> gateway -> order service -> postgres',
    'GET /orders/{id} -> 200 with the order',
  ])('%j gives none', (text) => {
    expect(passages(text).some((p) => p.reasoning)).toBe(false);
  });
});

describe('rules: contradictions, restated requirements, shorthand, one statement one point', () => {
  const whatsapp = () => loadProblem('whatsapp');
  const shortener = () => loadProblem('url-shortener');
  const twitter = () => loadProblem('twitter');
  const verdict = (problem: ReturnType<typeof loadProblem>, id: string, text: string) =>
    judgeSample(problem, problem.key_points.find((p) => p.id === id)!, text, language, runEstimate(problem));

  it('a statement of the opposite voids the point; turning the wrong idea down does not', () => {
    expect(verdict(whatsapp(), 'ordering', 'Chats are ordered by the client clock of whoever sent each message.').miss).toBe('contradicted');
    expect(verdict(shortener(), 'key_generation', 'We truncate a SHA hash to 6 chars; SHA hashes never collide in practice, so nothing is checked.').miss).toBe('contradicted');
    expect(verdict(whatsapp(), 'ordering', 'We never trust the phone clock; the server assigns a sequence number per chat.').earned).toBe(true);
    expect(verdict(twitter(), 'shard_by_tweet', 'Tweets are partitioned by tweet_id; a second table user_tweets is partitioned by author_id for profile pages.').earned).toBe(true);
    expect(verdict(twitter(), 'shard_by_tweet', 'Tweets are partitioned by author_id, and looked up by tweet id through a secondary index.').miss).toBe('contradicted');
  });

  it('shorthand earns what the words earn', () => {
    expect(verdict(twitter(), 'fanout_strategy', 'normal users: push on write; celebs pulled at read -> merge, since pushing to 40M followers floods the workers').earned).toBe(true);
  });

  it('a sentence copied from the problem\'s requirements earns requirement points only', async () => {
    const problem = loadProblem('netflix');
    const pasted = problem.requirements.functional.find((r) => /adaptive bitrate/i.test(r))!;
    const r = await buildReport(answerSession('netflix', { notes: { 'high-level-architecture': pasted }, minutes: {} }), problem, loadFramework('hld14'), { language });
    expect(r.keyPoints.find((p) => p.id === 'adaptive_bitrate')).toMatchObject({ earned: false, miss: 'restated' });
  });

  it('one statement earns one point unless each point uses words of its own', async () => {
    const problem = shortener();
    const judge = async (text: string) =>
      (await buildReport(answerSession('url-shortener', { notes: { 'high-level-architecture': text }, minutes: {} }), problem, loadFramework('hld14'), { language })).keyPoints;
    const shared = await judge('When a Redis node or the key generation service goes down, a standby replica takes over.');
    expect(shared.filter((p) => ['cache_outage', 'kgs_outage'].includes(p.id) && p.earned)).toHaveLength(1);
    const distinct = await judge('Hot links sit in Redis in front of DynamoDB, and every click is published to Kafka for the analytics consumers.');
    expect(distinct.filter((p) => ['redirect_cache', 'async_clicks'].includes(p.id) && p.earned)).toHaveLength(2);
  });
});

describe('numbers are bound to the quantity they name', () => {
  const problem = () => loadProblem('url-shortener');
  const bound = (text: string) => {
    const estimate = runEstimate(problem());
    return bindNumbers(passages(text, 'capacity-estimation'), quantitiesOf(estimate), DEFAULT_CONVENTIONS).map((b) => [b.mention.text, b.quantity.key, b.last] as const);
  };

  it.each([
    ['Reads are about 20K per second and writes about 200 per second.', [['20K per second', 'read_qps', true], ['200 per second', 'write_qps', true]]],
    ['Storage: 60 TB in total after replication', [['60 TB', 'storage_total', true]]],
    ['We need about 10 app servers.', [['10 app', 'servers', true]]],
    ['3e4 redirects/s at the evening peak', [['3e4 redirects/s', 'peak_read_qps', true]]],
    ['600M links/month -> ~230 writes/s', [['600M links/month', 'write_qps', false], ['230 writes/s', 'write_qps', true]]],
    ['2K requests per box, so 20 boxes', [['2K requests per box', 'server_capacity_qps', true], ['20 boxes', 'servers', true]]],
  ])('%j', (text, expected) => {
    expect(bound(text)).toEqual(expected);
  });

  it('checks arithmetic at the assumption the candidate states', () => {
    const p = problem();
    const notes = passages("Let's say 1B new URLs a month.\nThat is roughly 390 writes per second.", 'capacity-estimation');
    const figures = readFigures(notes, p, runEstimate(p), { assumesIn: () => true, overrides: {}, conventions: DEFAULT_CONVENTIONS });
    expect(figures.stated).toEqual([expect.objectContaining({ key: 'new_urls_per_month', used: true })]);
    expect((figures.estimate!.get('write_qps') as { value: number }).value).toBeCloseTo(385.8, 0);
  });

  it.each([
    ['Links over five years need 8 base62 characters.', true],
    ['7 characters in base62 give 3.5 trillion codes.', true],
    ['5 characters of base62 will do.', false],
    ['Codes are 12 characters of base62.', false],
  ])('a code length is judged by its keyspace: %j', (text, earned) => {
    const p = problem();
    expect(judgeSample(p, p.key_points.find((k) => k.id === 'code_length')!, text, language, runEstimate(p)).earned).toBe(earned);
  });
});

describe('a number is checked only against the estimate its sentence names', () => {
  /** Each number of `text` with the estimate it is checked against; a part of a whole is marked and never checked as the whole. */
  const read = (problemId: string, text: string) => {
    const estimate = runEstimate(loadProblem(problemId));
    return bindNumbers(passages(text, 'capacity-estimation'), quantitiesOf(estimate), DEFAULT_CONVENTIONS)
      .filter((b) => b.last)
      .map((b) => [b.mention.text, b.partOf ? `part of ${b.quantity.key}` : b.quantity.key] as const);
  };
  const checks = (problemId: string, text: string) => {
    const estimate = runEstimate(loadProblem(problemId));
    const numbers = bindNumbers(passages(text, 'capacity-estimation'), quantitiesOf(estimate), DEFAULT_CONVENTIONS);
    return checkAllNumbers({ passages: [], estimate, numbers, conventions: DEFAULT_CONVENTIONS } as unknown as RuleContext).map((c) => [c.wrote, c.estimateKey, c.close] as const);
  };

  it.each([
    ['twitter', 'Fan-out: 100M tweets x 200 followers = 20B timeline inserts a day, about 230K inserts/s.', '230K inserts/s', 'fanout_deliveries_per_second'],
    ['twitter', 'Push costs write amplification (~230K inserts/s) and wasted work.', '230K inserts/s', 'fanout_deliveries_per_second'],
    ['instagram', 'Uploads: 100M photos a day, about 1.2K uploads/s.', '1.2K uploads/s', 'photo_uploads_per_second'],
    ['uber', 'Pings: 1M drivers every 4 s is about 250K location pings/s.', '250K location pings/s', 'location_updates_per_second'],
    ['twitter', 'Reads: about 28B tweet views a day, roughly 325K reads per second.', '325K reads per second', 'tweet_views_per_second'],
  ])('%s: %j binds its answer to the part it names', (problemId, text, wrote, key) => {
    expect(read(problemId, text)).toContainEqual([wrote, key]);
  });

  it.each([
    ['twitter', 'Storage: text 100M x ~300 B = 30 GB/day; with indexes and RF3, ~240 TB over 5 years.', '~240 TB'],
    ['instagram', 'Egress: each feed page shows ~10 photos, 116K/s x 5 x 200 KB = ~1 Tbps average.', '~1 Tbps'],
    ['uber', 'Connections: ~1M at 50K per box -> ~20 gateway boxes.', '~20 gateway'],
  ])('%s: %j names a part of an estimate, and is not checked as the whole', (problemId, text, wrote) => {
    expect(checks(problemId, text).filter(([w]) => wrote.includes(w))).toEqual([]);
  });

  it.each([
    ['uber', '10M riders a day take 5M rides.', '10M riders a day', 'concurrent_riders'],
    ['whatsapp', '100 billion messages / 86400 s = 1.2M messages/s.', '100 billion messages', 'cache_memory'],
    ['uber', 'Drivers ping every 4 s; accept or decline in 30 s, else the next driver gets the offer.', '30 s', 'location_update_interval'],
    ['uber', 'Servers: 250K pings/s at 2-5K per server = 50-125 location servers.', '2', 'servers'],
  ])('%s: %j is not read as another quantity', (problemId, text, wrote, key) => {
    expect(read(problemId, text)).not.toContainEqual([wrote, key]);
  });

  it('the report shows a part as not checked, with why, and never as wrong', async () => {
    const egress = 'Egress: each feed page shows ~10 photos, 116K/s x 5 x 200 KB = ~1 Tbps average.';
    const r = await buildReport(answerSession('instagram', { notes: { 'capacity-estimation': egress }, minutes: {} }), loadProblem('instagram'), loadFramework('hld14'), { language });
    const bandwidth = r.estimates.find((e) => e.slot.id === 'bandwidth')!;
    expect(bandwidth.check).toBeUndefined();
    expect(bandwidth.unchecked).toEqual({ wrote: '1 Tbps', parts: ['PHOTO'] });
  });

  it('a bound is right for anything on its side ("well under 1 GB" of a 64 MB index), and wrong only past it', () => {
    expect(checks('uber', 'The geo index of online drivers is tiny, well under 1 GB of memory.')).toEqual([['1 GB', 'geo_index_memory', true]]);
    expect(checks('uber', 'The geo index of online drivers is tiny, well under 1 MB of memory.')).toEqual([['1 MB', 'geo_index_memory', false]]);
  });
});

describe('a number said to be raw is checked against the estimate without replicas and overheads', () => {
  /** Each answer's check as [wrote, what it was compared with, close]. */
  const checks = (problemId: string, text: string) => {
    const problem = loadProblem(problemId);
    const estimate = runEstimate(problem);
    const bare = withoutOverheads(problem, {}, DEFAULT_CONVENTIONS);
    const numbers = bindNumbers(passages(text, 'capacity-estimation'), quantitiesOf(estimate, bare), DEFAULT_CONVENTIONS);
    return checkAllNumbers({ passages: [], estimate, withoutOverheads: bare, numbers, conventions: DEFAULT_CONVENTIONS } as unknown as RuleContext).map((c) => [c.wrote, c.label, c.close] as const);
  };
  const RAW_TOTAL = 'Storage over the retention period without replicas or overheads';
  const TOTAL = 'Storage over the retention period';

  // The URL shortener's 5-year storage is 15.2 TB raw and 63.9 TB with indexes, metadata and three copies.
  it.each([
    ['Storage: about 15 TB raw over 5 years.', '15 TB'],
    ['Raw storage over 5 years is about 15 TB.', '15 TB'],
    ['Storage before replication: about 21 TB over 5 years.', '21 TB'],
    ['Storage over 5 years is 15 TB for one copy.', '15 TB'],
  ])('%j is compared with the raw size and is right', (text, wrote) => {
    expect(checks('url-shortener', text)).toEqual([[wrote, RAW_TOTAL, true]]);
  });

  it.each([
    ['Storage over 5 years: 63 TB.', '63 TB', true],
    // Not said to be raw: a quarter of the estimate is off, as before.
    ['Storage over 5 years: 15 TB.', '15 TB', false],
    ['Storage over 5 years with 3 replicas: 15 TB.', '15 TB', false],
  ])('%j is compared with the whole estimate', (text, wrote, close) => {
    expect(checks('url-shortener', text)).toEqual([[wrote, TOTAL, close]]);
  });

  it('a raw number said so is off when it is off raw too', () => {
    expect(checks('url-shortener', 'Storage: about 60 TB raw over 5 years.')).toEqual([['60 TB', RAW_TOTAL, false]]);
  });

  it('a size worked out as a product with no copies or overheads on the way fits either the raw size or the whole', () => {
    expect(checks('netflix', 'Viewing history: 200M sessions x 200 B = 40 GB/day.')).toEqual([['40 GB/day', 'Viewing history a day without replicas or overheads', true]]);
    expect(checks('netflix', 'Viewing history: 200M sessions x 200 B x 3.75 = 150 GB/day.')).toEqual([['150 GB/day', 'Viewing history a day, indexed, with replicas', true]]);
  });

  it('the report says what a raw number was compared with', async () => {
    const r = await buildReport(answerSession('url-shortener', { notes: { 'capacity-estimation': 'Storage: about 15 TB raw over 5 years.' }, minutes: {} }), loadProblem('url-shortener'), loadFramework('hld14'), { language });
    const storage = r.estimates.find((e) => e.slot.id === 'storage')!;
    expect(storage.check).toMatchObject({ wrote: '15 TB', close: true, label: RAW_TOTAL });
    expect(renderReportText(r)).toContain(`at your assumptions ${RAW_TOTAL.toLowerCase()} is ${storage.check!.expected}`);
  });
});

describe('content for pacing, padding, partial credit, inert text', () => {
  it.each([
    ['eviction: LRU on the hot keys', true],
    ['~3K writes/s at peak', true],
    ['POST /v1/orders', true],
    ['Redis, Kafka, S3, CDN', false],
    ["I'll skip the API design for now.", false],
    ['We will not estimate storage.', false],
  ])('%j is real content: %s', (text, real) => {
    expect(passages(text).some(isRealContent)).toBe(real);
  });

  it('padding: an answer made mostly of listed terms has what it names and draws discounted', () => {
    const padded = passages('We use Kafka, Redis, Cassandra, Nginx and Zookeeper to scale.\nWe rely on retries, circuit breakers, bulkheads and timeouts so it is resilient.');
    const plain = passages('Orders are written to Postgres and an event goes to Kafka.\nA worker sends the receipt after the payment succeeds.');
    expect(paddingOf(padded, () => false).factor).toBeLessThan(1);
    expect(paddingOf(plain, () => false).factor).toBe(1);
  });

  it('partial credit: half for a missing reason or a number within 10x, in proportion for parts, nothing for one part or a rejection', () => {
    const base = { earned: false, found: [], missing: [] };
    expect(creditOf({ ...base, miss: 'no_reason' })).toBe(0.5);
    expect(creditOf({ ...base, miss: 'number_off', number: { wrote: '', estimateKey: '', label: '', expected: '', ratio: 5, close: false } })).toBe(0.5);
    expect(creditOf({ ...base, miss: 'number_off', number: { wrote: '', estimateKey: '', label: '', expected: '', ratio: 100, close: false } })).toBe(0);
    expect(creditOf({ ...base, miss: 'partial', found: ['a', 'b'], missing: ['c'] })).toBe(0.33);
    expect(creditOf({ ...base, miss: 'partial', found: ['a'], missing: ['b'] })).toBe(0);
    expect(creditOf({ ...base, miss: 'rejected' })).toBe(0);
    expect(creditOf({ ...base, earned: true })).toBe(1);
  });

  it('report text escapes what a paste can carry but keeps the lines', () => {
    expect(inertText('line one \u001b[31mred\u0000\nline two \u202eevil')).toBe('line one \\e[31mred\\u0000\nline two \\u202eevil');
  });
});

describe('whatever is typed', () => {
  const noteText = fc.array(
    fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('->', ' over ', ' rather than ', "won't", ', ', ' vs ', '\n', '2e4', '62^7', '4*10^4 per second', 'celebs', 'k/v', 'TLs', '50K/srv', '\u001b[2J', '\u0000'),
    ),
    { maxLength: 12 },
  );

  it('reads notes into passages and numbers without throwing, and renders them inert', () => {
    const estimate = runEstimate(loadProblem('url-shortener'));
    const quantities = quantitiesOf(estimate);
    fc.assert(
      fc.property(noteText, (parts) => {
        const text = parts.join('');
        const ps = passages(text);
        for (const p of ps) expect(p.tokens.length).toBeGreaterThan(0);
        for (const b of bindNumbers(ps, quantities, DEFAULT_CONVENTIONS)) expect(Number.isFinite(b.value)).toBe(true);
        expect(inertText(text)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      }),
      fuzzParameters(200),
    );
  });
});
