import type { AutomationRule } from '../api/model.js';

/** The highest order a backend accepts. */
export const MAX_ORDER = 1000;

export interface OrderChange {
  rule: AutomationRule;
  order: number;
}

const strictlyRising = (orders: readonly number[]) => orders.every((order, i) => i === 0 || order > orders[i - 1]);

/**
 * The order numbers to save so that the rule at `from` runs at position `to` and every other rule
 * keeps its turn. Rules run by ascending order, and a backend breaks ties its own way, so the
 * result leaves the orders strictly rising in the new sequence.
 *
 * Neighbours with different orders swap them, as a person moving a rule one step expects; with
 * ties, each rule keeps its order where it can and otherwise takes the next free number.
 */
export function orderChanges(rules: readonly AutomationRule[], from: number, to: number): OrderChange[] {
  if (from === to || !rules[from] || !rules[to]) return [];
  const moved = [...rules];
  const [rule] = moved.splice(from, 1);
  moved.splice(to, 0, rule);

  if (Math.abs(from - to) === 1 && rules[from].order !== rules[to].order) {
    const swapped = moved.map((candidate) =>
      candidate === rules[from] ? rules[to].order : candidate === rules[to] ? rules[from].order : candidate.order,
    );
    if (strictlyRising(swapped)) {
      return [
        { rule: rules[from], order: rules[to].order },
        { rule: rules[to], order: rules[from].order },
      ];
    }
  }

  let orders: number[] = [];
  for (const candidate of moved) {
    const previous = orders.at(-1) ?? 0;
    orders.push(candidate.order > previous ? candidate.order : previous + 1);
  }
  if (orders.at(-1)! > MAX_ORDER) orders = moved.map((_, i) => i + 1);
  return moved
    .map((candidate, i) => ({ rule: candidate, order: orders[i] }))
    .filter((change) => change.order !== change.rule.order);
}
