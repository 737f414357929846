import type { z } from "zod";
import type { LoginResponse, Me, meResponse } from "../../contract/auth";
import { ApiError, api, setCsrfToken } from "./client";

type MeResponse = z.infer<typeof meResponse>;

export const meKey = ["me"] as const;

/** The signed-in user, or null when there is no session (a 401 is an answer here, not an error). */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    const res = await api.get<MeResponse>("/me", undefined, signal);
    setCsrfToken(res.csrfToken);
    return res.user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function login(email: string, password: string): Promise<Me> {
  const res = await api.post<LoginResponse>("/auth/login", { email, password });
  setCsrfToken(res.csrfToken);
  return res.user;
}

export async function logout(): Promise<void> {
  try {
    await api.post<unknown>("/auth/logout");
  } finally {
    setCsrfToken(null);
  }
}
