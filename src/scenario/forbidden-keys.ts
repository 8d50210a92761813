/**
 * A guard for data from outside the app (files, links, records another version wrote): refuse the
 * keys that could reach an object's prototype, and nesting no scenario needs, before any other code
 * copies or reads the data.
 */
import { FORBIDDEN_KEYS, MAX_JSON_DEPTH, formatPath, makeIssue, type Issue } from './issues';

/**
 * Walk a value (parsed JSON, or a record read from storage) and report the first `__proto__`,
 * `constructor` or `prototype` key (`forbiddenKey`, with its path), or nesting deeper than `maxDepth`
 * (`tooDeep`; also what a cyclic value gives). Returns null when the value is clean. Never throws.
 */
export function findForbiddenKey(value: unknown, maxDepth = MAX_JSON_DEPTH): Issue | null {
  const path: (string | number)[] = [];
  function visit(node: unknown, depth: number): Issue | null {
    if (typeof node !== 'object' || node === null) return null;
    if (depth > maxDepth) return makeIssue('tooDeep', formatPath(path), { maxDepth });
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        const found = visit(node[i], depth + 1);
        path.pop();
        if (found !== null) return found;
      }
      return null;
    }
    for (const key of Object.keys(node)) {
      path.push(key);
      if (FORBIDDEN_KEYS.includes(key)) {
        const issue = makeIssue('forbiddenKey', formatPath(path), { key });
        path.pop();
        return issue;
      }
      const found = visit((node as Record<string, unknown>)[key], depth + 1);
      path.pop();
      if (found !== null) return found;
    }
    return null;
  }
  try {
    return visit(value, 1);
  } catch {
    // A getter that throws or a revoked proxy: not data this app wrote.
    return makeIssue('wrongType', formatPath(path), { expected: 'object', received: 'other' });
  }
}
