import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Inventory } from './inventory';

const TYPES = { Post: 'posts', Page: 'pages', Draft: 'drafts' } as const;

/** Source files of one document type in Contentlayer's output folder. */
function generatedFiles(generatedDir: string, type: keyof typeof TYPES): string[] {
  const file = path.join(generatedDir, type, '_index.json');
  const index = JSON.parse(readFileSync(file, 'utf8')) as { _raw: { sourceFilePath: string } }[];
  return index.map((doc) => doc._raw.sourceFilePath);
}

/**
 * Contentlayer skips a document it cannot read with no more than a warning. This compares its output with
 * the inventory of the export: every document present under its own type, nothing else. Returns one line per
 * difference, naming the file; empty when they agree.
 */
export function compareWithGenerated(inventory: Inventory, generatedDir: string): string[] {
  const problems: string[] = [];
  for (const [type, key] of Object.entries(TYPES) as [keyof typeof TYPES, (typeof TYPES)[keyof typeof TYPES]][]) {
    const generated = new Set(generatedFiles(generatedDir, type));
    for (const doc of inventory[key]) {
      if (!generated.delete(doc.file)) problems.push(`${doc.file}: missing from Contentlayer's ${type} output`);
    }
    for (const extra of generated) problems.push(`${extra}: in Contentlayer's ${type} output, but not a ${type.toLowerCase()} of the export`);
  }
  return problems;
}
