import type { ActivityEntry, Comment } from '../api/model.js';
import { actorSentence, entrySentences, sentenceText, type ActivityLocalizer } from './activity-sentences.js';

/** The kinds the log can be filtered by, in the order the filter offers them. */
export const LOG_KINDS = ['all', 'comments', 'changes', 'tasks', 'response'] as const;
export type LogKind = (typeof LOG_KINDS)[number];
export type ItemKind = Exclude<LogKind, 'all'>;

const KIND_OF_ACTION: Record<ActivityEntry['action'], ItemKind> = {
  created: 'changes',
  updated: 'changes',
  commented: 'comments',
  task: 'tasks',
  remediation: 'response',
  playbook: 'response',
};

export type ActorKind = 'person' | 'automation' | 'system';

/** One line of the log: a comment, or an audit entry (which a view writes as sentences in its reader's language). */
export interface LogItem {
  key: string;
  kind: ItemKind;
  actor: string;
  actorKind: ActorKind;
  time: string;
  /** The comment's text, kept as written (line breaks included). */
  comment?: string;
  /** The audit entry, for every kind but comments. */
  entry?: ActivityEntry;
}

/** "Automation rule: <name>", or automation acting without a named rule. */
const AUTOMATION_ACTOR = /^Automation(?: rule:|$)/;
const SERVICE_ACTORS = new Set(['System', 'Automated investigation']);

export function actorKindOf(actor: string): ActorKind {
  if (AUTOMATION_ACTOR.test(actor)) return 'automation';
  return SERVICE_ACTORS.has(actor) ? 'system' : 'person';
}

export function commentItem(comment: Comment): LogItem {
  return {
    key: `comment:${comment.id}`,
    kind: 'comments',
    actor: comment.createdBy,
    actorKind: actorKindOf(comment.createdBy),
    time: comment.createdDateTime,
    comment: comment.comment,
  };
}

function entryItem(entry: ActivityEntry): LogItem {
  const kind = KIND_OF_ACTION[entry.action] ?? 'changes';
  return {
    key: `activity:${entry.id}`,
    kind,
    actor: entry.actor,
    actorKind: actorKindOf(entry.actor),
    time: entry.time,
    comment: kind === 'comments' ? (entry.detail ?? '') : undefined,
    entry: kind === 'comments' ? undefined : entry,
  };
}

const timeOf = (item: LogItem) => {
  const time = Date.parse(item.time);
  return Number.isNaN(time) ? -Infinity : time;
};

/**
 * Comments and audit entries in one list, newest first. The comments are the record of what
 * was said, so the audit trail's own "commented" entries are left out; items at the same time
 * keep the order the backend gave them, latest first.
 */
export function buildLog(comments: readonly Comment[], activity: readonly ActivityEntry[]): LogItem[] {
  const items = [
    ...activity.filter((entry) => entry.action !== 'commented').map(entryItem),
    ...comments.map(commentItem),
  ];
  return items
    .map((item, position) => ({ item, position }))
    .sort((a, b) => timeOf(b.item) - timeOf(a.item) || b.position - a.position)
    .map(({ item }) => item);
}

/** Adds a comment just posted to a log, in its place by time. */
export function withComment(items: readonly LogItem[], comment: Comment): LogItem[] {
  const item = commentItem(comment);
  if (items.some((existing) => existing.key === item.key)) return [...items];
  const at = items.findIndex((existing) => timeOf(existing) <= timeOf(item));
  return at === -1 ? [...items, item] : [...items.slice(0, at), item, ...items.slice(at)];
}

export function countByKind(items: readonly LogItem[]): Record<LogKind, number> {
  const counts: Record<LogKind, number> = { all: items.length, comments: 0, changes: 0, tasks: 0, response: 0 };
  for (const item of items) counts[item.kind]++;
  return counts;
}

/** The items of `kind` whose actor or words (as `l10n` writes them) contain `text` (case-insensitive). */
export function filterLog(items: readonly LogItem[], kind: LogKind, text: string, l10n: ActivityLocalizer): LogItem[] {
  const needle = text.trim().toLocaleLowerCase(l10n.locale);
  return items.filter((item) => {
    if (kind !== 'all' && item.kind !== kind) return false;
    if (!needle) return true;
    const sentences = item.entry ? entrySentences(item.entry, l10n) : [];
    const words = [item.actor, sentenceText(actorSentence(item.actor, l10n)), item.comment ?? '', ...sentences.map(sentenceText)];
    return words.some((value) => value.toLocaleLowerCase(l10n.locale).includes(needle));
  });
}
