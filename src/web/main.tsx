import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import "./app/global.css";
import "./i18n/i18n";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { meKey } from "./api/auth";
import { setUnauthorizedHandler } from "./api/client";
import { queryClient } from "./api/query-client";
import { Providers } from "./app/providers";
import { router } from "./app/router";

// A 401 anywhere means the session is gone: forget the user, and RequireAuth sends them to /login.
setUnauthorizedHandler((path) => {
  if (path === "/auth/login" || path === "/me") return;
  queryClient.setQueryData(meKey, null);
});

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");

createRoot(root).render(
  <StrictMode>
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
