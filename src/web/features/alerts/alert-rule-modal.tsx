import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Switch,
  Text,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type AlertKind, alertKinds } from "../../../domain/alerts/alert-params";
import type { AlertRule, AlertRuleCreate } from "../../api/alerts";
import { useMe } from "../auth/use-me";
import { TeamSelect } from "../directory/pickers";
import { AlertParamInput } from "./alert-param-input";
import { defaultParams, paramFields } from "./alert-rule-params";
import { useCreateAlertRule, usePatchAlertRule } from "./use-alert-settings";

/** A rule made or edited: its kind (fixed once made), for whom, its thresholds, the escalation delay. */
export function AlertRuleModal({ rule, onClose }: { rule: AlertRule | null; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const create = useCreateAlertRule();
  const patch = usePatchAlertRule();
  const [kind, setKind] = useState<AlertKind>(rule?.kind ?? "deal_stale");
  const [params, setParams] = useState<Record<string, unknown>>(rule?.params ?? defaultParams("deal_stale"));
  // A manager writes rules for their teams; an admin for the org or a team.
  const [teamId, setTeamId] = useState<string | null>(
    rule ? rule.teamId : me.role === "admin" ? null : me.teamId,
  );
  const [escalate, setEscalate] = useState<number | null>(rule ? rule.escalateAfterHours : 24);
  const [active, setActive] = useState(rule?.active ?? true);
  const pending = create.isPending || patch.isPending;
  const valid = me.role === "admin" || teamId !== null;

  const submit = () => {
    const done = { onSuccess: onClose };
    if (rule) {
      patch.mutate(
        {
          id: rule.id,
          body: { version: rule.version, teamId, params, escalateAfterHours: escalate, active },
        },
        done,
      );
    } else {
      create.mutate({ kind, params, teamId, escalateAfterHours: escalate, active } as AlertRuleCreate, done);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(rule ? "alerts.rules.edit" : "alerts.rules.new")}
      size="lg"
      centered
    >
      <Stack gap="md" data-testid="alert-rule-form">
        <Select
          label={t("alerts.rules.kind")}
          data={alertKinds.map((k) => ({ value: k, label: t(`alerts.kinds.${k}.name`) }))}
          value={kind}
          onChange={(v) => {
            if (!v) return;
            setKind(v as AlertKind);
            setParams(defaultParams(v as AlertKind));
          }}
          disabled={rule !== null}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          data-testid="rule-kind"
        />
        <Alert variant="light" color="gray" p="xs">
          <Text size="xs">{t(`alerts.kinds.${kind}.meaning`)}</Text>
        </Alert>
        <TeamSelect
          label={t("alerts.rules.target")}
          placeholder={me.role === "admin" ? t("alerts.rules.wholeOrg") : t("alerts.rules.pickTeam")}
          value={teamId}
          onChange={setTeamId}
          clearable={me.role === "admin"}
          comboboxProps={{ withinPortal: true }}
          data-testid="rule-team"
        />
        {paramFields[kind].map((field) => (
          <AlertParamInput
            key={`${kind}-${field.key}`}
            kind={kind}
            field={field}
            value={params[field.key]}
            onChange={(value) => setParams((p) => ({ ...p, [field.key]: value }))}
          />
        ))}
        <Group align="flex-end" gap="sm">
          <Checkbox
            label={t("alerts.rules.escalate")}
            checked={escalate !== null}
            onChange={(e) => setEscalate(e.currentTarget.checked ? 24 : null)}
            mb={8}
          />
          {escalate !== null && (
            <NumberInput
              label={t("alerts.rules.escalateAfter")}
              value={escalate}
              onChange={(v) => setEscalate(typeof v === "number" ? v : 24)}
              min={1}
              max={24 * 30}
              allowDecimal={false}
              suffix={t("alerts.rules.hoursSuffix")}
              w={160}
              data-testid="rule-escalate-hours"
            />
          )}
        </Group>
        <Switch
          label={t("alerts.rules.active")}
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={submit} loading={pending} disabled={!valid} data-testid="rule-save">
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
