import { Badge, NavLink, ScrollArea, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useMe } from "../features/auth/use-me";
import { navSections } from "./nav-items";

const ownItem = new Set(navSections.flatMap((section) => section.items.map((item) => item.to)));

export function AppNavbar({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const me = useMe();
  return (
    <ScrollArea type="scroll" h="100%">
      <Stack gap="md" p="sm">
        {navSections.map((section) => (
          <Stack key={section.key} gap={2}>
            <Text size="xs" fw={700} c="dimmed" px="sm" py={4} tt="uppercase">
              {t(`nav.sections.${section.key}`)}
            </Text>
            {section.items.map((item) => {
              const Icon = item.icon;
              const label = t(`nav.items.${item.key}`);
              if (!item.to || (item.roles && !item.roles.includes(me.role))) {
                return (
                  <NavLink
                    key={item.key}
                    label={label}
                    leftSection={<Icon size={18} stroke={1.6} />}
                    rightSection={
                      <Badge size="xs" variant="light" color="gray">
                        {t("nav.comingSoon")}
                      </Badge>
                    }
                    disabled
                    aria-disabled="true"
                    data-testid={`nav-${item.key}`}
                  />
                );
              }
              const section = item.to.split("/").slice(0, 2).join("/");
              // A page with its own item (データ取り込み under /settings) lights only that one.
              const active =
                pathname === item.to || (!ownItem.has(pathname) && pathname.startsWith(`${section}/`));
              return (
                <NavLink
                  key={item.key}
                  component={Link}
                  to={item.to}
                  label={label}
                  leftSection={<Icon size={18} stroke={1.6} />}
                  active={active}
                  aria-current={active ? "page" : undefined}
                  onClick={onNavigate}
                  data-testid={`nav-${item.key}`}
                  fw={active ? 600 : 500}
                />
              );
            })}
          </Stack>
        ))}
      </Stack>
    </ScrollArea>
  );
}
