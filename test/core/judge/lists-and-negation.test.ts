import { beforeAll, describe, expect, it } from 'vitest';
import { runEstimate } from '../../../src/core/estimate/engine.js';
import { loadLanguage, type Language } from '../../../src/core/judge/nlp.js';
import { FRAGMENT_SHARE, fragmentShare } from '../../../src/core/judge/fragments.js';
import { toPassages } from '../../../src/core/judge/passages.js';
import { buildReport } from '../../../src/core/judge/report.js';
import { judgeSample } from '../../../src/core/judge/samples.js';
import { loadProblem } from '../../../src/core/problem/load.js';
import { loadFramework } from '../../../src/core/template/load.js';
import { stepPhase } from '../../../src/core/template/schema.js';
import { longestVerblessStretch, VERBLESS_RUN } from '../../../src/core/judge/verbless.js';
import { blindAnswers } from '../../fixtures/corpus-blind/load.js';
import { answerSession } from '../../fixtures/corpus/answer.js';
import { INSTAGRAM } from '../../fixtures/corpus/instagram.js';
import { NETFLIX } from '../../fixtures/corpus/netflix.js';
import { TWITTER } from '../../fixtures/corpus/twitter.js';
import { UBER } from '../../fixtures/corpus/uber.js';
import { URL_SHORTENER } from '../../fixtures/corpus/url-shortener.js';
import { WHATSAPP } from '../../fixtures/corpus/whatsapp.js';

/**
 * Terms typed in a row, requirement lists under a label, negated sentences
 * and plain comparisons: each mechanism with its own valid and invalid
 * samples, written for these tests.
 */

let language: Language;
beforeAll(async () => {
  language = await loadLanguage();
});

/** Every passage is a bare list, or names its terms only as items of a list ("a + b + c"). */
const isList = (text: string) =>
  toPassages(language, [{ stepId: 'high-level-architecture', notes: text }]).every((p) => p.list || p.tokens.every((t) => t.listed || !/[\p{L}\p{N}]/u.test(t.text)));
const report = (problemId: string, notes: Record<string, string>) =>
  buildReport(answerSession(problemId, { notes, minutes: {} }), loadProblem(problemId), loadFramework('hld14'), { language });

describe('terms typed one after another are a list, whatever separates them', () => {
  it.each([
    ['fanout push pull celebrity hybrid cache redis list ids fanout on write lag autoscale follower followee twice'],
    ['push/pull/celebrity/cache/redis/kafka'],
    ['push | pull | celebrity | cache | redis'],
    ['redis + kafka + cdn + sharding'],
    ['push\npull\ncelebrity\ncache\nredis'],
    ['We use fanout push pull celebrity hybrid cache redis'],
  ])('%j earns nothing as a statement', (text) => {
    expect(isList(text)).toBe(true);
  });

  it.each([
    ['push fan-out for normal users, pull for celebrities'],
    ['Write path: tweet service persists tweet then fan-out worker pushes id into follower timelines'],
    ['7 characters in base62 give 3.5 trillion codes.'],
    ['Home timeline cache: Redis sorted set of tweet ids per user, trimmed to 800.'],
    ['media: S3 + CDN'],
    ['We pick the driver with the shortest driving time using live traffic.'],
  ])('%j is a statement', (text) => {
    expect(isList(text)).toBe(false);
  });

  it('a line of terms earns no key point in a report, while the same ideas stated do', async () => {
    const soup =
      'fanout push pull celebrity hybrid cache redis list ids timeline kafka queue worker shard tweet id snowflake cdn s3 media replica cassandra read heavy lag autoscale follower followee twice';
    const soupReport = await report('twitter', { 'high-level-architecture': soup });
    expect(soupReport.keyPoints.filter((p) => p.earned).map((p) => p.id)).toEqual([]);
    const stated = await report('twitter', {
      'high-level-architecture': 'push fan-out for normal users, pull for celebrities at read time, because pushing to 50M followers floods the workers',
    });
    expect(stated.keyPoints.find((p) => p.id === 'fanout_strategy')?.earned).toBe(true);
  });
});

describe('terms joined only by small words are still a list: a statement needs a verb before it has named many terms', () => {
  /** Passages, with the words each one only names. */
  const passages = (text: string) => toPassages(language, [{ stepId: 'high-level-architecture', notes: text }]);

  it.each([
    ['cache for shard of replica in queue kafka redis cdn for fanout of push pull celebrity hybrid'],
    ['cache for shard of replica and queue kafka redis cdn for fanout and push pull celebrity hybrid'],
    ['the fanout service with the push model for the pull model of a celebrity in the hybrid timeline cache on redis'],
    ['push on write of normal users with pull on read of celebrity in hybrid merge for timeline cache of redis list'],
    ['tweet id snowflake for sorting by time with shard of tweet id and follow graph in table of followers'],
    ['we cache for shard of replica in queue kafka redis cdn for fanout of push pull celebrity hybrid'],
    ['cache for shard of replica in queue, kafka redis cdn for fanout of timeline, celebrity hybrid with timeline of redis'],
  ])('%j earns nothing as a statement', (text) => {
    expect(isList(text)).toBe(true);
  });

  it.each([
    // The longest stretches without a verb in the strong answers of both corpora, terse and non-native ones too.
    ['Shrink media cost with tiering old media to infrequent-access storage and more aggressive compression.'],
    ['Surge: service count supply and demand per cell in sliding window from Kafka and publish multiplier.'],
    ['Phone verification by SMS OTP with rate limits against SMS pumping fraud.'],
    ['The app talks to the backend through a load balancer for browsing and progress updates.'],
    ['instead a key generation service hands each server a batch of pre-made random codes'],
    ['stateless redirect tier + CDN + redis in front of KV store keyed by 7ch base62 random code from KGS'],
    ['We fan out on write for ordinary users and merge celebrity posts on read.'],
  ])('%j is a statement', (text) => {
    expect(isList(text)).toBe(false);
  });

  it('a run of terms beside a clause is named, not used; the clause still counts', () => {
    const [p] = passages('Kafka for clicks, cache for shard of replica in queue kafka redis cdn for fanout of push pull celebrity hybrid, because it scales');
    expect(p!.list).toBe(false);
    const listed = p!.tokens.filter((t) => t.listed).map((t) => t.text);
    expect(listed).toEqual(expect.arrayContaining(['shard', 'replica', 'celebrity', 'hybrid']));
    expect(listed).not.toContain('clicks');
  });

  it('no verbless stretch in the strong answers of either corpus is as long as a run', () => {
    const strong = [
      ...[URL_SHORTENER, TWITTER, WHATSAPP, UBER, NETFLIX, INSTAGRAM].flatMap((c) => [c.answers.strong, c.answers.paraphrase, c.answers.mediocre].map((a) => a.notes)),
      ...blindAnswers()
        .filter((a) => a.kind.startsWith('strong') || a.kind === 'mediocre')
        .map((a) => a.session.notes),
    ];
    const longest = Math.max(
      ...strong.flatMap((notes) =>
        toPassages(
          language,
          Object.entries(notes).map(([stepId, text]) => ({ stepId, notes: text })),
        )
          .filter((p) => !p.list)
          .map((p) => longestVerblessStretch(p.tokens)),
      ),
    );
    expect(longest).toBeLessThan(VERBLESS_RUN);
  });
});

describe('an answer cut into short chunks that each only name a move earns what a list earns, though the tagger reads verbs in them', () => {
  const isFragmentLine = (text: string) => toPassages(language, [{ stepId: 'high-level-architecture', notes: text }]).every((p) => p.fragments);

  it.each([
    ['publish orders to RabbitMQ, charge cards async, email receipts'],
    ['route carts to the nearest region, replicate Postgres'],
    ['send invoices to S3; serve via CDN'],
    ['lose the ledger node, fail over to standby, replay the log'],
    ['pick consistency, reject stale balances'],
    ['push fan-out for normal users, pull for celebrities'],
  ])('%j is a line of fragments', (text) => {
    expect(isFragmentLine(text)).toBe(true);
  });

  it.each([
    // A reason, a number, a subject, a mark, an endpoint, a detail in brackets or a predicate makes a chunk say something.
    ['publish orders to RabbitMQ, charge cards async so checkout never waits on the bank'],
    ['shard carts by tenant, 3 replicas per shard'],
    ['payment worker retries, ledger stays append-only'],
    ['checkout: write the order, enqueue the charge'],
    ['POST /orders returns the id, GET /orders/{id} polls'],
    ['cache prices in Memcached (TTL one minute), replicate Postgres'],
    ['balances strict, catalogue eventual'],
    ['order service writes to Postgres, publishes to RabbitMQ, and the billing worker charges the card'],
    ['keep carts in Redis - a lost cart costs one retry'],
    // Verbs after a clause share its subject.
    ['After checkout, workers quickly charge the card, email a receipt and update stock.'],
    ['We route carts to the nearest region, replicate Postgres and cache prices.'],
    ['Users, carts and order_items tables in Postgres.'],
  ])('%j is no line of fragments', (text) => {
    expect(isFragmentLine(text)).toBe(false);
  });

  const fragments = {
    'data-model': 'generate sortable ids, shard posts by post id',
    'high-level-architecture': 'hand posts to Kafka, fan out on write, keep timelines in Redis lists',
    'scalability-reliability': 'push to ordinary accounts, pull big accounts at read, merge both timelines',
    'failures-bottlenecks': 'lose a Redis shard, rebuild timelines from replicas, fail over',
  };

  it('an answer made mostly of such lines earns no key point from them, and each verdict quotes the line it only listed', async () => {
    const r = await report('twitter', fragments);
    expect(r.keyPoints.filter((p) => p.earned).map((p) => p.id)).toEqual([]);
    expect(r.keyPoints.find((p) => p.id === 'timeline_cache')).toMatchObject({ miss: 'list_only', evidence: { sentences: [fragments['high-level-architecture']] } });
    expect(r.keyPoints.find((p) => p.id === 'fanout_strategy')).toMatchObject({ miss: 'list_only', evidence: { sentences: [fragments['scalability-reliability']] } });
    expect(r.keyPoints.find((p) => p.id === 'fanout_strategy')!.explanation).toMatch(/^only in a line of short fragments/);
  });

  it('no strong, terse, non-native, paraphrased or mediocre answer of either corpus writes as many lines of fragments as the line', () => {
    const hld14 = loadFramework('hld14');
    const phases = new Map(hld14.steps.map((s) => [s.id, stepPhase(s)]));
    const honest = [
      ...[URL_SHORTENER, TWITTER, WHATSAPP, UBER, NETFLIX, INSTAGRAM].flatMap((c) => [c.answers.strong, c.answers.paraphrase, c.answers.mediocre].map((a) => a.notes)),
      ...blindAnswers()
        .filter((a) => a.kind.startsWith('strong') || a.kind === 'mediocre')
        .map((a) => a.session.notes),
    ];
    const shares = honest.map((notes) =>
      fragmentShare(
        toPassages(
          language,
          Object.entries(notes).map(([stepId, text]) => ({ stepId, notes: text })),
        ),
        (p) => phases.get(p.stepId) === 'requirements',
      ),
    );
    expect(Math.max(...shares)).toBeLessThan(FRAGMENT_SHARE / 2);
  });

  it('no valid sample of any key point, in any problem, is a line of fragments', () => {
    for (const id of ['url-shortener', 'twitter', 'whatsapp', 'uber', 'netflix', 'instagram']) {
      for (const point of loadProblem(id).key_points) for (const sample of point.samples.valid) expect(isFragmentLine(sample), `${id} ${point.id}: ${sample}`).toBe(false);
    }
  });

  it('one such line among statements is read as terse notes and still counts', async () => {
    const statements = [
      'The timeline service reads a precomputed list of post ids per user from Redis.',
      'Posts are written to Cassandra, and the author id is the partition key for profile pages.',
      'Each fan-out worker takes one post and writes its id into every follower timeline.',
      'When a worker dies its Kafka partition is picked up by another one.',
      'Media files go straight from the phone to S3 through a pre-signed URL and are served by the CDN.',
    ].join('\n');
    const r = await report('twitter', { 'high-level-architecture': `${statements}\n${fragments['high-level-architecture']}` });
    expect(r.keyPoints.find((p) => p.id === 'async_queue')?.earned).toBe(true);
  });
});

describe('a labelled list of requirements states each of its items', () => {
  const coverage = async (text: string) => (await report('url-shortener', { 'clarify-requirements': text })).requirements;

  it('reads "Functional:" and "Non-functional:" items, each stated in a few words', async () => {
    const r = await coverage('Functional: shorten a long URL, redirect on GET, optional custom alias and expiry. Non-functional: 99.99% availability, redirect p99 under 50 ms');
    expect(r.functional.found.map((l) => l.slice(0, 20))).toEqual(['Given a long URL, re', 'Opening a short link', 'Users may ask for a ', 'Links can carry an e']);
    expect(r.nonFunctional.found.map((l) => l.slice(0, 20))).toEqual(['Redirects are the ho', 'Highly available for']);
  });

  it('a label alone on its line heads the lines below it', async () => {
    const r = await coverage('Functional requirements:\n- custom alias\n- expiry\nNFR:\n- no collisions between short codes');
    expect(r.functional.found).toHaveLength(2);
    expect(r.nonFunctional.found.map((l) => l.slice(0, 11))).toEqual(['Short codes']);
  });

  it.each([
    ['Functional requirements\n- custom alias\n- expiry\nNon-functional requirements\n- no collisions between short codes'],
    ['## Functional requirements\ncustom alias\nexpiry\n\n**NFRs**\nno collisions between short codes'],
    ['Functional - custom alias, expiry\nNon-functional - no collisions between short codes'],
    ['FRs — custom alias, expiry\nNFR = no collisions between short codes'],
    ['Functional requirements.\n- custom alias\n- expiry\nNFRs:\n- no collisions between short codes'],
  ])('a label without a colon (%j) is read as one with it', async (text) => {
    const r = await coverage(text);
    expect(r.functional.found).toHaveLength(2);
    expect(r.nonFunctional.found.map((l) => l.slice(0, 11))).toEqual(['Short codes']);
  });

  it.each([
    ['Functional programming helps with custom alias checks', 'Functional: programming helps with custom alias checks'],
    ['Functional tests cover custom alias, expiry', 'Functional: tests cover custom alias, expiry'],
    ['Functionality: custom alias, expiry', 'Functional: custom alias, expiry'],
  ])('%j is no label (items are read one by one only under one: %j)', async (text, labelled) => {
    expect((await coverage(text)).functional.found).toEqual([]);
    expect((await coverage(labelled)).functional.found.length).toBeGreaterThan(0);
  });

  it.each([
    ['Functional: Redis, Kafka, Cassandra, CDN'],
    ['Functional: we will not support custom alias or expiry'],
  ])('%j states no requirement', async (text) => {
    expect((await coverage(text)).functional.found).toEqual([]);
  });
});

describe('a list names entities where a data model is written: in the data-model step, or with their fields', () => {
  const entities = async (step: string, text: string) => (await report('twitter', { [step]: text })).entities.found;

  it.each([
    ['data-model', 'Tables: Tweet, User, Follow'],
    ['data-model', 'Tweet\nUser\nFollow'],
    ['data-model', 'Tweet, User, Follow tables in Postgres'],
    ['high-level-architecture', 'Tweet(tweet_id, author_id, text), User(user_id, handle), Follow(follower_id, followee_id)'],
    ['actions-and-apis', 'Follow: follower_id, followee_id; Tweet: tweet_id, author_id; User: user_id'],
  ])('in %s, %j names Tweet, User and Follow', async (step, text) => {
    expect(await entities(step, text)).toEqual(expect.arrayContaining(['Tweet', 'User', 'Follow']));
  });

  it.each([
    ['actions-and-apis', 'Tweet, User, Follow'],
    ['high-level-architecture', 'Tables: Tweet, User, Follow'],
    ['high-level-architecture', 'Cassandra, MySQL, sharding by user_id, follower graph, tweet store, like counts'],
    // A soup is no list of tables, even in the data-model step.
    ['data-model', 'tweet id snowflake for sorting by time with shard of tweet id and follow graph in table of followers and likes of users'],
    // Tech words that share one word with an entity's name are no list of tables.
    ['data-model', 'Redis feed cache, Kafka topics, Cassandra timelines, home page CDN'],
  ])('in %s, %j names no entity', async (step, text) => {
    expect(await entities(step, text)).toEqual([]);
  });

  it('a list in the data-model step names an entity by its whole name, each item on its own, whatever the problem', async () => {
    expect([...(await entities('data-model', 'home timelines, user_tweets, Follow table, likes'))].sort()).toEqual(['Follow', 'HomeTimeline', 'Like', 'UserTweets']);
    const techWords = 'Cassandra cluster, Redis cache, Kafka topics, partition key, CDN edge locations, event history, state machine, cell towers';
    for (const problem of ['url-shortener', 'whatsapp', 'uber', 'netflix', 'instagram']) {
      expect((await report(problem, { 'data-model': techWords })).entities.found, problem).toEqual([]);
    }
  });
});

describe('a negated action names no requirement or entity; a negated constraint still states one', () => {
  it('"we will not ..." earns no requirement and no entity', async () => {
    const r = await report('twitter', {
      'clarify-requirements': 'We will not keep home timelines as Redis lists. We do not post tweets with media or follow other users.',
      'data-model': 'We will not store a Tweet table, a User table or a Follow table.',
    });
    expect(r.requirements.functional.found).toEqual([]);
    expect(r.entities.found).toEqual([]);
  });

  it.each([['Short codes must never collide.'], ['Codes are never reused or easy to enumerate.']])('%j states a requirement', async (text) => {
    const r = await report('url-shortener', { 'clarify-requirements': text });
    expect(r.requirements.nonFunctional.found.map((l) => l.slice(0, 11))).toEqual(['Short codes']);
  });
});

describe('a read-heavy point needs the magnitude, not a plain comparison', () => {
  const twitter = () => loadProblem('twitter');
  const earned = (text: string) => judgeSample(twitter(), twitter().key_points.find((k) => k.id === 'read_heavy')!, text, language, runEstimate(twitter())).earned;
  it.each([['There are more reads than writes.'], ['Reads happen more often than writes.']])('%j does not earn it', (text) => {
    expect(earned(text)).toBe(false);
  });
  it.each([['There are far more reads than writes.'], ['Reads outnumber writes by orders of magnitude.'], ['Timelines are read about 100 times for every tweet posted.']])('%j earns it', (text) => {
    expect(earned(text)).toBe(true);
  });
});
