/** Type-level checks of what the web app's typed client sees: inputs as it may send them and
 * outputs exactly as the documented output schemas say (checked by `tsc`; vitest runs it too). */
import type * as contracts from '@jobtracker/contracts';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { GenericSchema, InferOutput } from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type { AppRouter } from './app.router.js';

type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;
type Out<T extends GenericSchema> = InferOutput<T>;

describe('the typed client', () => {
  it('may send page and page_size as numbers or their text', () => {
    expectTypeOf<Inputs['applications']['list']['page']>().toEqualTypeOf<string | number | undefined>();
    expectTypeOf<Inputs['applications']['list']['page_size']>().toEqualTypeOf<string | number | undefined>();
    expectTypeOf<Inputs['companies']['list']['page']>().toEqualTypeOf<string | number | undefined>();
    expectTypeOf<Inputs['companies']['list']['page_size']>().toEqualTypeOf<string | number | undefined>();
    expectTypeOf<Inputs['companies']['top']['limit']>().toEqualTypeOf<string | number | undefined>();
  });

  it('receives every documented output in the shape of its schema', () => {
    expectTypeOf<Outputs['root']['info']>().toEqualTypeOf<Out<typeof contracts.ApiRootOutput>>();

    expectTypeOf<Outputs['auth']['register']>().toEqualTypeOf<Out<typeof contracts.RegisterOutput>>();
    expectTypeOf<Outputs['auth']['login']>().toEqualTypeOf<Out<typeof contracts.LoginOutput>>();
    expectTypeOf<Outputs['auth']['refresh']>().toEqualTypeOf<Out<typeof contracts.RefreshOutput>>();
    expectTypeOf<Outputs['auth']['logout']>().toEqualTypeOf<Out<typeof contracts.MessageOutput>>();
    expectTypeOf<Outputs['auth']['me']>().toEqualTypeOf<Out<typeof contracts.UserObject>>();
    expectTypeOf<Outputs['auth']['updateProfile']>().toEqualTypeOf<Out<typeof contracts.UserObject>>();
    expectTypeOf<Outputs['auth']['patchProfile']>().toEqualTypeOf<Out<typeof contracts.UserObject>>();
    expectTypeOf<Outputs['auth']['changePassword']>().toEqualTypeOf<Out<typeof contracts.MessageOutput>>();
    expectTypeOf<Outputs['auth']['stats']>().toEqualTypeOf<Out<typeof contracts.UserStatsOutput>>();
    expectTypeOf<Outputs['auth']['addSkill']>().toEqualTypeOf<Out<typeof contracts.SkillsOutput>>();
    expectTypeOf<Outputs['auth']['removeSkill']>().toEqualTypeOf<Out<typeof contracts.SkillsOutput>>();

    expectTypeOf<Outputs['applications']['list']>().toEqualTypeOf<Out<typeof contracts.ApplicationPageOutput>>();
    expectTypeOf<Outputs['applications']['create']>().toEqualTypeOf<Out<typeof contracts.ApplicationObject>>();
    expectTypeOf<Outputs['applications']['stats']>().toEqualTypeOf<Out<typeof contracts.ApplicationStatsOutput>>();
    expectTypeOf<Outputs['applications']['search']>().toEqualTypeOf<Out<typeof contracts.ApplicationListOutput>>();
    expectTypeOf<Outputs['applications']['get']>().toEqualTypeOf<Out<typeof contracts.ApplicationObject>>();
    expectTypeOf<Outputs['applications']['update']>().toEqualTypeOf<Out<typeof contracts.ApplicationObject>>();
    expectTypeOf<Outputs['applications']['addTimelineEvent']>().toEqualTypeOf<Out<typeof contracts.MessageOutput>>();
    expectTypeOf<Outputs['applications']['changeStatus']>().toEqualTypeOf<Out<typeof contracts.ApplicationObject>>();

    expectTypeOf<Outputs['companies']['list']>().toEqualTypeOf<Out<typeof contracts.CompanyListOutput>>();
    expectTypeOf<Outputs['companies']['create']>().toEqualTypeOf<Out<typeof contracts.CompanyObject>>();
    expectTypeOf<Outputs['companies']['get']>().toEqualTypeOf<Out<typeof contracts.CompanyObject>>();
    expectTypeOf<Outputs['companies']['update']>().toEqualTypeOf<Out<typeof contracts.CompanyObject>>();
    expectTypeOf<Outputs['companies']['search']>().toEqualTypeOf<Out<typeof contracts.CompanyArrayOutput>>();
    expectTypeOf<Outputs['companies']['autocomplete']>().toEqualTypeOf<Out<typeof contracts.CompanyAutocompleteOutput>>();
    expectTypeOf<Outputs['companies']['sync']>().toEqualTypeOf<Out<typeof contracts.CompanySyncOutput>>();
    expectTypeOf<Outputs['companies']['industryBreakdown']>().toEqualTypeOf<Out<typeof contracts.IndustryBreakdownOutput>>();
    expectTypeOf<Outputs['companies']['top']>().toEqualTypeOf<Out<typeof contracts.CompanyArrayOutput>>();
    expectTypeOf<Outputs['companies']['applications']>().toEqualTypeOf<Out<typeof contracts.CompanyApplicationsOutput>>();
    expectTypeOf<Outputs['companies']['stats']>().toEqualTypeOf<Out<typeof contracts.CompanyStatsOutput>>();

    expectTypeOf<Outputs['analytics']['dashboard']>().toEqualTypeOf<Out<typeof contracts.DashboardOutput>>();
    expectTypeOf<Outputs['analytics']['applicationsOverTime']>().toEqualTypeOf<Out<typeof contracts.PeriodCountsOutput>>();
    expectTypeOf<Outputs['analytics']['successRate']>().toEqualTypeOf<Out<typeof contracts.SuccessRateOutput>>();
    expectTypeOf<Outputs['analytics']['skills']>().toEqualTypeOf<Out<typeof contracts.SkillsDemandOutput>>();
    expectTypeOf<Outputs['analytics']['timeline']>().toEqualTypeOf<Out<typeof contracts.TimelineAnalysisOutput>>();
    expectTypeOf<Outputs['analytics']['salary']>().toEqualTypeOf<Out<typeof contracts.SalaryInsightsOutput>>();
    expectTypeOf<Outputs['analytics']['responseTime']>().toEqualTypeOf<Out<typeof contracts.ResponseTimeOutput>>();

    expectTypeOf<Outputs['applications']['duplicates']>().toEqualTypeOf<Out<typeof contracts.DuplicateCandidatesOutput>>();
    expectTypeOf<Outputs['applications']['setFollowUp']>().toEqualTypeOf<Out<typeof contracts.ApplicationObject>>();
    expectTypeOf<Outputs['applications']['closeAsNoResponse']>().toEqualTypeOf<Out<typeof contracts.ApplicationObject>>();
    expectTypeOf<Outputs['insights']['due']>().toEqualTypeOf<Out<typeof contracts.DueViewOutput>>();
    expectTypeOf<Outputs['insights']['silence']>().toEqualTypeOf<Out<typeof contracts.SilenceOutput>>();
    expectTypeOf<Outputs['insights']['funnel']>().toEqualTypeOf<Out<typeof contracts.FunnelOutput>>();
    expectTypeOf<Outputs['insights']['replyTimes']>().toEqualTypeOf<Out<typeof contracts.ReplyTimesOutput>>();
    expectTypeOf<Outputs['insights']['goals']>().toEqualTypeOf<Out<typeof contracts.GoalsOutput>>();
    expectTypeOf<Outputs['insights']['skillsGap']>().toEqualTypeOf<Out<typeof contracts.SkillsGapOutput>>();
    expectTypeOf<Outputs['insights']['settings']['get']>().toEqualTypeOf<Out<typeof contracts.InsightSettingsOutput>>();
    expectTypeOf<Outputs['insights']['settings']['update']>().toEqualTypeOf<Out<typeof contracts.InsightSettingsOutput>>();
    expectTypeOf<Outputs['insights']['settings']['rotateCalendarSecret']>().toEqualTypeOf<Out<typeof contracts.CalendarSecretOutput>>();
    expectTypeOf<Outputs['insights']['settings']['disableCalendarFeed']>().toEqualTypeOf<Out<typeof contracts.InsightSettingsOutput>>();
  });
});
