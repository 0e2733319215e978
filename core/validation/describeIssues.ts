/** valibot's issues as one line a curator can act on: "sources[2].title: expected string; cues[3].pattern: not a regular expression". */
import type * as v from 'valibot';

/** The first `limit` issues, each with the path of the field it is about. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], limit = 3): string {
  return issues
    .slice(0, limit)
    .map((issue) => `${issuePath(issue)}: ${issueMessage(issue)}`)
    .join('; ');
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  const objectKey = issue.type === 'object' || issue.type === 'strict_object';
  if (objectKey && issue.received === 'undefined') return 'missing';
  if (objectKey && issue.expected === 'never') return 'unexpected field';
  if (issue.kind === 'schema' && issue.expected) return issue.received === 'undefined' ? `expected ${issue.expected}` : `expected ${issue.expected}, got ${issue.received}`;
  return issue.message;
}

