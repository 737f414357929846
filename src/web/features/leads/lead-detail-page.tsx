// Placeholder: replaced by the page itself.
export default function LeadDetailPage() {
  return null;
}
