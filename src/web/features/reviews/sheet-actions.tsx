import { Button, Group, Modal, Text } from "@mantine/core";
import { IconDownload, IconLock, IconPrinter, IconRefresh } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Review, reviewExportUrl } from "../../api/reviews";
import { useLockReview, useRefreshReview } from "./use-reviews";

/** The sheet's buttons: re-take the figures and lock (while open and writable), Excel, print. */
export function SheetActions({ review }: { review: Review }) {
  const { t } = useTranslation();
  const refresh = useRefreshReview(review);
  const lock = useLockReview(review);
  const [confirming, setConfirming] = useState(false);
  const canWrite = review.writable && !review.locked;
  return (
    <Group gap="sm" className="no-print">
      {canWrite && (
        <Button
          variant="default"
          leftSection={<IconRefresh size={16} />}
          loading={refresh.isPending}
          onClick={() => refresh.mutate()}
          data-testid="review-refresh"
        >
          {t("reviews.refresh.button")}
        </Button>
      )}
      <Button
        variant="default"
        component="a"
        href={reviewExportUrl(review.id)}
        download
        leftSection={<IconDownload size={16} />}
        data-testid="review-export"
      >
        {t("reviews.export")}
      </Button>
      <Button
        variant="default"
        leftSection={<IconPrinter size={16} />}
        onClick={() => window.print()}
        data-testid="review-print"
      >
        {t("reviews.print")}
      </Button>
      {canWrite && (
        <Button
          color="dark"
          leftSection={<IconLock size={16} />}
          onClick={() => setConfirming(true)}
          data-testid="review-lock"
        >
          {t("reviews.lock.button")}
        </Button>
      )}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t("reviews.lock.title")}
        centered
      >
        <Text size="sm" mb="md">
          {t("reviews.lock.confirm")}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t("common.cancel")}
          </Button>
          <Button
            color="dark"
            leftSection={<IconLock size={16} />}
            loading={lock.isPending}
            onClick={() => lock.mutate(undefined, { onSettled: () => setConfirming(false) })}
            data-testid="review-lock-confirm"
          >
            {t("reviews.lock.button")}
          </Button>
        </Group>
      </Modal>
    </Group>
  );
}
