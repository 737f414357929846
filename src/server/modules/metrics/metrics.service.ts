// Any catalogue metric for any scope and period, and the monthly history that rates are taken from.
import { addDays, addMonths } from "../../../domain/calendar";
import type { MetricInputs } from "../../../domain/metric-formula";
import { mayView, naturalScope, parseScope, type ScopeTarget, subtreeOf } from "../../../domain/scope";
import { AppError } from "../../errors";
import type { AuthContext } from "../auth/auth.service";
import type { DirectoryRepository } from "../directory/directory.repository";
import type { MetricScope, MetricsRepository } from "./metrics.repository";

export type MetricsService = ReturnType<typeof createMetricsService>;
export type ResolvedScope = { target: ScopeTarget; filter: MetricScope };

export function createMetricsService(deps: { repo: MetricsRepository; directory: DirectoryRepository }) {
  const { repo, directory } = deps;

  return {
    /** The caller's scope parameter, checked against what they may read. */
    async resolveScope(caller: AuthContext, param: string | undefined): Promise<ResolvedScope> {
      const target = param ? parseScope(param) : naturalScope(caller);
      const person = target.kind === "user" ? await directory.findUser(target.id) : undefined;
      if (target.kind === "user" && !person) throw new AppError("NOT_FOUND");
      if (!mayView(caller.access.read, target, person)) throw new AppError("FORBIDDEN");
      switch (target.kind) {
        case "org":
          return { target, filter: {} };
        case "team":
          return { target, filter: { teamIds: subtreeOf(await directory.listTeams("all"), target.id) } };
        case "user":
          return { target, filter: { ownerId: target.id } };
      }
    },

    /** Inputs for one date range as a whole. */
    async inputsFor(
      filter: MetricScope,
      start: string,
      end: string,
      timeZone: string,
    ): Promise<MetricInputs> {
      const buckets = await repo.inputs(filter, { start, end, timeZone, byMonth: false });
      const inputs = buckets.get("all") ?? { counts: {}, measures: {} };
      inputs.counts.openPipelineAmount = await repo.openPipelineAmount(filter);
      return inputs;
    },

    /** Inputs per calendar month for the `months` whole months before `before` (a month's first day). */
    async monthlyInputs(filter: MetricScope, before: string, months: number, timeZone: string) {
      const start = addMonths(before, -months);
      const buckets = await repo.inputs(filter, { start, end: addDays(before, -1), timeZone, byMonth: true });
      return Array.from({ length: months }, (_, i) => {
        const month = addMonths(start, i).slice(0, 7);
        return { month, inputs: buckets.get(month) ?? { counts: {}, measures: {} } };
      });
    },
  };
}
