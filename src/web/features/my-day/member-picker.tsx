import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Me } from "../../../contract/auth";
import { useLocalizedName } from "../../i18n/use-lang";
import { useUsers } from "../directory/use-directory";

/** A manager's choice of whose day to see: themselves or any active member of their teams. */
export function MemberPicker({
  me,
  value,
  onChange,
}: {
  me: Me;
  value: string;
  onChange: (userId: string) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const users = useUsers();
  const options = (users.data ?? [])
    .filter((u) => u.active || u.id === value)
    .map((u) => ({
      value: u.id,
      label:
        u.id === me.id ? t("myDay.self", { name: localized(u.name, u.nameEn) }) : localized(u.name, u.nameEn),
    }));
  return (
    <Select
      label={t("myDay.member")}
      data={options}
      value={value}
      onChange={(id) => onChange(id ?? me.id)}
      allowDeselect={false}
      searchable
      nothingFoundMessage={t("common.nothingFound")}
      w={240}
      data-testid="my-day-member"
    />
  );
}
