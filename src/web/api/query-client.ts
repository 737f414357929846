import { notifications } from "@mantine/notifications";
import { MutationCache, QueryClient } from "@tanstack/react-query";
import { i18n } from "../i18n/i18n";
import { ApiError } from "./client";

declare module "@tanstack/react-query" {
  interface Register {
    defaultError: Error;
    /** `handlesErrors`: the caller shows the error itself (login form, save with conflict). */
    mutationMeta: { handlesErrors?: boolean };
  }
}

export function showError(error: unknown): void {
  if (error instanceof ApiError && error.status === 401) return; // the app goes to the login page
  notifications.show({
    color: "red",
    title: i18n.t("errors.title"),
    message: error instanceof Error && error.message ? error.message : i18n.t("errors.unexpected"),
  });
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will not get better by asking again; network and 5xx errors may.
      retry: (count, error) =>
        count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
  mutationCache: new MutationCache({
    onError: (error, _vars, _ctx, mutation) => {
      if (!mutation.meta?.handlesErrors) showError(error);
    },
  }),
});
