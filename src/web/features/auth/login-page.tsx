import { Alert, Box, Button, Group, Paper, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { login, meKey } from "../../api/auth";
import { LangSwitch } from "../../components/lang-switch";
import { Logo } from "../../components/logo";
import classes from "./login-page.module.css";
import { useMeQuery } from "./use-me";

/** Only same-app paths are followed after login, never another origin. */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/login") ? next : "/my-day";
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const me = useMeQuery();
  const form = useForm({
    initialValues: { email: "", password: "" },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t("validation.email")),
      password: (v) => (v ? null : t("validation.required")),
    },
  });
  const mutation = useMutation({
    mutationFn: (values: { email: string; password: string }) => login(values.email.trim(), values.password),
    onSuccess: (user) => {
      // Nothing cached for a previous user may show through.
      queryClient.clear();
      queryClient.setQueryData(meKey, user);
      void navigate(safeNext(params.get("next")), { replace: true });
    },
    meta: { handlesErrors: true },
  });

  useEffect(() => {
    document.title = `${t("auth.title")} | ${t("app.name")}`;
  }, [t]);

  if (me.data) return <Navigate to={safeNext(params.get("next"))} replace />;

  return (
    <Box className={classes.page}>
      <Group justify="flex-end" p="md">
        <LangSwitch />
      </Group>
      <Stack align="center" justify="center" className={classes.center}>
        <Paper withBorder shadow="sm" radius="lg" p={36} w={420} maw="92vw">
          <Stack gap={6} mb="xl">
            <Logo size={34} withJapanese />
            <Text c="dimmed" size="sm">
              {t("app.tagline")}
            </Text>
          </Stack>
          <form
            onSubmit={form.onSubmit((values) => mutation.mutate(values))}
            noValidate
            data-testid="login-form"
          >
            <Stack gap="md">
              {mutation.isError && (
                <Alert
                  color="red"
                  icon={<IconAlertCircle size={18} />}
                  data-testid="login-error"
                  role="alert"
                >
                  {mutation.error.message}
                </Alert>
              )}
              <TextInput
                label={t("auth.email")}
                type="email"
                autoComplete="username"
                placeholder="name@example.com"
                data-testid="login-email"
                autoFocus
                {...form.getInputProps("email")}
              />
              <PasswordInput
                label={t("auth.password")}
                autoComplete="current-password"
                data-testid="login-password"
                {...form.getInputProps("password")}
              />
              <Button type="submit" fullWidth mt="xs" loading={mutation.isPending} data-testid="login-submit">
                {t("auth.login")}
              </Button>
            </Stack>
          </form>
        </Paper>
        <Text size="xs" c="dimmed">
          {t("auth.footer")}
        </Text>
      </Stack>
    </Box>
  );
}
