// The one way the web app talks to the server: JSON over fetch with the session cookie, the UI
// language for server messages, and the CSRF token on every write.
import { currentLang, i18n } from "../i18n/i18n";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

// Kept in memory only: after a reload, GET /api/v1/me hands out the token again.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Unauthorized = (path: string) => void;
let onUnauthorized: Unauthorized = () => {};
/** The app decides what a 401 means (go to the login page); the client only reports it. */
export function setUnauthorizedHandler(handler: Unauthorized): void {
  onUnauthorized = handler;
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export function toSearch(params: QueryParams | undefined): string {
  if (!params) return "";
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : "";
}

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

type RequestOptions = { query?: QueryParams; body?: unknown; signal?: AbortSignal };

const base = "/api/v1";

const toJson = (body: unknown) => (body === undefined ? undefined : JSON.stringify(body));

async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Accept-Language": currentLang(),
  };
  // A multipart upload (FormData) lets the browser write its own content type with the boundary.
  const form = options.body instanceof FormData;
  if (options.body !== undefined && !form) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`${base}${path}${toSearch(options.query)}`, {
      method,
      headers,
      credentials: "same-origin",
      body: form ? (options.body as FormData) : toJson(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "NETWORK_ERROR", i18n.t("errors.network"));
  }

  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;

  const body = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)
    ?.error;
  const error = new ApiError(
    response.status,
    typeof body?.code === "string" ? body.code : "HTTP_ERROR",
    typeof body?.message === "string" ? body.message : i18n.t("errors.unexpected"),
    body?.details,
  );
  if (response.status === 401) onUnauthorized(path);
  throw error;
}

export const api = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) =>
    request<T>("GET", path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, { body: body ?? {} }),
  /** multipart/form-data: a file upload with its text fields. */
  postForm: <T>(path: string, form: FormData) => request<T>("POST", path, { body: form }),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, { body }),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, { body }),
  delete: <T>(path: string) => request<T>("DELETE", path),
};
