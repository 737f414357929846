import {
  ActionIcon,
  Avatar,
  Badge,
  Burger,
  Button,
  Group,
  Menu,
  Text,
  Tooltip,
  UnstyledButton,
} from "@mantine/core";
import { IconBellCog, IconKey, IconLogout } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LangSwitch } from "../components/lang-switch";
import { Logo } from "../components/logo";
import { AlertBell } from "../features/alerts/alert-bell";
import { useLogout } from "../features/auth/use-logout";
import { useMe } from "../features/auth/use-me";
import { useTeams } from "../features/directory/use-directory";
import { useLocalizedName } from "../i18n/use-lang";

const roleColors = { admin: "grape", manager: "brand", member: "gray" } as const;

export function AppHeader({ navOpened, onToggleNav }: { navOpened: boolean; onToggleNav: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const localized = useLocalizedName();
  const teams = useTeams();
  const logout = useLogout();
  const name = localized(me.name, me.nameEn);
  const team = teams.data?.find((x) => x.id === me.teamId);
  const teamName = team ? localized(team.name, team.nameEn) : me.teamName;

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={t("nav.toggle")}
        />
        <UnstyledButton component={Link} to="/" aria-label={t("nav.home")}>
          <Logo size={26} />
        </UnstyledButton>
        <Text
          size="sm"
          c="dimmed"
          visibleFrom="md"
          ml="xs"
          pl="sm"
          style={{ borderLeft: "1px solid var(--mantine-color-gray-3)" }}
        >
          {me.org.name}
        </Text>
      </Group>
      <Group gap="md" wrap="nowrap">
        <LangSwitch />
        <AlertBell />
        <Menu position="bottom-end" withinPortal shadow="md" width={220}>
          <Menu.Target>
            <UnstyledButton data-testid="user-menu">
              <Group gap={8} wrap="nowrap" data-testid="current-user">
                <Avatar size={30} radius="xl" color="brand" name={name} />
                <div>
                  <Text size="sm" fw={600} lh={1.2} data-testid="current-user-name">
                    {name}
                  </Text>
                  {teamName && (
                    <Text size="xs" c="dimmed" lh={1.2} visibleFrom="sm">
                      {teamName}
                    </Text>
                  )}
                </div>
                <Badge size="sm" variant="light" color={roleColors[me.role]} data-testid="current-user-role">
                  {t(`roles.${me.role}`)}
                </Badge>
              </Group>
            </UnstyledButton>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              component={Link}
              to="/me/notifications"
              leftSection={<IconBellCog size={16} />}
              data-testid="notification-preferences-link"
            >
              {t("alerts.preferences.title")}
            </Menu.Item>
            <Menu.Item component={Link} to="/me/tokens" leftSection={<IconKey size={16} />}>
              {t("apiTokens.title")}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <Tooltip label={t("apiTokens.title")}>
          <ActionIcon
            variant="default"
            component={Link}
            to="/me/tokens"
            aria-label={t("apiTokens.title")}
            data-testid="api-tokens-link"
          >
            <IconKey size={16} />
          </ActionIcon>
        </Tooltip>
        <Button
          variant="default"
          size="compact-sm"
          leftSection={<IconLogout size={15} />}
          onClick={() => logout.mutate()}
          loading={logout.isPending}
          data-testid="logout-button"
          visibleFrom="sm"
        >
          {t("auth.logout")}
        </Button>
        <Tooltip label={t("auth.logout")}>
          <ActionIcon
            variant="default"
            hiddenFrom="sm"
            onClick={() => logout.mutate()}
            aria-label={t("auth.logout")}
          >
            <IconLogout size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}
