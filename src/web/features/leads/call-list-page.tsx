// Placeholder: replaced by the page itself.
export default function CallListPage() {
  return null;
}
