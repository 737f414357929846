import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { errorResponse } from "../../../contract/common";
import {
  accuracy,
  accuracyQuery,
  forecast,
  forecastDeals,
  forecastDealsQuery,
  forecastQuery,
  forecastSettings,
} from "../../../contract/forecast";
import { languageOf } from "../../errors";
import { callerOf } from "../auth/auth.hooks";
import type { ForecastService } from "./forecast.service";
import type { ForecastAccuracyService } from "./forecast-accuracy.service";
import type { ForecastSettingsService } from "./forecast-settings.service";

const readErrors = { 400: errorResponse, 403: errorResponse, 404: errorResponse };

export function registerForecastRoutes(
  app: FastifyInstance,
  deps: { forecast: ForecastService; accuracy: ForecastAccuracyService; settings: ForecastSettingsService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/forecast",
    {
      schema: {
        tags: ["forecast"],
        summary:
          "The forecast of a scope and period: weighted pipeline, forecast categories, ヨミ, coverage, the Monte Carlo landing (P10 / P50 / P90) from the org's own history, and its inputs",
        querystring: forecastQuery,
        response: { 200: forecast, ...readErrors },
      },
    },
    (request) => deps.forecast.forecast(callerOf(request), request.query, languageOf(request)),
  );
  r.get(
    "/api/v1/forecast/deals",
    {
      schema: {
        tags: ["forecast"],
        summary:
          "The open deals behind one cell of the forecast (a category, a ヨミ rank, a close month, a person or team)",
        querystring: forecastDealsQuery,
        response: { 200: forecastDeals, ...readErrors },
      },
    },
    (request) => deps.forecast.deals(callerOf(request), request.query, languageOf(request)),
  );
  r.get(
    "/api/v1/forecast/accuracy",
    {
      schema: {
        tags: ["forecast"],
        summary:
          "How accurate past forecasts were: per closed period the error of each snapshot against the actual, MAPE and bias by days before the period's end, and the backtest of stage probability against Monte Carlo",
        querystring: accuracyQuery,
        response: { 200: accuracy, ...readErrors },
      },
    },
    (request) => deps.accuracy.accuracy(callerOf(request), request.query, languageOf(request)),
  );
  r.get(
    "/api/v1/forecast/settings",
    {
      schema: {
        tags: ["forecast"],
        summary: "The org's forecast rules: ヨミ bands, the coverage rule of thumb, the history lookback",
        response: { 200: forecastSettings },
      },
    },
    () => deps.settings.get(),
  );
  r.put(
    "/api/v1/forecast/settings",
    {
      schema: {
        tags: ["forecast"],
        summary: "Changes the org's forecast rules (administrators)",
        body: forecastSettings,
        response: { 200: forecastSettings, 400: errorResponse, 403: errorResponse },
      },
    },
    (request) => deps.settings.update(callerOf(request), request.body),
  );
}
