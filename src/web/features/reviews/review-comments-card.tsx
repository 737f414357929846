import { Avatar, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { IconSend } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Review } from "../../api/reviews";
import { WidgetCard } from "../../components/widget-card";
import { useFormat } from "../../i18n/format";
import { useOwnerName } from "../directory/use-owner-name";
import { useAddComment } from "./use-reviews";

/** The thread under a sheet: anyone who may read it may write, also once it is locked. */
export function ReviewCommentsCard({ review }: { review: Review }) {
  const { t } = useTranslation();
  const f = useFormat();
  const add = useAddComment(review.id);
  const personName = useOwnerName();
  const [body, setBody] = useState("");
  return (
    <WidgetCard title={t("reviews.comments.title")} testId="review-comments">
      <Stack gap="sm">
        {review.comments.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("reviews.comments.empty")}
          </Text>
        )}
        {review.comments.map((c) => (
          <Group
            key={c.id}
            align="flex-start"
            gap="sm"
            wrap="nowrap"
            className="avoid-break"
            data-testid="review-comment"
          >
            <Avatar size={28} radius="xl" name={personName(c.authorId, c.authorName)} color="brand" />
            <div style={{ minWidth: 0 }}>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {personName(c.authorId, c.authorName)}
                </Text>
                <Text size="xs" c="dimmed">
                  {f.timestampShort(c.createdAt)}
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {c.body}
              </Text>
            </div>
          </Group>
        ))}
        <Group align="flex-end" gap="sm" className="no-print">
          <Textarea
            placeholder={t("reviews.comments.placeholder")}
            aria-label={t("reviews.comments.placeholder")}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            autosize
            minRows={1}
            maxRows={6}
            maxLength={2000}
            style={{ flex: 1 }}
            data-testid="review-comment-input"
          />
          <Button
            leftSection={<IconSend size={16} />}
            disabled={!body.trim()}
            loading={add.isPending}
            onClick={() => add.mutate(body.trim(), { onSuccess: () => setBody("") })}
            data-testid="review-comment-send"
          >
            {t("reviews.comments.send")}
          </Button>
        </Group>
      </Stack>
    </WidgetCard>
  );
}
