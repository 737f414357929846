import { Button, Group, Input, Modal, SegmentedControl, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { TaskPriority } from "../../api/tasks";
import { DateOnlyInput } from "../../components/date-only-input";
import { DealSearchSelect } from "../activities/deal-search-select";
import { useMe } from "../auth/use-me";
import { OwnerSelect } from "../directory/pickers";
import { taskPriorities } from "./task-labels";
import { useCreateTask } from "./use-tasks";

type Values = {
  title: string;
  dueDate: string | null;
  priority: TaskPriority;
  assigneeId: string | null;
  dealId: string | null;
  note: string;
};

export type NewTaskDefaults = { dueDate?: string | null; assigneeId?: string | null };

/** 新規タスク: a to-do with a due date and a priority, on a deal or on its own; managers may assign it. */
export function NewTaskModal({
  opened,
  onClose,
  defaults,
}: {
  opened: boolean;
  onClose: () => void;
  defaults?: NewTaskDefaults;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const create = useCreateTask();
  const isManager = me.role === "manager" || me.role === "admin";
  const initial = (): Values => ({
    title: "",
    dueDate: defaults?.dueDate ?? null,
    priority: "medium",
    assigneeId: defaults?.assigneeId && defaults.assigneeId !== me.id ? defaults.assigneeId : null,
    dealId: null,
    note: "",
  });
  const form = useForm<Values>({
    initialValues: initial(),
    validate: {
      title: (v) =>
        v.trim() === ""
          ? t("validation.required")
          : v.trim().length > 200
            ? t("validation.tooLong", { max: 200 })
            : null,
      note: (v) => (v.trim().length > 4000 ? t("validation.tooLong", { max: 4000 }) : null),
    },
  });

  // A fresh form each time the dialog opens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!opened) return;
    form.setValues(initial());
    form.resetDirty();
    form.clearErrors();
  }, [opened]);

  const submit = form.onSubmit((values) => {
    create.mutate(
      {
        title: values.title.trim(),
        note: values.note.trim() || null,
        dueDate: values.dueDate,
        priority: values.priority,
        ...(values.assigneeId ? { assigneeId: values.assigneeId } : {}),
        dealId: values.dealId,
      },
      { onSuccess: onClose },
    );
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("tasks.new.title")}
      size="lg"
      data-testid="new-task-modal"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t("tasks.new.titleLabel")}
            placeholder={t("tasks.new.titlePlaceholder")}
            withAsterisk
            data-autofocus
            data-testid="task-form-title"
            {...form.getInputProps("title")}
          />
          <Group grow align="flex-start">
            <DateOnlyInput
              label={t("tasks.columns.dueDate")}
              popoverProps={{ withinPortal: true }}
              data-testid="task-form-due"
              {...form.getInputProps("dueDate")}
            />
            <Input.Wrapper label={t("tasks.columns.priority")}>
              <SegmentedControl
                fullWidth
                data={taskPriorities.map((p) => ({ value: p, label: t(`tasks.priority.${p}`) }))}
                value={form.values.priority}
                onChange={(v) => form.setFieldValue("priority", v as TaskPriority)}
                aria-label={t("tasks.columns.priority")}
                data-testid="task-form-priority"
              />
            </Input.Wrapper>
          </Group>
          <Group grow align="flex-start">
            {isManager && (
              <OwnerSelect
                label={t("tasks.columns.assignee")}
                placeholder={t("tasks.new.assigneeSelf")}
                value={form.values.assigneeId}
                onChange={(id) => form.setFieldValue("assigneeId", id)}
                comboboxProps={{ withinPortal: true }}
                data-testid="task-form-assignee"
              />
            )}
            <DealSearchSelect
              label={t("tasks.new.deal")}
              value={form.values.dealId}
              onChange={(id) => form.setFieldValue("dealId", id)}
              data-testid="task-form-deal"
            />
          </Group>
          <Textarea
            label={t("tasks.new.note")}
            autosize
            minRows={2}
            maxRows={6}
            data-testid="task-form-note"
            {...form.getInputProps("note")}
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="task-form-submit">
              {t("tasks.new.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
