import { KeyboardCode, type KeyboardCoordinateGetter } from "@dnd-kit/core";

/**
 * Keyboard moves jump a whole column left or right (instead of 25 px steps), so that a card can be
 * moved with ←/→ and dropped with Space.
 */
export const columnCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const { collisionRect, droppableRects } = context;
  if (!collisionRect) return undefined;
  const step = event.code === KeyboardCode.Right ? 1 : event.code === KeyboardCode.Left ? -1 : 0;
  if (step === 0) {
    if (event.code === KeyboardCode.Down) return { ...currentCoordinates, y: currentCoordinates.y + 40 };
    if (event.code === KeyboardCode.Up) return { ...currentCoordinates, y: currentCoordinates.y - 40 };
    return undefined;
  }
  event.preventDefault();
  const columns = [...droppableRects.values()].sort((a, b) => a.left - b.left);
  const centerX = collisionRect.left + collisionRect.width / 2;
  const current = columns.findIndex((r) => centerX >= r.left && centerX <= r.right);
  const target = columns[(current === -1 ? 0 : current) + step];
  if (!target) return undefined;
  return {
    x: currentCoordinates.x + (target.left + target.width / 2 - centerX),
    y: currentCoordinates.y,
  };
};
