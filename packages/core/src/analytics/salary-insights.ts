/** Contract 8.6 `salary/`: salary figures over applications that state a minimum. */
import type { ApplicationView } from '../applications/application-view.js';
import { pythonRound } from '../shared/round.js';

export type SalaryInsights = {
  average_min: number;
  average_max: number;
  lowest: number;
  highest: number;
  total_with_salary: number;
};

const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value);

/** Currency is ignored (as in the original). When some applications have a minimum but none has a
 * maximum, `average_max` and `highest` are 0 instead of the original's 500 (defect 25). */
export function salaryInsights(applications: readonly ApplicationView[]): SalaryInsights {
  let withSalary = 0;
  let sumMin = 0;
  let lowest = Infinity;
  let withMax = 0;
  let sumMax = 0;
  let highest = -Infinity;
  for (const { job } of applications) {
    const min = job?.salary_min;
    if (!isNumber(min)) continue;
    withSalary += 1;
    sumMin += min;
    if (min < lowest) lowest = min;
    const max = job?.salary_max;
    if (!isNumber(max)) continue;
    withMax += 1;
    sumMax += max;
    if (max > highest) highest = max;
  }
  if (withSalary === 0) return { average_min: 0, average_max: 0, lowest: 0, highest: 0, total_with_salary: 0 };
  return {
    average_min: pythonRound(sumMin / withSalary),
    average_max: withMax === 0 ? 0 : pythonRound(sumMax / withMax),
    lowest,
    highest: withMax === 0 ? 0 : highest,
    total_with_salary: withSalary,
  };
}
