#!/usr/bin/env node
/**
 * Writes a synthetic Jekyll Exporter folder of N posts (~2 KB each, with tags, categories and plugin keys)
 * for the build benchmark: node bench/generate-site.mjs 600 /tmp/site-600
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [count = '600', out = `/tmp/site-${count}`] = process.argv.slice(2);
const n = Number(count);
mkdirSync(path.join(out, '_posts'), { recursive: true });
writeFileSync(path.join(out, '_config.yml'), `title: Synthetic ${n}\ndescription: Benchmark site\nurl: https://bench.example\npaginate: 10\n`);
const words = 'startup funding cloud platform market growth privacy security data network users product launch'.split(' ');
const paragraph = (i) =>
  Array.from({ length: 60 }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' ') + '.';
for (let i = 0; i < n; i++) {
  const date = new Date(Date.UTC(2006, 0, 1) + i * 3_600_000 * 9);
  const day = date.toISOString().slice(0, 10);
  const slug = `post-${i}-${words[i % words.length]}`;
  writeFileSync(
    path.join(out, '_posts', `${day}-${slug}.md`),
    `---
id: ${i + 1}
title: 'Post ${i}: ${words[i % words.length]} &#038; ${words[(i + 3) % words.length]}'
date: ${date.toISOString().slice(0, 19)}+00:00
author: Bench
layout: post
guid: https://bench.example/?p=${i + 1}
permalink: /${slug}/
categories:
  - ${words[i % 5]}
tags:
  - ${words[i % words.length]}
  - ${words[(i * 5) % words.length]}
classic-editor-remember:
  - classic-editor
---
${paragraph(i)}

## Section ${i}

${paragraph(i + 1)} <a href="https://example.com/${i}">a link</a>

- ${words[i % words.length]}
- ${words[(i + 1) % words.length]}

${paragraph(i + 2)}
`,
  );
}
console.log(`wrote ${n} posts to ${out}`);
