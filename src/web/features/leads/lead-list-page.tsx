// Placeholder: replaced by the page itself.
export default function LeadListPage() {
  return null;
}
