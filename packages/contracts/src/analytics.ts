/** Analytics inputs and outputs (contract section 8) and the export queries (section 9). */
import * as v from 'valibot';
import { dict, text } from './fields.js';
import { describeJsonSchema } from './json-schema-registry.js';

/** Text as sent, with what it means for the document. */
const described = (max: number, description: string) => describeJsonSchema(text(max), { type: 'string', maxLength: max, description });

export const PeriodQuery = dict({ period: v.optional(described(20, 'day, week or month (default month)')) });
const exportStatus = () => v.optional(described(50, 'Only applications with exactly this status'));
export const ExportApplicationsQuery = dict({
  status: exportStatus(),
  company: v.optional(described(200, 'Only applications whose company name contains this (any case)')),
});
export const ExportReportQuery = dict({ status: exportStatus() });

const count = v.pipe(v.number(), v.integer());

export const DashboardOutput = v.object({
  total_applications: count,
  status_breakdown: v.record(v.string(), count),
  success_rate: v.number(),
  response_rate: v.number(),
  applications_last_30_days: count,
  average_days_in_pipeline: count,
  top_companies: v.array(v.object({ company: v.nullable(v.string()), count })),
  top_sources: v.array(v.object({ source: v.string(), count })),
});
export const PeriodCountsOutput = v.array(v.object({ period: v.string(), count }));
export const SuccessRateOutput = v.array(
  v.object({ period: v.string(), success_rate: v.number(), total: count, success: count }),
);
export const SkillsDemandOutput = v.array(v.object({ skill: v.string(), count }));
export const TimelineAnalysisOutput = v.array(v.object({ event_type: v.nullable(v.string()), count }));
export const SalaryInsightsOutput = v.object({
  average_min: count,
  average_max: count,
  lowest: v.number(),
  highest: v.number(),
  total_with_salary: count,
});
export const ResponseTimeOutput = v.object({
  average_days: v.number(),
  fastest: count,
  slowest: count,
  total_responses: count,
});
