/**
 * A content file the blog cannot understand. The message always names the file, the front-matter field
 * and the reason, so the site owner can fix the export without reading code.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${file}: ${field}: ${reason}`);
    this.name = 'ContentError';
  }
}

/** Several content errors found in one pass: reported together so one build shows every broken file. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(
      `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((e) => `  - ${e.message}`).join('\n'),
    );
    this.name = 'ContentErrors';
  }
}
