#!/usr/bin/env node
/**
 * One autocannon 9.0.0 run, for bench/serve.mjs, which starts it as a second process so that the load generator
 * does not share an event loop with anything else. Besides autocannon's own result it watches every response's
 * time, which autocannon's summary gives only as percentiles: how many answers took longer than a limit, and
 * the slowest of them.
 *
 *   node bench/load.mjs '{"url":"http://127.0.0.1:3420/","connections":100,"duration":20,"timeout":30,"slowMs":1000}'
 *
 * Prints one line of JSON: autocannon's result, plus `slow: { limitMs, count, slowest }` (`slowest`: the ten
 * longest response times in ms, longest first).
 */
import autocannon from 'autocannon';

const { url, connections, duration, timeout, slowMs } = JSON.parse(process.argv[2] ?? '{}');
if (!url || !connections || !duration || !timeout || !slowMs) {
  console.error('usage: node bench/load.mjs \'{"url":…,"connections":…,"duration":…,"timeout":…,"slowMs":…}\'');
  process.exit(2);
}

let count = 0;
const slowest = [];
const instance = autocannon({ url, connections, duration, timeout }, (error, result) => {
  if (error) {
    console.error(error);
    process.exit(1);
  }
  console.log(JSON.stringify({ ...result, slow: { limitMs: slowMs, count, slowest } }));
});
instance.on('response', (_client, _statusCode, _bytes, responseTime) => {
  if (responseTime <= slowMs) return;
  count += 1;
  slowest.push(Math.round(responseTime));
  slowest.sort((a, b) => b - a);
  slowest.length = Math.min(slowest.length, 10);
});
