import { compareNames } from '../../../shared/model/compare-names';
import { kindShortName } from '../../../shared/reminders/texts';
import type { Language } from '../../../shared/model/types';
import { urgencyRank } from '../../../shared/model/urgency';
import type { Urgency } from '../../../shared/model/urgency';
import type { TokenListItem } from '../components/TokenTable';
import type { DashboardSort } from '../state/dashboard-view';

/** One line of the dashboard's list: an organisation's group header (grouped view) or a token. */
export type DashboardEntry =
  | { type: 'group'; key: string; organisationId: string; organisationName: string; count: number; worst: Urgency; expanded: boolean }
  | { type: 'token'; key: string; item: TokenListItem };

const deadlineMs = (item: TokenListItem) => (item.urgency.deadline === null ? Number.POSITIVE_INFINITY : Date.parse(item.urgency.deadline));

function byDeadline(a: TokenListItem, b: TokenListItem): number {
  const left = deadlineMs(a);
  const right = deadlineMs(b);
  return left === right ? 0 : left < right ? -1 : 1;
}

function comparator(sort: DashboardSort, language: Language): ((a: TokenListItem, b: TokenListItem) => number) | null {
  switch (sort.key) {
    case 'urgency':
      return null;
    case 'organisation':
      return (a, b) => compareNames(a.organisationName, b.organisationName);
    case 'kind':
      return (a, b) => compareNames(kindShortName(a.token.kind, language), kindShortName(b.token.kind, language)) || compareNames(a.token.label, b.token.label);
    case 'expiry':
      return byDeadline;
    case 'state':
      return (a, b) => urgencyRank(a.urgency.state) - urgencyRank(b.urgency.state) || byDeadline(a, b);
  }
}

/**
 * The items in the order the user chose. They arrive most urgent first, and the sort is
 * stable, so ties keep that order («Организация»: each client's most pressing token first).
 */
export function sortItems(items: TokenListItem[], sort: DashboardSort, language: Language): TokenListItem[] {
  const compare = comparator(sort, language);
  if (!compare) return sort.direction === 'ascending' ? items : [...items].reverse();
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...items].sort((a, b) => sign * compare(a, b));
}

/** The flat list: one entry per token. */
export function flatEntries(items: TokenListItem[]): DashboardEntry[] {
  return items.map((item) => ({ type: 'token', key: item.token.id, item }));
}

/**
 * One group per organisation, in the order its first token comes in the sorted list (so sorted by
 * urgency the client with the most pressing token leads), each headed by its worst state.
 */
export function groupedEntries(items: TokenListItem[], collapsed: Readonly<Record<string, boolean>>): DashboardEntry[] {
  const groups = new Map<string, TokenListItem[]>();
  for (const item of items) {
    const group = groups.get(item.token.organisationId);
    if (group) group.push(item);
    else groups.set(item.token.organisationId, [item]);
  }
  const entries: DashboardEntry[] = [];
  for (const [organisationId, members] of groups) {
    const first = members[0] as TokenListItem;
    const worst = members.reduce<Urgency>((state, member) => (urgencyRank(member.urgency.state) < urgencyRank(state) ? member.urgency.state : state), first.urgency.state);
    const expanded = !collapsed[organisationId];
    entries.push({ type: 'group', key: `group-${organisationId}`, organisationId, organisationName: first.organisationName, count: members.length, worst, expanded });
    if (expanded) for (const item of members) entries.push({ type: 'token', key: item.token.id, item });
  }
  return entries;
}
