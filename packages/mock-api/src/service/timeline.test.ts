import { expect } from '@open-wc/testing';
import type { TimelineEvent, TimelineKind, TimelinePage, TimelineQuery } from '@soc-kit/components/api';
import type { IncidentService } from './incident-service.js';
import { createTestService, expectServiceError, NOW } from './testing.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

/** Every event of a window, following cursors. */
function allEvents(service: IncidentService, entityId: string, query: TimelineQuery): { events: TimelineEvent[]; first: TimelinePage } {
  const first = service.getEntityTimeline(entityId, query);
  const events = [...first.items];
  let cursor = first.nextCursor;
  while (cursor) {
    const page = service.getEntityTimeline(entityId, { ...query, cursor });
    expect(page.totalCount).to.equal(first.totalCount);
    events.push(...page.items);
    cursor = page.nextCursor;
  }
  return { events, first };
}

/** A device that some incident names, so its timeline has alerts too. */
function namedDevice(service: IncidentService): string {
  const incident = service.listIncidents({ sort: { field: 'id', direction: 'asc' }, top: 500 }).items.find((candidate) =>
    service.listEvidence(candidate.id).some((entity) => entity.type === 'device'),
  )!;
  return service.listEvidence(incident.id).find((entity) => entity.type === 'device')!.id;
}

describe('entity timelines', () => {
  it('counts in the histogram exactly the events it lists', () => {
    const { service } = createTestService();
    const from = NOW - 3 * DAY + 1234;
    const to = NOW - 1 * DAY - 777;
    const { events, first } = allEvents(service, 'user-1', { from: iso(from), to: iso(to), limit: 7 });
    expect(first.histogram).to.have.length(60);
    expect(first.histogram.reduce((sum, bucket) => sum + bucket.count, 0)).to.equal(first.totalCount);
    expect(events).to.have.length(first.totalCount);
    expect(first.totalCount).to.be.within(40, 140);
    expect(new Set(events.map((event) => event.id)).size).to.equal(events.length);
    const starts = first.histogram.map((bucket) => Date.parse(bucket.start));
    expect(starts[0]).to.equal(from);
    starts.forEach((start, i) => {
      const end = i + 1 < starts.length ? starts[i + 1]! : to;
      expect(start).to.be.lessThan(end);
      const inBucket = events.filter((event) => Date.parse(event.time) >= start && Date.parse(event.time) < end).length;
      expect(inBucket, `bucket ${i}`).to.equal(first.histogram[i]!.count);
    });
  });

  it('lists events newest first, inside the window, with the entity id', () => {
    const { service } = createTestService();
    const from = NOW - 2 * DAY;
    const to = NOW - DAY;
    const { events } = allEvents(service, 'device-2', { from: iso(from), to: iso(to), limit: 1000 });
    const times = events.map((event) => Date.parse(event.time));
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    expect(times.every((time) => time >= from && time < to)).to.be.true;
    expect(events.every((event) => event.entityId === 'device-2' && event.title.length > 0)).to.be.true;
  });

  it('pages by cursor through the same events as one large page', () => {
    const { service } = createTestService();
    const query = { from: iso(NOW - 5 * DAY), to: iso(NOW), limit: 1000 };
    const whole = service.getEntityTimeline('device-1', query);
    expect(whole.nextCursor).to.equal(null);
    const paged = allEvents(service, 'device-1', { ...query, limit: 13 }).events;
    expect(paged.map((event) => event.id)).to.deep.equal(whole.items.map((event) => event.id));
    expectServiceError(() => service.getEntityTimeline('device-1', { ...query, cursor: 'garbage' }), 'validation', 'cursor');
  });

  it('honours kinds in the events, the totals and the histogram', () => {
    const { service } = createTestService({ timelineEventsPerDay: 2000 });
    const window = { from: iso(NOW - 2 * DAY), to: iso(NOW - DAY) };
    const all = service.getEntityTimeline('user-2', window).totalCount;
    const kinds: TimelineKind[] = ['activity', 'bookmark', 'anomaly', 'alert'];
    const perKind = kinds.map((kind) => service.getEntityTimeline('user-2', { ...window, kinds: [kind] }));
    expect(perKind.reduce((sum, page) => sum + page.totalCount, 0)).to.equal(all);
    perKind.forEach((page, i) => {
      expect(page.items.every((event) => event.kind === kinds[i])).to.be.true;
      expect(page.histogram.reduce((sum, bucket) => sum + bucket.count, 0)).to.equal(page.totalCount);
    });
    expect(perKind[0]!.totalCount).to.be.greaterThan(perKind[2]!.totalCount);
    expect(perKind[2]!.totalCount).to.be.greaterThan(0);
    const anomalies = service.getEntityTimeline('user-2', { ...window, kinds: ['anomaly', 'bookmark'], limit: 1000 });
    expect(anomalies.items.every((event) => event.kind === 'anomaly' || event.kind === 'bookmark')).to.be.true;
    expect(anomalies.items.filter((event) => event.kind === 'anomaly').every((event) => event.severity !== undefined)).to.be.true;
  });

  it('adds up across adjacent windows of any boundaries', () => {
    const { service } = createTestService({ timelineEventsPerDay: 500 });
    const a = NOW - 10 * DAY + 12_345;
    const b = NOW - 6 * DAY - 9_876;
    const c = NOW - 1 * DAY + 4_321;
    const total = (from: number, to: number) => service.getEntityTimeline('ip-3', { from: iso(from), to: iso(to) }).totalCount;
    expect(total(a, b) + total(b, c)).to.equal(total(a, c));
    expect(total(a, a + 1) + total(a + 1, a + HOUR / 2) + total(a + HOUR / 2, a + 3 * HOUR)).to.equal(total(a, a + 3 * HOUR));
  });

  it('shows the alerts of incidents that name the entity', () => {
    const { service } = createTestService();
    const deviceId = namedDevice(service);
    const insights = service.getEntityInsights(deviceId);
    const { events } = allEvents(service, deviceId, { from: iso(NOW - 200 * DAY), to: iso(NOW), kinds: ['alert'], limit: 1000 });
    expect(events.length).to.be.greaterThan(0);
    for (const event of events) {
      expect(event.alertId).to.be.a('string');
      const alert = service.getAlert(event.alertId!);
      expect(alert.incidentId).to.equal(event.incidentId);
      expect(alert.evidence.map((entity) => entity.id)).to.include(deviceId);
      expect(event.time).to.equal(alert.firstActivityDateTime);
      expect(insights.relatedIncidents.map((incident) => incident.id)).to.include(event.incidentId);
    }
  });

  it('has no generated events in the future or before the entity was first seen', () => {
    const { service, clock } = createTestService({ timelineEventsPerDay: 5000 });
    const future = service.getEntityTimeline('device-4', { from: iso(clock.time), to: iso(clock.time + 30 * DAY) });
    expect(future.totalCount).to.equal(0);
    const insights = service.getEntityInsights('device-4');
    const before = service.getEntityTimeline('device-4', { from: iso(Date.parse(insights.firstSeen) - 30 * DAY), to: insights.firstSeen, kinds: ['activity', 'anomaly', 'bookmark'] });
    expect(before.totalCount).to.equal(0);
    clock.advance(2 * HOUR);
    expect(service.getEntityTimeline('device-4', { from: iso(clock.time - 2 * HOUR), to: iso(clock.time + DAY) }).totalCount).to.be.greaterThan(0);
  });

  it('reaches a million events in 30 days and jumps anywhere in them', () => {
    const { service } = createTestService({ timelineEventsPerDay: 35_000 });
    const from = NOW - 30 * DAY;
    const month = service.getEntityTimeline('device-0', { from: iso(from), to: iso(NOW), limit: 1000 });
    expect(month.totalCount).to.be.within(900_000, 1_200_000);
    expect(month.items).to.have.length(1000);
    expect(month.histogram.reduce((sum, bucket) => sum + bucket.count, 0)).to.equal(month.totalCount);
    const jumpTo = NOW - 17 * DAY - 5 * HOUR - 123;
    const jumped = service.getEntityTimeline('device-0', { from: iso(from), to: iso(jumpTo), limit: 200 });
    expect(Date.parse(jumped.items[0]!.time)).to.be.lessThan(jumpTo).and.greaterThan(jumpTo - 60_000);
    const next = service.getEntityTimeline('device-0', { from: iso(from), to: iso(jumpTo), limit: 200, cursor: jumped.nextCursor! });
    expect(Date.parse(next.items[0]!.time)).to.be.at.most(Date.parse(jumped.items.at(-1)!.time));
  });

  it('answers windows far wider than the entity has existed', () => {
    const { service, clock } = createTestService({ timelineEventsPerDay: 100 });
    const deviceId = namedDevice(service);
    const lifetime = service.getEntityTimeline(deviceId, { from: service.getEntityInsights(deviceId).firstSeen, to: iso(clock.time) });
    const wide = service.getEntityTimeline(deviceId, { from: '1970-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z', limit: 5 });
    expect(wide.totalCount).to.equal(lifetime.totalCount);
    expect(wide.items.map((event) => event.id)).to.deep.equal(lifetime.items.slice(0, 5).map((event) => event.id));
    const oldest = service.getEntityTimeline(deviceId, { from: '1970-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z', kinds: ['bookmark'], limit: 1000 });
    expect(oldest.items.length).to.equal(oldest.totalCount);
  });

  it('is the same for the same options', () => {
    const query = { from: iso(NOW - 3 * DAY), to: iso(NOW), limit: 50 };
    const one = createTestService().service.getEntityTimeline('user-5', query);
    const two = createTestService().service.getEntityTimeline('user-5', query);
    expect(JSON.stringify(one)).to.equal(JSON.stringify(two));
    const other = createTestService({ seed: 43 }).service.getEntityTimeline('user-5', query);
    expect(JSON.stringify(other)).to.not.equal(JSON.stringify(one));
  });

  it('refuses bad queries', () => {
    const { service } = createTestService();
    const window = { from: iso(NOW - DAY), to: iso(NOW) };
    expectServiceError(() => service.getEntityTimeline('user-1', { ...window, to: window.from }), 'validation', 'to');
    expectServiceError(() => service.getEntityTimeline('user-1', { ...window, from: 'yesterday' }), 'validation', 'from');
    expectServiceError(() => service.getEntityTimeline('user-1', { ...window, kinds: ['email' as TimelineKind] }), 'validation', 'kinds');
    expectServiceError(() => service.getEntityTimeline('user-1', { ...window, limit: 0 }), 'validation', 'limit');
    expectServiceError(() => service.getEntityTimeline('user-1', { ...window, limit: 1001 }), 'validation', 'limit');
    expectServiceError(() => service.getEntityTimeline('user-99999', window), 'notFound');
  });
});

describe('entity insights', () => {
  it('summarise when the entity was seen, its incidents and its usual activity', () => {
    const { service, clock } = createTestService();
    const deviceId = namedDevice(service);
    const insights = service.getEntityInsights(deviceId);
    expect(insights.entityId).to.equal(deviceId);
    expect(Date.parse(insights.firstSeen)).to.be.lessThan(Date.parse(insights.lastSeen));
    expect(Date.parse(insights.lastSeen)).to.be.at.most(clock.time);
    expect(insights.relatedIncidents.length).to.be.greaterThan(0);
    for (const related of insights.relatedIncidents) {
      expect(service.listEvidence(related.id).map((entity) => entity.id)).to.include(deviceId);
      expect(service.getIncident(related.id)).to.include({ displayName: related.displayName, severity: related.severity, status: related.status });
    }
    const activities = insights.mostFrequentActivities;
    expect(activities.length).to.be.within(1, 5);
    expect(activities.map((activity) => activity.count)).to.deep.equal([...activities.map((activity) => activity.count)].sort((a, b) => b - a));
    const lastWeek = service.getEntityTimeline(deviceId, { from: iso(clock.time - 7 * DAY), to: iso(clock.time), kinds: ['activity'], limit: 1000 });
    const top = activities[0]!;
    const counted = allEvents(service, deviceId, { from: iso(clock.time - 7 * DAY), to: iso(clock.time), kinds: ['activity'], limit: 1000 }).events.filter((event) => event.title === top.title).length;
    expect(counted).to.equal(top.count);
    expect(lastWeek.totalCount).to.be.at.least(top.count);
  });
});
