/**
 * Reading untrusted JSON safely: nesting is measured before parsing, `JSON.parse` never runs a reviver
 * or a setter, and a walk refuses `__proto__`/`constructor`/`prototype` keys anywhere before any other
 * code copies the data.
 */
import { findForbiddenKey } from '../scenario/forbidden-keys';
import { MAX_JSON_DEPTH, makeIssue, type Issue } from '../scenario/issues';

/** The result of {@link parseUntrustedJson}: the parsed value, or the first problem found. */
export type JsonParseResult = { ok: true; value: unknown } | { ok: false; issue: Issue };

/**
 * Count the UTF-8 bytes of a text without encoding it (lone surrogates count 3, as TextEncoder writes
 * U+FFFD for them).
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

interface TextShape {
  /** Deepest nesting of objects and lists, stopping early once over the cap. */
  readonly depth: number;
  /** Whether the text ends inside a string or with an object or list still open. */
  readonly unbalanced: boolean;
}

/** Measure nesting outside strings in one pass, without building anything. */
function measure(text: string, maxDepth: number): TextShape {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > maxDepth) return { depth: deepest, unbalanced: false };
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { depth: deepest, unbalanced: inString || depth > 0 };
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where the engine's SyntaxError says the JSON went wrong, if it says (V8: position; Firefox: line/column). */
function errorLocation(text: string, message: string): { line: number; column: number } | null {
  const position = /position (\d+)/.exec(message);
  if (position !== null) return lineAndColumn(text, Number(position[1]));
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn !== null) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  return null;
}

/**
 * Parse JSON text from outside the app. Refuses, in this order: empty or blank text (`fileEmpty`),
 * nesting deeper than {@link MAX_JSON_DEPTH} (`tooDeep`, before parsing), text cut off inside a string,
 * object or list (`fileTruncated`), other syntax errors (`notJson`, with line and column when known), and
 * forbidden keys anywhere (`forbiddenKey`). A leading byte-order mark is ignored. Never throws.
 */
export function parseUntrustedJson(text: string, maxDepth = MAX_JSON_DEPTH): JsonParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, issue: makeIssue('fileEmpty', '', {}) };
  const shape = measure(body, maxDepth);
  if (shape.depth > maxDepth) return { ok: false, issue: makeIssue('tooDeep', '', { maxDepth }) };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const location = errorLocation(body, message);
    const end = lineAndColumn(body, body.trimEnd().length);
    const atEnd =
      location === null ||
      location.line > end.line ||
      (location.line === end.line && location.column >= end.column);
    if (shape.unbalanced && (atEnd || /end of|unterminated/i.test(message))) {
      return { ok: false, issue: makeIssue('fileTruncated', '', {}) };
    }
    return {
      ok: false,
      issue: makeIssue('notJson', '', { line: location?.line ?? null, column: location?.column ?? null }),
    };
  }
  const forbidden = findForbiddenKey(value, maxDepth);
  if (forbidden !== null) return { ok: false, issue: forbidden };
  return { ok: true, value };
}
