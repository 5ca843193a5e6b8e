/** The rows of `streamViews` (the applications CSV export): each row carries the asked document
 * paths as one JSON array of their stored JSON (`doc -> path`), parsed in one small
 * `JSON.parse`. So each value is exactly what parsing the whole document would give (any string
 * escape, integer or float, null) while the document itself is never parsed, and nothing is
 * cached: an export passes through once. */
import type { ApplicationView, ViewField } from '@jobtracker/core';
import { fromIsoText } from '../stored-values.js';
import { timelineEventFromDoc, type StoredTimelineEvent } from './application.mapper.js';

export type ViewStreamRow = { view: string };

/** How to select the stored JSON of a field (the id lives in its column, not in `doc`). */
const jsonOf = (field: ViewField | 'company.name'): string => (field === 'id' ? 'id' : `doc -> '$.${field}'`);

/** Stored as ISO text, handed out as dates. */
const DATE_FIELDS: ReadonlySet<ViewField> = new Set(['application.applied_date', 'created_at']);

/** The select list of `fields` (as `view`) and how a row becomes a view. */
export function viewStreamSelection(fields: readonly ViewField[]): { columns: string; viewOf: (row: ViewStreamRow) => ApplicationView } {
  const distinct = [...new Set(fields)];
  const columns = `json_array(${[jsonOf('company.name'), ...distinct.map(jsonOf)].join(', ')}) as view`;
  // Split once per export, not once per row.
  const placements = distinct.map((field) => {
    const keys = field.split('.');
    return { parents: keys.slice(0, -1), key: keys[keys.length - 1]!, convert: converterOf(field) };
  });
  const viewOf = (row: ViewStreamRow): ApplicationView => {
    const [name, ...values] = JSON.parse(row.view) as unknown[];
    const view: ApplicationView = { company: { name: name as string } };
    placements.forEach(({ parents, key, convert }, index) => {
      const value = values[index];
      // A missing key (`->` gives NULL) and a stored null alike are left out, as in findViews.
      if (value === null || value === undefined) return;
      let target = view as Record<string, unknown>;
      for (const parent of parents) target = (target[parent] ??= {}) as Record<string, unknown>;
      target[key] = convert(value);
    });
    return view;
  };
  return { columns, viewOf };
}

/** How a field's parsed JSON becomes its view value. */
function converterOf(field: ViewField): (value: unknown) => unknown {
  if (DATE_FIELDS.has(field)) return (value) => fromIsoText(value as string);
  if (field === 'timeline') return (value) => (value as StoredTimelineEvent[]).map(timelineEventFromDoc);
  return (value) => value;
}
