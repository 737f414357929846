import { Button, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="center" py={80} gap="sm">
      <Title order={2}>{t("errors.notFoundTitle")}</Title>
      <Text c="dimmed">{t("errors.notFoundBody")}</Text>
      <Button component={Link} to="/" mt="md">
        {t("errors.backHome")}
      </Button>
    </Stack>
  );
}

export default NotFoundPage;
