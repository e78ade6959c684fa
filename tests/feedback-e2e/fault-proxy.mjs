/**
 * A fault-injecting HTTP proxy in front of the feedback receiver. Every POST gets one fault from the current plan
 * (scripted or seeded-random): pass, a delay of 2–5 s, a 500/503, a 429 with Retry-After, a socket reset before
 * forwarding, or a socket reset after the receiver answered (the receiver wrote the rows; the browser never hears
 * it). An outage window fails every POST. Other requests (CORS preflight, health) pass. Every delivery attempt is
 * logged with the answer ids its body carried.
 */
import http from 'node:http';

/** Mulberry32: a small seeded PRNG, so a fault run can be repeated. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The faults the proxy knows. `delay` passes after `ms`; the others never give the browser the receiver's answer. */
export const faultTypes = ['pass', 'delay', 'status', 'reset-before', 'reset-after'];

/**
 * A seeded-random plan: each request draws one fault by weight. `weights` are relative; missing ones are 0.
 * Delays are 2–5 s; statuses 500 and 503 evenly; 429 carries `Retry-After: 1`.
 */
export function randomFaults({ seed, weights }) {
  const random = seededRandom(seed);
  const table = [
    ['pass', () => ({ type: 'pass' })],
    ['delay', () => ({ type: 'delay', ms: 2000 + Math.round(random() * 3000) })],
    ['500', () => ({ type: 'status', status: 500 })],
    ['503', () => ({ type: 'status', status: 503 })],
    ['429', () => ({ type: 'status', status: 429, retryAfter: 1 })],
    ['reset-before', () => ({ type: 'reset-before' })],
    ['reset-after', () => ({ type: 'reset-after' })],
  ];
  const total = table.reduce((sum, [name]) => sum + (weights[name] ?? 0), 0);
  return () => {
    let pick = random() * total;
    for (const [name, make] of table) {
      pick -= weights[name] ?? 0;
      if (pick < 0) return make();
    }
    return { type: 'pass' };
  };
}

/** A scripted plan: the faults in order, then `pass` (or `then`) for every later request. */
export function scriptedFaults(faults, then = () => ({ type: 'pass' })) {
  const queue = [...faults];
  return () => queue.shift() ?? then();
}

/** The answer ids a request body carries: one answer, or a batch (array); a beacon's key from the query. */
export function idsOf(body, url) {
  try {
    const parsed = JSON.parse(body);
    const entries = Array.isArray(parsed) ? parsed : [parsed];
    return entries.map((entry) => (entry && typeof entry.id === 'string' ? entry.id : null)).filter(Boolean);
  } catch {
    const key = new URL(url, 'http://x').searchParams.get('idempotencyKey');
    return key ? [key] : [];
  }
}

const readBody = (stream) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });

function forward(upstream, req, body) {
  return new Promise((resolve, reject) => {
    const headers = { ...req.headers, host: upstream.host, 'content-length': String(body.length) };
    delete headers.connection;
    const out = http.request(
      { hostname: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers, agent: false },
      async (res) => {
        try {
          resolve({ status: res.statusCode, headers: res.headers, body: await readBody(res) });
        } catch (error) {
          reject(error);
        }
      },
    );
    out.on('error', reject);
    out.end(body);
  });
}

/** Per-entry statuses of a receiver's answer (a batch's `results`, or the single answer's status). */
function resultsOf(ids, status, body) {
  try {
    const parsed = JSON.parse(body.toString('utf8'));
    if (Array.isArray(parsed?.results)) return parsed.results.map((r) => ({ id: r.id, status: r.status }));
  } catch {
    // not JSON: fall through
  }
  return ids.map((id) => ({ id, status }));
}

/**
 * Starts the proxy on 127.0.0.1 (a free port unless `port`). `upstream` is the receiver's base URL. Injected
 * statuses carry CORS headers for the calling origin, as a gateway in front of the receiver would, so the page can
 * read them (and 429's Retry-After). Returns controls and the attempt log.
 */
export async function startFaultProxy({ upstream, plan = () => ({ type: 'pass' }), port = 0 }) {
  const target = new URL(upstream);
  const state = { plan, outage: false, outageFault: { type: 'status', status: 503 } };
  /** One record per POST, in arrival order. */
  const attempts = [];
  const sockets = new Set();
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  const server = http.createServer(async (req, res) => {
    const body = await readBody(req);
    const isPost = req.method === 'POST';
    const fault = !isPost ? { type: 'pass' } : state.outage ? state.outageFault : state.plan();
    const record = { seq: attempts.length, at: Date.now(), method: req.method, path: req.url, ids: isPost ? idsOf(body.toString('utf8'), req.url) : [], fault: fault.type, status: fault.status, forwarded: false, results: [], outcome: '' };
    if (isPost) attempts.push(record);
    try {
      if (fault.type === 'reset-before') {
        record.outcome = 'reset';
        req.socket.destroy();
        return;
      }
      if (fault.type === 'status') {
        const headers = { 'content-type': 'application/problem+json', vary: 'Origin' };
        if (req.headers.origin) {
          headers['access-control-allow-origin'] = req.headers.origin;
          headers['access-control-expose-headers'] = 'Retry-After';
        }
        if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
        res.writeHead(fault.status, headers);
        res.end(JSON.stringify({ type: 'about:blank', title: 'Injected fault', status: fault.status }));
        record.outcome = String(fault.status);
        return;
      }
      if (fault.type === 'delay') await sleep(fault.ms);
      const answer = await forward(target, req, body);
      record.forwarded = true;
      record.results = resultsOf(record.ids, answer.status, answer.body);
      if (fault.type === 'reset-after') {
        record.outcome = 'reset';
        req.socket.destroy();
        return;
      }
      const headers = { ...answer.headers };
      delete headers['transfer-encoding'];
      delete headers.connection;
      res.writeHead(answer.status, headers);
      res.end(answer.body);
      record.outcome = String(answer.status);
    } catch (error) {
      record.outcome = `proxy error: ${error.message}`;
      if (!res.headersSent) res.writeHead(502).end();
      else req.socket.destroy();
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;

  return {
    url,
    attempts,
    /** Replaces the fault plan (a function returning one fault per request). */
    setPlan(next) {
      state.plan = next;
    },
    /** Starts or ends an outage: while on, every POST gets `fault` (default 503) and nothing reaches the receiver. */
    setOutage(on, fault = { type: 'status', status: 503 }) {
      state.outage = on;
      state.outageFault = fault;
    },
    /**
     * Per answer id: requests that carried it, how many reached the receiver, the receiver's per-entry statuses, and
     * the queues (`?queue=`, default `a`) it was sent to.
     */
    deliveriesById() {
      const byId = new Map();
      for (const attempt of attempts) {
        for (const id of attempt.ids) {
          const entry = byId.get(id) ?? { attempts: 0, forwarded: 0, statuses: [], queues: new Set() };
          entry.attempts += 1;
          entry.queues.add(new URL(attempt.path, 'http://x').searchParams.get('queue') ?? 'a');
          if (attempt.forwarded) entry.forwarded += 1;
          const result = attempt.results.find((r) => r.id === id);
          if (result) entry.statuses.push(result.status);
          byId.set(id, entry);
        }
      }
      return byId;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
