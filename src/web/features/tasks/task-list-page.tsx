// Placeholder: replaced by the page itself.
export default function TaskListPage() {
  return null;
}
