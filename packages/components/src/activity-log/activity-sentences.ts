import type { ActivityChange, ActivityEntry } from '../api/model.js';
import type { Localizer, MessageKey } from '../i18n/localizer.js';
import type { MessageParams } from '../i18n/messages.js';
import {
  CLASSIFICATION_LABELS,
  DETERMINATION_LABELS,
  INCIDENT_STATUS_LABELS,
  INVESTIGATION_STATE_LABELS,
  REMEDIATION_ACTION_TYPE_LABELS,
  SEVERITY_LABELS,
  TASK_STATUS_LABELS,
} from '../internal/labels.js';
import type { activityLogMessages } from './messages.js';

/** What the sentences are written with: the Activity tab's catalog and the shared words, in one locale. */
export type ActivityLocalizer = Localizer<typeof activityLogMessages>;
type Key = MessageKey<typeof activityLogMessages>;

/** User data inside a sentence (a name, a tag, a title): shown as written, isolated, never translated. */
export interface DataPart {
  readonly data: string;
}
export type SentencePart = string | DataPart;
/** A sentence in the reader's language, its user data kept apart so that a view can isolate it (`<bdi>`). */
export type Sentence = readonly SentencePart[];

/** The sentence as plain text, for search and for tests. */
export function sentenceText(sentence: Sentence): string {
  return sentence.map((part) => (typeof part === 'string' ? part : part.data)).join('');
}

/**
 * User data enters a message as a marker (private-use characters no text has), so that data is
 * never read as a placeholder and the translated sentence can be split at the markers afterwards,
 * wherever its language puts them.
 */
const MARKER = /\uE000(\d+)\uE001/;

/** Writes one sentence: fills messages whose placeholders may hold user data. */
class SentenceWriter {
  readonly #data: string[] = [];

  constructor(private readonly l10n: ActivityLocalizer) {}

  /** What stands for `value` inside a message. */
  data(value: string): string {
    this.#data.push(value);
    return `\uE000${this.#data.length - 1}\uE001`;
  }

  t(key: Key, params?: MessageParams): string {
    return this.l10n.t(key, params);
  }

  /** A filled message split into words and data. */
  sentence(text: string): Sentence {
    return text.split(MARKER).flatMap((piece, index): SentencePart[] => {
      if (index % 2 === 1) return [{ data: this.#data[Number(piece)] ?? '' }];
      return piece ? [piece] : [];
    });
  }
}

function write(l10n: ActivityLocalizer, text: (writer: SentenceWriter) => string): Sentence {
  const writer = new SentenceWriter(l10n);
  return writer.sentence(text(writer));
}

/** The words of the audit trail's field names. */
const FIELD_KEYS: Readonly<Record<string, Key>> = {
  displayName: 'field.displayName',
  severity: 'field.severity',
  status: 'field.status',
  classification: 'field.classification',
  determination: 'field.determination',
  assignedTo: 'field.assignedTo',
  customTags: 'field.customTags',
  resolvingComment: 'field.resolvingComment',
  investigationState: 'field.investigationState',
  redirectIncidentId: 'field.redirectIncidentId',
  'task.title': 'field.taskTitle',
  'task.description': 'field.taskDescription',
  'task.status': 'field.taskStatus',
};

/** Enum-valued fields: the prefix of their values' shared words, and the values there are words for. */
const VALUE_WORDS: Readonly<Record<string, readonly [prefix: string, values: Readonly<Record<string, string>>]>> = {
  severity: ['severity', SEVERITY_LABELS],
  status: ['status', INCIDENT_STATUS_LABELS],
  classification: ['classification', CLASSIFICATION_LABELS],
  determination: ['determination', DETERMINATION_LABELS],
  investigationState: ['investigationState', INVESTIGATION_STATE_LABELS],
  'task.status': ['taskStatus', TASK_STATUS_LABELS],
};

/** Free-text fields: quoted, so that where the text starts and ends is plain. */
const TEXT_FIELDS = new Set(['displayName', 'resolvingComment', 'task.title', 'task.description']);

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * A field's name in words. A field the kit does not know yet is spelled out from its name
 * ("task.dueDate" → "Task due date"), as data: there is no translation for it.
 */
function fieldLabel(w: SentenceWriter, field: string): string {
  if (Object.hasOwn(FIELD_KEYS, field)) return w.t(FIELD_KEYS[field]);
  const words = field
    .split('.')
    .join(' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return w.data(words.charAt(0).toUpperCase() + words.slice(1));
}

function valueText(w: SentenceWriter, field: string, value: unknown): string {
  if (typeof value === 'string') {
    const words = Object.hasOwn(VALUE_WORDS, field) ? VALUE_WORDS[field] : undefined;
    if (words && Object.hasOwn(words[1], value)) return w.t(`${words[0]}.${value}` as Key);
    return TEXT_FIELDS.has(field) ? w.t('quoted', { text: w.data(value) }) : w.data(value);
  }
  if (Array.isArray(value)) return value.map((item) => valueText(w, field, item)).join(w.t('listSeparator'));
  if (typeof value === 'number' || typeof value === 'boolean') return w.data(String(value));
  return w.data(JSON.stringify(value) ?? String(value));
}

const listOf = (w: SentenceWriter, values: unknown[]) => values.map((value) => w.data(String(value))).join(w.t('listSeparator'));

function changeText(w: SentenceWriter, { field, from, to }: ActivityChange): string {
  if (field === 'assignedTo') {
    if (isEmpty(from)) return w.t('change.assigned', { user: valueText(w, field, to) });
    if (isEmpty(to)) return w.t('change.unassigned', { user: valueText(w, field, from) });
    return w.t('change.reassigned', { from: valueText(w, field, from), to: valueText(w, field, to) });
  }
  const label = fieldLabel(w, field);
  if (Array.isArray(from) || Array.isArray(to)) {
    const before = Array.isArray(from) ? from : [];
    const after = Array.isArray(to) ? to : [];
    const added = after.filter((value) => !before.includes(value));
    const removed = before.filter((value) => !after.includes(value));
    if (added.length > 0 && removed.length > 0) {
      return w.t('change.addedAndRemoved', { field: label, added: listOf(w, added), removed: listOf(w, removed) });
    }
    if (added.length > 0) return w.t('change.added', { field: label, items: listOf(w, added) });
    if (removed.length > 0) return w.t('change.removed', { field: label, items: listOf(w, removed) });
    return w.t('change.reordered', { field: label });
  }
  if (isEmpty(from)) return w.t('change.set', { field: label, value: valueText(w, field, to) });
  if (isEmpty(to)) return w.t('change.cleared', { field: label, value: valueText(w, field, from) });
  return w.t('change.changed', { field: label, from: valueText(w, field, from), to: valueText(w, field, to) });
}

/** One change in the reader's words: "Status changed from Active to In progress". */
export function changeSentence(change: ActivityChange, l10n: ActivityLocalizer): Sentence {
  return write(l10n, (w) => changeText(w, change));
}

/** A remediation action type in words; undefined for a type the kit does not know. */
function actionWords(w: SentenceWriter, type: string): string | undefined {
  return Object.hasOwn(REMEDIATION_ACTION_TYPE_LABELS, type) ? w.t(`actionType.${type}` as Key) : undefined;
}

const quoted = (w: SentenceWriter, text: string) => w.t('quoted', { text: w.data(text) });

const TASK_DETAILS: Readonly<Record<string, Key>> = {
  created: 'detail.taskCreated',
  completed: 'detail.taskCompleted',
  reopened: 'detail.taskReopened',
  edited: 'detail.taskEdited',
};
const PLAYBOOK_DETAILS: Readonly<Record<string, Key>> = {
  started: 'detail.playbookStarted',
  succeeded: 'detail.playbookSucceeded',
  failed: 'detail.playbookFailed',
};

type DetailRule = readonly [RegExp, (w: SentenceWriter, match: RegExpExecArray) => string | undefined];

/**
 * The details the kit's own backend writes, each in words of the reader's language (the action
 * type, the task's title and the entity stay as written). First match wins; a rule that answers
 * `undefined` (an action type the kit does not know) lets the next try.
 */
const DETAIL_RULES: readonly DetailRule[] = [
  [/^Task (created|completed|reopened|edited): (.*)$/s, (w, [, verb, title]) => w.t(TASK_DETAILS[verb!]!, { title: w.data(title!) })],
  [/^Incident created with (\d+) alerts?$/, (w, [, count]) => w.t('detail.createdWithAlerts', { count: Number(count) })],
  [/^Incident created from alert "(.*)"$/s, (w, [, title]) => w.t('detail.createdFromAlert', { title: quoted(w, title!) })],
  [
    /^Playbook "(.*)" (started|succeeded|failed) \(([^()]*)\)$/s,
    (w, [, name, outcome, run]) => w.t(PLAYBOOK_DETAILS[outcome!]!, { name: quoted(w, name!), run: w.data(run!) }),
  ],
  [/^Automated investigation found no threats$/, (w) => w.t('detail.noThreats')],
  [
    /^Automated investigation proposed (\d+) remediation actions? awaiting approval$/,
    (w, [, count]) => w.t('detail.proposed', { count: Number(count) }),
  ],
  [
    /^Started ([a-zA-Z]+) on (.*)$/s,
    (w, [, type, target]) => {
      const action = actionWords(w, type!);
      return action && w.t('detail.actionStarted', { action, target: w.data(target!) });
    },
  ],
  [
    /^(Approved|Rejected) ([a-zA-Z]+) on (.*?)(?:: (.*))?$/s,
    (w, [, decision, type, target, note]) => {
      const action = actionWords(w, type!);
      if (!action) return undefined;
      const params = { action, target: w.data(target!) };
      if (decision === 'Approved') {
        return note === undefined ? w.t('detail.actionApproved', params) : w.t('detail.actionApprovedNote', { ...params, note: w.data(note) });
      }
      return note === undefined ? w.t('detail.actionRejected', params) : w.t('detail.actionRejectedNote', { ...params, note: w.data(note) });
    },
  ],
  [
    /^([a-zA-Z]+) on (.*): (pending|approved|rejected|running|completed|failed)$/s,
    (w, [, type, target, status]) => {
      const action = actionWords(w, type!);
      return action && w.t(`detail.actionStatus.${status}` as Key, { action, target: w.data(target!) });
    },
  ],
  [
    /^([a-zA-Z]+) on (.*) (completed|failed)$/s,
    (w, [, type, target, outcome]) => {
      const action = actionWords(w, type!);
      return action && w.t(outcome === 'completed' ? 'detail.actionCompleted' : 'detail.actionFailed', { action, target: w.data(target!) });
    },
  ],
  [
    /^(Isolated|Released) (.*) with live response$/s,
    (w, [, effect, device]) => w.t(effect === 'Isolated' ? 'detail.isolatedLive' : 'detail.releasedLive', { device: w.data(device!) }),
  ],
  [/^Could not modify properties: (.*)$/s, (w, [, message]) => w.t('detail.modifyFailed', { message: w.data(message!) })],
  [
    /^([a-zA-Z]+) on (.*)$/s,
    (w, [, type, target]) => {
      const action = actionWords(w, type!);
      return action && w.t('detail.actionOn', { action, target: w.data(target!) });
    },
  ],
];

/** An entry's detail in the reader's words when it is one the kit knows; else as written, as data. */
function detailText(w: SentenceWriter, detail: string): string {
  for (const [pattern, text] of DETAIL_RULES) {
    const match = pattern.exec(detail);
    const written = match ? text(w, match) : undefined;
    if (written !== undefined) return written;
  }
  return w.data(detail);
}

const ACTION_FALLBACK: Readonly<Record<ActivityEntry['action'], Key>> = {
  created: 'fallback.created',
  updated: 'fallback.updated',
  commented: 'fallback.commented',
  remediation: 'fallback.remediation',
  playbook: 'fallback.playbook',
  task: 'fallback.task',
};

/**
 * What an audit entry says, as sentences: its detail (what happened, for actions that are not
 * field changes) and then one sentence per changed field. A task's status change is left out
 * when the detail already says it ("Task completed: …").
 */
export function entrySentences(entry: ActivityEntry, l10n: ActivityLocalizer): Sentence[] {
  const detail = entry.detail;
  const sentences = detail ? [write(l10n, (w) => detailText(w, detail))] : [];
  const saidByDetail = (change: ActivityChange) => !!detail && entry.action === 'task' && change.field === 'task.status';
  const changes = entry.changes.filter((change) => !saidByDetail(change));
  sentences.push(...changes.map((change) => changeSentence(change, l10n)));
  if (sentences.length === 0) {
    const key = Object.hasOwn(ACTION_FALLBACK, entry.action) ? ACTION_FALLBACK[entry.action] : 'fallback.other';
    sentences.push([l10n.t(key)]);
  }
  return sentences;
}

/**
 * Who acted, in the reader's words: the service's own names translated, a rule's name and a
 * person's as written ("Automation rule: <name>", "alex.wilber@contoso.com").
 */
export function actorSentence(actor: string, l10n: ActivityLocalizer): Sentence {
  return write(l10n, (w) => {
    if (actor === 'System') return w.t('actor.system');
    if (actor === 'Automated investigation') return w.t('actor.automatedInvestigation');
    if (actor === 'Automation') return w.t('actor.automation');
    const rule = /^Automation rule: (.*)$/s.exec(actor);
    return rule ? w.t('actor.automationRule', { name: w.data(rule[1]!) }) : w.data(actor);
  });
}
