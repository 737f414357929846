import { Badge, Paper, Select, Table, Text, Title } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

type Option = { value: string; label: string };

/** Values of the file the server could not place (stage names, owners), each with its answer. */
export function ValueMappingTable({
  title,
  hint,
  targetLabel,
  values,
  mapped,
  options,
  placeholder,
  onChange,
  testId,
}: {
  title: string;
  hint: string;
  targetLabel: string;
  /** Unknown values of the last run and the ones already answered. */
  values: string[];
  mapped: Record<string, string>;
  options: Option[];
  placeholder: string;
  onChange: (next: Record<string, string>) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  if (values.length === 0) return null;
  const set = (value: string, target: string | null) => {
    const next = { ...mapped };
    if (target) next[value] = target;
    else delete next[value];
    onChange(next);
  };

  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Title order={4} fz="md">
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {hint}
      </Text>
      <Table verticalSpacing={6} maw={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="45%">{t("imports.fileValue")}</Table.Th>
            <Table.Th w={32} />
            <Table.Th>{targetLabel}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {values.map((value) => (
            <Table.Tr key={value} data-testid={`${testId}-row`} data-value={value}>
              <Table.Td>
                <Badge
                  variant="outline"
                  color={mapped[value] ? "gray" : "orange"}
                  style={{ textTransform: "none" }}
                >
                  {value}
                </Badge>
              </Table.Td>
              <Table.Td>
                <IconArrowRight size={14} color="var(--mantine-color-dimmed)" />
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={`${value} → ${targetLabel}`}
                  placeholder={placeholder}
                  data={options}
                  value={mapped[value] ?? null}
                  onChange={(target) => set(value, target)}
                  clearable
                  searchable
                  nothingFoundMessage={t("common.nothingFound")}
                  comboboxProps={{ withinPortal: true }}
                  data-testid={`${testId}-select`}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
